package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.ApiException;
import dev.waiver.core.Operation;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.testing.Serialization;
import dev.waiver.core.testing.TestRetries;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every core exception type, produced by a real call, survives Java serialization whole. */
class ExceptionSerializationTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Operation OP = TestTransports.OPERATION;

    private static WaiverException call(TransportRequest request, RetryPolicy policy) {
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), policy)) {
            return catchThrowableOfType(WaiverException.class, () -> t.executeJson(request, Map.class));
        }
    }

    @ParameterizedTest(name = "HTTP {0} ({1}), {2} attempts, retryable={3}")
    @CsvSource({
            "400, BadRequestException, 1, false",
            "401, AuthenticationException, 1, false",
            "403, PermissionDeniedException, 1, false",
            "404, NotFoundException, 1, false",
            "409, ConflictException, 1, false",
            "422, BadRequestException, 1, false",
            "429, RateLimitedException, 3, true",
            "500, ServerException, 1, false",
            "503, ServerException, 3, true",
            "418, ApiException, 1, false",
    })
    void everyApiExceptionSurvivesSerialization(int status, String type, int attempts, boolean retryable) {
        wm.stubFor(get(urlPathEqualTo("/e")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("x-request-id", "rid-" + status)
                .withBody("{\"message\":\"refused\",\"code\":\"C" + status + "\"}")));

        ApiException sent = (ApiException) call(TransportRequest.builder(OP, HttpMethod.GET, "/e").build(),
                TestRetries.noSleep());
        ApiException received = Serialization.roundTrip(sent);

        assertThat(received.getClass().getSimpleName()).isEqualTo(type);
        assertThat(received.statusCode()).isEqualTo(status);
        assertThat(received.vendorCode()).contains("C" + status);
        assertThat(received.vendorMessage()).contains("refused");
        assertThat(received.requestId()).contains("rid-" + status);
        assertThat(received.getMessage()).isEqualTo("HTTP " + status + " [C" + status + "]: refused (request id rid-"
                + status + ")").isEqualTo(sent.getMessage());
        assertThat(received.operation()).contains(OP);
        assertThat(received.attempts()).isEqualTo(attempts);
        assertThat(received.isRetryable()).isEqualTo(retryable).isEqualTo(sent.isRetryable());
        assertThat(received.error().rawBody()).isEqualTo(sent.error().rawBody());
        assertThat(received.error().headers()).isEqualTo(sent.error().headers());
        assertThat(received.error().details()).isEqualTo(sent.error().details());
        assertNoSecret(received);
        wm.verify(attempts, getRequestedFor(urlPathEqualTo("/e")));
    }

    @Test
    void aRateLimitKeepsTheVendorsWaitAfterSerialization() {
        wm.stubFor(get(urlPathEqualTo("/e")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        ApiException received = Serialization.roundTrip((ApiException) call(
                TransportRequest.builder(OP, HttpMethod.GET, "/e").build(), TestRetries.noSleep()));

        assertThat(received.retryAfter()).contains(Duration.ofHours(1));
        assertThat(received.attempts()).isEqualTo(1);
        assertThat(received.isRetryable()).isTrue();
        assertThat(received.requestId()).isEmpty();
        assertThat(received.vendorCode()).isEmpty();
        assertThat(received).hasMessage("HTTP 429");
    }

    @Test
    void aRefusedConnectionSurvivesSerializationAsRetryable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TransportException sent;
        try (HttpTransport t = TestTransports.forUrl("http://127.0.0.1:" + closedPort, TestRetries.noSleep())) {
            sent = catchThrowableOfType(TransportException.class, () -> t.executeJson(
                    TransportRequest.builder(OP, HttpMethod.POST, "/e").jsonBody(Map.of()).build(), Map.class));
        }

        TransportException received = Serialization.roundTrip(sent);

        assertThat(received).isExactlyInstanceOf(TransportException.class)
                .hasMessage("could not connect to the vendor (ConnectException)");
        assertThat(received.requestMayHaveReachedServer()).isFalse();
        assertThat(received.operation()).contains(OP);
        assertThat(received.attempts()).isEqualTo(3);
        assertThat(received.isRetryable()).isTrue();
        assertNoSecret(received);
    }

    @Test
    void aResetConnectionOnACreateSurvivesSerializationAsNotRetryable() {
        wm.stubFor(post(urlPathEqualTo("/f")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        TransportException received = Serialization.roundTrip((TransportException) call(
                TransportRequest.builder(OP, HttpMethod.POST, "/f").jsonBody(Map.of()).build(), TestRetries.noSleep()));

        assertThat(received).isExactlyInstanceOf(TransportException.class);
        assertThat(received.requestMayHaveReachedServer()).isTrue();
        assertThat(received.operation()).contains(OP);
        assertThat(received.attempts()).isEqualTo(1);
        assertThat(received.isRetryable()).isFalse();
        assertNoSecret(received);
    }

    @Test
    void aTimeoutSurvivesSerialization() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(1500)));
        TransportTimeoutException sent;
        try (HttpTransport t = new TestTransports.Builder().baseUrl(wm.baseUrl()).readTimeout(Duration.ofMillis(100))
                .retryPolicy(RetryPolicy.none()).build()) {
            sent = catchThrowableOfType(TransportTimeoutException.class, () -> t.executeJson(
                    TransportRequest.builder(OP, HttpMethod.GET, "/slow").build(), Map.class));
        }

        TransportTimeoutException received = Serialization.roundTrip(sent);

        assertThat(received).isExactlyInstanceOf(TransportTimeoutException.class).hasMessage(sent.getMessage());
        assertThat(received.getMessage()).contains("timed out");
        assertThat(received.requestMayHaveReachedServer()).isTrue();
        assertThat(received.operation()).contains(OP);
        assertThat(received.attempts()).isEqualTo(1);
        assertThat(received.isRetryable()).isTrue();
        assertNoSecret(received);
    }

    @Test
    void anExceptionRaisedOutsideACallSaysSo() {
        TransportException received = Serialization.roundTrip(new TransportException("walk looped", null, true));

        assertThat(received.operation()).isEmpty();
        assertThat(received.attempts()).isZero();
        assertThat(received.isRetryable()).isFalse();
        assertThat(received).hasMessage("walk looped");
    }

    private static void assertNoSecret(WaiverException e) {
        String printed = e + " " + e.getMessage() + " " + Serialization.stackTrace(e);
        assertThat(printed).doesNotContain(TestTransports.API_KEY).doesNotContain("SECRET");
    }
}
