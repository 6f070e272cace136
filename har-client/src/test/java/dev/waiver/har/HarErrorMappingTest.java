package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.ApiException;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.Serialization;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.har.model.HarErrorType;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HarErrorMappingTest extends HarTestSupport {

    private static final String PATH = EXCEPTIONS_PATH + "/" + EXCEPTION_ID;

    static Stream<Arguments> statusAndType() {
        return Stream.of(
                // The status alone says what it is.
                Arguments.of(400, "INVALID_REQUEST_ERROR", BadRequestException.class),
                Arguments.of(401, "AUTHENTICATION_ERROR", AuthenticationException.class),
                Arguments.of(403, "PERMISSION_ERROR", PermissionDeniedException.class),
                Arguments.of(404, "INVALID_REQUEST_ERROR", NotFoundException.class),
                Arguments.of(409, "INVALID_REQUEST_ERROR", ConflictException.class),
                Arguments.of(429, "API_ERROR", RateLimitedException.class),
                Arguments.of(500, "API_ERROR", ServerException.class),
                Arguments.of(503, "API_ERROR", ServerException.class),
                // A decisive status wins over the type.
                Arguments.of(401, "INVALID_REQUEST_ERROR", AuthenticationException.class),
                Arguments.of(500, "INVALID_REQUEST_ERROR", ServerException.class),
                // Where the status is ambiguous, the type decides.
                Arguments.of(400, "AUTHENTICATION_ERROR", AuthenticationException.class),
                Arguments.of(400, "PERMISSION_ERROR", PermissionDeniedException.class),
                Arguments.of(400, "API_ERROR", ServerException.class),
                Arguments.of(422, "INVALID_REQUEST_ERROR", BadRequestException.class),
                Arguments.of(422, "PERMISSION_ERROR", PermissionDeniedException.class),
                Arguments.of(405, "INVALID_REQUEST_ERROR", BadRequestException.class),
                Arguments.of(412, "PERMISSION_ERROR", PermissionDeniedException.class),
                Arguments.of(419, "AUTHENTICATION_ERROR", AuthenticationException.class),
                Arguments.of(418, "API_ERROR", ServerException.class),
                // An unknown type leaves it to the status.
                Arguments.of(400, "QUOTA_ERROR", BadRequestException.class),
                Arguments.of(418, "QUOTA_ERROR", ApiException.class));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("statusAndType")
    void mapsStatusAndTypeToTheExceptionClass(int status, String type, Class<? extends ApiException> expected) {
        wm.stubFor(delete(urlPathEqualTo(PATH)).willReturn(harError(status, type, "code_" + status,
                "Message for " + status, "expireAfter")));

        ApiException e = catchThrowableOfType(ApiException.class, () -> har.firewallExceptions().delete(EXCEPTION_ID));

        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.vendorCode()).contains("code_" + status);
        assertThat(e.vendorMessage()).contains("Message for " + status);
        assertThat(e.requestId()).contains("req-" + status);
        assertThat(HarErrors.param(e)).contains("expireAfter");
        assertThat(e.error().detail("param")).contains("expireAfter");
        assertThat(HarErrors.type(e)).contains(HarErrorType.of(type));
        assertThat(e.error().rawBody()).contains("\"error\"");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
        // a DELETE is idempotent: 408, 429 and 502-504 are retried up to the policy's 3 attempts
        int attempts = java.util.Set.of(408, 429, 502, 503, 504).contains(status) ? 3 : 1;
        assertThat(e.operation()).contains(Operation.of("har", "deleteFirewallExceptionV3"));
        assertThat(e.attempts()).isEqualTo(attempts);
        assertThat(e.isRetryable()).isEqualTo(attempts == 3);

        ApiException copy = Serialization.roundTrip(e);
        assertThat(copy).isExactlyInstanceOf(expected).hasMessage(e.getMessage());
        assertThat(copy.statusCode()).isEqualTo(status);
        assertThat(copy.vendorCode()).contains("code_" + status);
        assertThat(copy.vendorMessage()).contains("Message for " + status);
        assertThat(copy.requestId()).contains("req-" + status);
        assertThat(HarErrors.type(copy)).contains(HarErrorType.of(type));
        assertThat(copy.operation()).contains(Operation.of("har", "deleteFirewallExceptionV3"));
        assertThat(copy.attempts()).isEqualTo(attempts);
        assertThat(copy.isRetryable()).isEqualTo(attempts == 3);
    }

    @Test
    void idempotentCallsAreRetriedOnA503ThenSucceed() {
        wm.stubFor(delete(urlPathEqualTo(PATH)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(harError(503, "API_ERROR", null, "try later", null)).willSetStateTo("second"));
        wm.stubFor(delete(urlPathEqualTo(PATH)).inScenario("retry").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(204)));

        har.firewallExceptions().delete(EXCEPTION_ID);

        wm.verify(2, deleteRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        wm.stubFor(delete(urlPathEqualTo(PATH)).willReturn(harError(429, "API_ERROR", "rate_limited", "Slow down", null)
                .withHeader("Retry-After", "120")));

        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> har.firewallExceptions().delete(EXCEPTION_ID));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(HarErrors.param(e)).isEmpty();
    }

    @Test
    void errorWithOnlyATypeStillMaps() {
        wm.stubFor(delete(urlPathEqualTo(PATH)).willReturn(json(403, "{\"error\":{\"type\":\"PERMISSION_ERROR\"}}")));

        PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
                () -> har.firewallExceptions().delete(EXCEPTION_ID));

        assertThat(e.vendorCode()).isEmpty();
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(HarErrors.type(e)).contains(HarErrorType.PERMISSION_ERROR);
        assertThat(HarErrors.param(e)).isEmpty();
    }

    @Test
    void aBodyThatIsNotTheHarShapeFallsBackToTheStatus() {
        wm.stubFor(delete(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

        ServerException e = catchThrowableOfType(ServerException.class, () -> har.firewallExceptions().delete(EXCEPTION_ID));

        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.vendorMessage()).isEmpty();
        assertThat(HarErrors.type(e)).isEmpty();
        assertThat(e.getMessage()).contains("(unrecognised error body)", "Bad gateway");
        wm.verify(3, deleteRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void otherJsonShapesFallBackToTheStatus() {
        wm.stubFor(delete(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(400, "{\"error\": \"bad\"}")));
        BadRequestException e = catchThrowableOfType(BadRequestException.class,
                () -> har.firewallExceptions().delete(EXCEPTION_ID));
        assertThat(e.vendorMessage()).isEmpty();

        wm.stubFor(delete(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(401, "")));
        assertThat(catchThrowableOfType(AuthenticationException.class,
                () -> har.firewallExceptions().delete(EXCEPTION_ID)).vendorCode()).isEmpty();

        wm.stubFor(delete(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(json(404, "{\"message\": \"no\"}")));
        assertThat(catchThrowableOfType(NotFoundException.class,
                () -> har.firewallExceptions().delete(EXCEPTION_ID)).vendorMessage()).isEmpty();
    }

    @Test
    void aMalformedSuccessBodyIsATransportException() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(json(200, "{\"items\": [")));

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> har.firewallExceptions().list().iterator().hasNext());

        assertThat(e).hasMessageContaining("could not decode the answer");
    }

    @Test
    void aConnectionResetOnAGetIsRetriedThenReported() {
        wm.stubFor(get(urlPathEqualTo(EXCEPTIONS_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        catchThrowableOfType(TransportException.class, () -> har.firewallExceptions().list().iterator().hasNext());

        wm.verify(3, getRequestedFor(urlPathEqualTo(EXCEPTIONS_PATH)));
    }
}
