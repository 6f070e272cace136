package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.ServerException;
import dev.waiver.core.Operation;
import dev.waiver.core.TransportException;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.Serialization;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.sto.model.ExemptionType;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest extends StoTestSupport {

    private static final String PATH = BASE + "/" + EXEMPTION_ID;

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, "Bad Request: accountId parameter is required", BadRequestException.class),
                Arguments.of(401, "Unauthorized", AuthenticationException.class),
                Arguments.of(403, "Forbidden", PermissionDeniedException.class),
                Arguments.of(404, "Not Found", NotFoundException.class),
                Arguments.of(429, "Too Many Requests", RateLimitedException.class),
                Arguments.of(500, "Internal Server Error", ServerException.class));
    }

    private static String body(int status, String message) {
        return "{\"message\": \"" + message + "\", \"status\": " + status + "}";
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void mapsEachStatusWithMessageAndRequestId(int status, String message, Class<? extends ApiException> type) {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-7f3a9c")
                .withBody(body(status, message))));

        ApiException e = (ApiException) catchApi(() -> sto.exemptions().get(EXEMPTION_ID));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.vendorMessage()).hasValue(message);
        assertThat(e.requestId()).hasValue("req-7f3a9c");
        assertThat(e.error().detail("status")).hasValue(String.valueOf(status));
        assertThat(e.error().rawBody()).isEqualTo(body(status, message));
        assertThat(e.getMessage()).contains("HTTP " + status).contains(message).contains("req-7f3a9c")
                .doesNotContain(API_KEY);
        int attempts = status == 429 ? 3 : 1;
        wm.verify(attempts, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(e.operation()).contains(Operation.of("sto", "findExemptionById"));
        assertThat(e.attempts()).isEqualTo(attempts);
        assertThat(e.isRetryable()).isEqualTo(status == 429);

        ApiException copy = Serialization.roundTrip(e);
        assertThat(copy).isExactlyInstanceOf(type).hasMessage(e.getMessage());
        assertThat(copy.statusCode()).isEqualTo(status);
        assertThat(copy.vendorMessage()).hasValue(message);
        assertThat(copy.requestId()).hasValue("req-7f3a9c");
        assertThat(copy.error().detail("status")).hasValue(String.valueOf(status));
        assertThat(copy.operation()).contains(Operation.of("sto", "findExemptionById"));
        assertThat(copy.attempts()).isEqualTo(attempts);
        assertThat(copy.isRetryable()).isEqualTo(status == 429);
    }

    @Test
    void readsTheHarnessRequestIdHeaderToo() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("x-harness-request-id", "hrn-42").withBody(body(404, "Not Found"))));

        ApiException e = (ApiException) catchApi(() -> sto.exemptions().get(EXEMPTION_ID));

        assertThat(e.requestId()).hasValue("hrn-42");
    }

    @Test
    void aBodyThatIsNotStoJsonFallsBackToTheStatus() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Access denied by proxy</body></html>")));

        ApiException e = (ApiException) catchApi(() -> sto.exemptions().get(EXEMPTION_ID));

        assertThat(e).isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(e.getMessage()).contains("HTTP 403").contains("Access denied by proxy");
    }

    @Test
    void anEmptyErrorBodyStillMapsByStatus() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));

        assertThat(catchApi(() -> sto.exemptions().get(EXEMPTION_ID))).isExactlyInstanceOf(AuthenticationException.class);
    }

    @Test
    void rateLimitedGetIsRetriedHonouringRetryAfterThenSucceeds() {
        RecordingSleeper sleeper = new RecordingSleeper();
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2").withBody(body(429, "Too Many Requests")))
                .willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okFixture("exemption.json")));

        try (StoClient client = client().orgId(ORG).projectId(PROJECT).retryPolicy(TestRetries.recording(sleeper)).build()) {
            assertFullExemption(client.exemptions().get(EXEMPTION_ID));
        }

        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void rateLimitedCreateIsRetriedBecauseStoDidNotProcessIt() {
        wm.stubFor(post(urlPathEqualTo(BASE)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody(body(429, "Too Many Requests"))).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo(BASE)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okFixture("created.json")));

        assertThat(create().id()).isEqualTo(EXEMPTION_ID);

        wm.verify(2, postRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void aFailedCreateIsNotSentTwice() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(aResponse().withStatus(503).withBody(body(503, "Unavailable"))));

        assertThat(catchApi(this::create)).isExactlyInstanceOf(ServerException.class);

        wm.verify(1, postRequestedFor(urlPathEqualTo(BASE)));
    }

    @Test
    void anIdempotentUpdateIsRetriedOn503() {
        wm.stubFor(put(urlPathEqualTo(PATH)).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody(body(503, "Unavailable"))).willSetStateTo("ok"));
        wm.stubFor(put(urlPathEqualTo(PATH)).inScenario("503").whenScenarioStateIs("ok")
                .willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().update(EXEMPTION_ID, r -> r
                .type(ExemptionType.OTHER).reason("Waiting on upstream bug fix")));

        wm.verify(2, putRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aResetConnectionOnAReadIsRetried() {
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo(PATH)).inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().get(EXEMPTION_ID));

        wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aResetConnectionOnACreateIsLookedUpAndSentAtMostOnceMore() {
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        wm.stubFor(get(urlPathEqualTo(BASE + "/issue/iss7Hq2LmZ0pX4rT9vBn1c"))
                .willReturn(aResponse().withStatus(404).withBody(body(404, "Not Found"))));

        assertThatThrownBy(this::create).isInstanceOf(TransportException.class);

        // The transport never resends it; the safe create looks the issue up, finds nothing and
        // sends it once more (see SafeCreate; the fakes' tests in testkit cover every path).
        wm.verify(2, postRequestedFor(urlPathEqualTo(BASE)));
        wm.verify(1, getRequestedFor(urlPathEqualTo(BASE + "/issue/iss7Hq2LmZ0pX4rT9vBn1c")));
    }

    @Test
    void anErrorWhileListingSurfacesFromTheIteration() {
        wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("0"))
                .willReturn(okFixture("list-page-0.json")));
        wm.stubFor(get(urlPathEqualTo(BASE)).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(403).withBody(body(403, "Forbidden"))));

        java.util.Iterator<dev.waiver.sto.model.Exemption> it = sto.exemptions().list(r -> r.pageSize(2)).iterator();
        it.next();
        it.next();

        assertThatThrownBy(it::hasNext).isExactlyInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Forbidden");
    }

    @Test
    void aMalformedSuccessBodyIsATransportException() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"Xb3k\", \"created\": ")));

        assertThatThrownBy(() -> sto.exemptions().get(EXEMPTION_ID)).isInstanceOf(TransportException.class)
                .hasMessageContaining("could not decode");
    }

    private dev.waiver.sto.model.CreatedExemption create() {
        return sto.exemptions().create(r -> r.issueId("iss7Hq2LmZ0pX4rT9vBn1c").type(ExemptionType.OTHER)
                .reason("r").durationDays(1));
    }

    private static Throwable catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("expected an ApiException");
    }
}
