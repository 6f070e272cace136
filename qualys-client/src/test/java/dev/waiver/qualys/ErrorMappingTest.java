package dev.waiver.qualys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.ApiException;
import dev.waiver.core.Operation;
import dev.waiver.core.testing.Serialization;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.ServerException;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.RateLimitStatus;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest extends QualysTestSupport {

    /** The reference's error table: HTTP status, CODE, text, expected exception. */
    static Stream<Arguments> referenceTable() {
        return Stream.of(
                Arguments.of(400, "1901", "Unrecognized parameter(s): foo", BadRequestException.class),
                Arguments.of(400, "1903", "Missing required parameter(s): comments", BadRequestException.class),
                Arguments.of(400, "1904", "Please specify only one of these parameters: a, b", BadRequestException.class),
                Arguments.of(400, "1905", "parameter status has invalid value: open", BadRequestException.class),
                Arguments.of(400, "1907", "Unsupported combination of key=value pairs", BadRequestException.class),
                Arguments.of(400, "1908", "Request method GET is incompatible with parameter(s)", BadRequestException.class),
                Arguments.of(400, "1922", "Please specify at least one of these parameters: a, b", BadRequestException.class),
                Arguments.of(401, "2000", "Bad Login/Password", AuthenticationException.class),
                Arguments.of(200, "2001", "This account has expired.", PermissionDeniedException.class),
                Arguments.of(409, "1920", "Operation blocked by other requests", ConflictException.class),
                Arguments.of(409, "1960", "This API cannot be run again until 1 currently running instance has finished.",
                        RateLimitedException.class),
                Arguments.of(409, "1965", "This API cannot be run again for another 68928 seconds.", RateLimitedException.class),
                Arguments.of(409, "2003", "Registration must be completed before API requests will be served for this account",
                        PermissionDeniedException.class),
                Arguments.of(409, "2011", "SecureID authentication is required for this account, so API access is blocked",
                        AuthenticationException.class));
    }

    @ParameterizedTest(name = "HTTP {0} CODE {1}")
    @MethodSource("referenceTable")
    void everyCodeOfTheReferenceMapsToItsException(int status, String code, String text,
                                                   Class<? extends ApiException> type) {
        String body = code.equals("1965") ? fixture("error-1965.xml").replace("{{WAIT}}", "68928")
                : code.equals("1960") ? fixture("error-1960.xml") : simpleReturnError(code, text);
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(status, body)));

        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(type, e -> {
                    assertThat(e.getClass()).isEqualTo(type);
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.vendorCode()).contains(code);
                    assertThat(e.vendorMessage()).contains(text);
                    assertThat(e.error().detail("datetime")).contains("2025-11-03T10:00:00Z");
                    assertThat(e.error().rawBody()).contains("<CODE>" + code + "</CODE>");
                    assertThat(e.getMessage()).startsWith("HTTP " + status + " [" + code + "]: ");
                    int attempts = code.equals("1960") ? 3 : 1;
                    boolean rateLimit = code.equals("1960") || code.equals("1965");
                    ApiException copy = Serialization.roundTrip(e);
                    for (ApiException x : java.util.List.of(e, copy)) {
                        assertThat(x.getClass()).isEqualTo(type);
                        assertThat(x.statusCode()).isEqualTo(status);
                        assertThat(x.vendorCode()).contains(code);
                        assertThat(x.vendorMessage()).contains(text);
                        assertThat(x.error().detail("datetime")).contains("2025-11-03T10:00:00Z");
                        assertThat(x.operation()).contains(Operation.of("qualys", "delete"));
                        assertThat(x.attempts()).isEqualTo(attempts);
                        assertThat(x.isRetryable()).isEqualTo(rateLimit);
                    }
                    assertThat(copy).hasMessage(e.getMessage());
                });
        // 1960 has no wait and is retried with backoff; 1965's wait is longer than the policy allows
        int expectedCalls = code.equals("1960") ? 3 : 1;
        wm.verify(expectedCalls, postRequestedFor(urlEqualTo(V3_PATH)));
    }

    @Test
    void concurrencyLimitCarriesItsItemAndIsMarkedRetryable() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(409, "error-1960.xml")));
        try (QualysClient c = client(dev.waiver.core.RetryPolicy.none(), QualysApiVersion.V3_0)) {
            assertThatThrownBy(() -> c.complianceExceptions().delete(ExceptionNumbers.of(1)))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.error().detail("CALLS_TO_FINISH")).contains("1");
                        assertThat(e.error().vendorSaysRetryable()).isTrue();
                        assertThat(e.retryAfter()).isEmpty();
                    });
        }
    }

    @Test
    void codeInA200IsAnErrorForEveryAction() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xmlFixture(200, "error-2001-account-expired.xml")));
        assertThatThrownBy(() -> client().complianceExceptions().request(r -> r.controlId(1).hostId(2).policyId(3)
                .technologyId(4).assigneeId(5).comments("c"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1))
                .comments("c"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.vendorCode()).contains("2001");
                });
        assertThatThrownBy(() -> client().complianceExceptions().list().stream().count())
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(requestCount()).isEqualTo(4);
    }

    @Test
    void rateLimitInA200WithSecondsToWaitWaitsOnTheTestClockThenSucceeds() {
        RecordingSleeper sleeper = new RecordingSleeper();
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(200, fixture("error-1965.xml").replace("{{WAIT}}", "42"))).willSetStateTo("free"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(xmlFixture(200, "list-batch-3.xml")));

        try (QualysClient c = client(TestRetries.recording(sleeper), QualysApiVersion.V3_0)) {
            assertThat(c.complianceExceptions().list().stream().map(ComplianceException::exceptionNumber))
                    .containsExactly(293L);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitWaitComesFromTheHeaderWhenItIsLongerThanTheItem() {
        RecordingSleeper sleeper = new RecordingSleeper();
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(409, fixture("error-1965.xml").replace("{{WAIT}}", "3"))
                        .withHeader("X-RateLimit-ToWait-Sec", "9")).willSetStateTo("free"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(xmlFixture(200, "update-batch.xml")));

        try (QualysClient c = client(TestRetries.recording(sleeper), QualysApiVersion.V3_0)) {
            assertThat(c.complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(12)).comments("c"))
                    .text()).isEqualTo("Successfully Updated");
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void maximumWaitIsTheUsersSetting() {
        RecordingSleeper sleeper = new RecordingSleeper();
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(409, fixture("error-1965.xml").replace("{{WAIT}}", "600"))));
        try (QualysClient c = client(TestRetries.recording(sleeper).toBuilder().maxRetryAfter(Duration.ofMinutes(15))
                .maxAttempts(2).build(), QualysApiVersion.V3_0)) {
            assertThatThrownBy(() -> c.complianceExceptions().delete(ExceptionNumbers.of(1)))
                    .isInstanceOf(RateLimitedException.class);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(600));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void lastRateLimitHeadersAreReadableAfterSuccessAndError() {
        assertThat(client().lastRateLimit()).isEmpty();
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xmlFixture(200, "update-batch.xml")
                        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Window-Sec", "3600")
                        .withHeader("X-RateLimit-Remaining", "299").withHeader("X-RateLimit-ToWait-Sec", "0")
                        .withHeader("X-Concurrency-Limit-Limit", "2").withHeader("X-Concurrency-Limit-Running", "1"))
                .willSetStateTo("blocked"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("rl").whenScenarioStateIs("blocked")
                .willReturn(xml(409, fixture("error-1965.xml").replace("{{WAIT}}", "68928"))
                        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Window-Sec", "3600")
                        .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-ToWait-Sec", "68928")
                        .withHeader("X-Concurrency-Limit-Limit", "2").withHeader("X-Concurrency-Limit-Running", "1"))
                .willSetStateTo("auth"));
        wm.stubFor(post(urlEqualTo(V3_PATH)).inScenario("rl").whenScenarioStateIs("auth")
                .willReturn(xml(401, simpleReturnError("2000", "Bad Login/Password"))));

        client().complianceExceptions().update(u -> u.exceptionNumbers(ExceptionNumbers.of(1)).comments("c"));
        assertThat(client().lastRateLimit()).contains(new RateLimitStatus(OptionalLong.of(300), OptionalLong.of(3600),
                OptionalLong.of(299), OptionalLong.of(0), OptionalLong.of(2), OptionalLong.of(1)));

        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(RateLimitedException.class, e ->
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(68928)));
        assertThat(client().lastRateLimit()).hasValueSatisfying(s -> {
            assertThat(s.remaining()).hasValue(0);
            assertThat(s.toWait()).contains(Duration.ofSeconds(68928));
        });

        // an auth failure carries no limit headers: the last known limits stay readable
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(client().lastRateLimit()).hasValueSatisfying(s -> assertThat(s.remaining()).hasValue(0));
    }

    @Test
    void aNonXmlErrorBodyFallsBackToTheStatus() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.vendorCode()).isEmpty();
                    assertThat(e.statusCode()).isEqualTo(502);
                });
    }

    @Test
    void anUnknownCodeKeepsTheStatusMeaning() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(500, simpleReturnError("999", "Internal error"))));
        assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.vendorCode()).contains("999"));
    }

    @Test
    void credentialsNeverAppearInLogsOrErrors() {
        wm.stubFor(post(urlEqualTo(V3_PATH)).willReturn(xml(401, simpleReturnError("2000", "Bad Login/Password"))));
        try (LogCapture logs = new LogCapture()) {
            assertThatThrownBy(() -> client().complianceExceptions().delete(ExceptionNumbers.of(1)))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(PASSWORD);
                        assertThat(e.error().headers().toString()).doesNotContain(BASIC);
                    });
            assertThat(String.join("\n", logs.lines())).doesNotContain(PASSWORD).doesNotContain(BASIC.substring(6));
        }
    }
}
