package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private HttpTransport transport(RetryPolicy policy) {
        return TestTransports.forUrl(wm.baseUrl(), policy);
    }

    private void failTwiceThenSucceed(java.util.function.Supplier<com.github.tomakehurst.wiremock.client.MappingBuilder> method, int status) {
        wm.stubFor(method.get().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status)).willSetStateTo("second"));
        wm.stubFor(method.get().inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(status)).willSetStateTo("third"));
        wm.stubFor(method.get().inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson("{\"id\":\"x1\"}")));
    }

    @Test
    void getRetriesTwo503sAndSucceedsOnTheThirdAttempt() {
        failTwiceThenSucceed(() -> get(urlPathEqualTo("/things/x1")), 503);
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            Map<?, ?> result = t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/things/{id}").pathParam("id", "x1").build(), Map.class);
            assertThat(result.get("id")).isEqualTo("x1");
        }
        wm.verify(3, getRequestedFor(urlPathEqualTo("/things/x1")));
        // full jitter fixed at 1.0: 200 ms, then 400 ms
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        wm.stubFor(get(urlPathEqualTo("/down")).willReturn(aResponse().withStatus(503).withBody("{\"message\":\"maintenance\"}")));
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/down").build(), Map.class))
                    .isInstanceOf(ServerException.class).hasMessage("HTTP 503: maintenance");
        }
        wm.verify(3, getRequestedFor(urlPathEqualTo("/down")));
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void putIsRetriedOn502And504() {
        failTwiceThenSucceed(() -> put(urlPathEqualTo("/things/x1")), 502);
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.PUT, "/things/{id}").pathParam("id", "x1").jsonBody(Map.of()).build(), Map.class);
        }
        wm.verify(3, putRequestedFor(urlPathEqualTo("/things/x1")));
    }

    @Test
    void postIsNotRetriedOn503() {
        wm.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(503)));
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/things").jsonBody(Map.of("a", 1)).build(), Map.class))
                    .isInstanceOf(ServerException.class);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void postIsNotRetriedAfterAReadTimeout() {
        wm.stubFor(post(urlPathEqualTo("/things")).willReturn(okJson("{}").withFixedDelay(3000)));
        HttpTransport t = new TestTransports.Builder().baseUrl(wm.baseUrl()).readTimeout(Duration.ofMillis(1000))
                .retryPolicy(TestRetries.recording(sleeper)).build();
        try (t) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/things").jsonBody(Map.of("a", 1)).build(), Map.class))
                    .isInstanceOf(TransportTimeoutException.class)
                    .satisfies(e -> assertThat(((TransportException) e).requestMayHaveReachedServer()).isTrue());
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void postIsRetriedWhenTheConnectionWasRefused() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        HttpTransport t = TestTransports.forUrl("http://127.0.0.1:" + closedPort, TestRetries.recording(sleeper));
        try (t) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/things").jsonBody(Map.of()).build(), Map.class))
                    .isInstanceOf(TransportException.class)
                    .satisfies(e -> assertThat(((TransportException) e).requestMayHaveReachedServer()).isFalse());
        }
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void retryAfterInSecondsIsWaitedOnTheTestClock() {
        wm.stubFor(get(urlPathEqualTo("/limited")).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/limited")).inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            assertThat(t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/limited").build(), Map.class)).containsEntry("ok", true);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/limited")));
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredAgainstThePolicyClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        wm.stubFor(get(urlPathEqualTo("/limited")).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "Thu, 26 Nov 2026 10:00:07 GMT")).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/limited")).inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        RetryPolicy policy = TestRetries.recording(sleeper).toBuilder().clock(clock).build();
        try (HttpTransport t = transport(policy)) {
            t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/limited").build(), Map.class);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumIsNotWaitedButThrown() {
        wm.stubFor(get(urlPathEqualTo("/limited")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("x-request-id", "req-77").withBody("{\"message\":\"slow down\",\"code\":\"RATE\"}")));
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/limited").build(), Map.class))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                        assertThat(e.statusCode()).isEqualTo(429);
                        assertThat(e.vendorCode()).contains("RATE");
                        assertThat(e.requestId()).contains("req-77");
                        assertThat(e).hasMessage("HTTP 429 [RATE]: slow down (request id req-77)");
                    });
        }
        assertThat(sleeper.waits()).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo("/limited")));
    }

    @Test
    void postIsRetriedOn429BecauseTheVendorDidNotProcessIt() {
        wm.stubFor(post(urlPathEqualTo("/things")).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo("/things")).inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"n\"}")));
        try (HttpTransport t = transport(TestRetries.recording(sleeper))) {
            assertThat(t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/things").jsonBody(Map.of()).build(), Map.class))
                    .containsEntry("id", "n");
        }
        wm.verify(2, postRequestedFor(urlPathEqualTo("/things")));
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        RetryPolicy p = RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(100))
                .maxBackoff(Duration.ofMillis(500)).jitter(() -> 1.0).build();
        TransportException io = new TransportException("x", null, true);
        assertThat(p.delayBeforeRetry(1, true, io)).contains(Duration.ofMillis(100));
        assertThat(p.delayBeforeRetry(2, true, io)).contains(Duration.ofMillis(200));
        assertThat(p.delayBeforeRetry(3, true, io)).contains(Duration.ofMillis(400));
        assertThat(p.delayBeforeRetry(4, true, io)).contains(Duration.ofMillis(500));
        assertThat(p.delayBeforeRetry(10, true, io)).isEmpty();
        RetryPolicy half = p.toBuilder().jitter(() -> 0.5).build();
        assertThat(half.delayBeforeRetry(3, true, io)).contains(Duration.ofMillis(200));
        assertThat(RetryPolicy.none().delayBeforeRetry(1, true, io)).isEmpty();
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }
}
