package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.testing.TestRetries;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class FaultTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void everyFaultBecomesATransportException(Fault fault) {
        wm.stubFor(get(urlPathEqualTo("/f")).willReturn(aResponse().withFault(fault)));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/f").build(), Map.class))
                    .isInstanceOf(TransportException.class)
                    .satisfies(e -> assertThat(((TransportException) e).requestMayHaveReachedServer()).isTrue());
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/f")));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void anIdempotentCallSucceedsOnceTheFaultClears(Fault fault) {
        wm.stubFor(get(urlPathEqualTo("/f")).inScenario("f").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(fault)).willSetStateTo("ok"));
        wm.stubFor(get(urlPathEqualTo("/f")).inScenario("f").whenScenarioStateIs("ok").willReturn(okJson("{\"v\":1}")));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), TestRetries.noSleep())) {
            assertThat(t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/f").build(), Map.class)).containsEntry("v", 1);
        }
        wm.verify(2, getRequestedFor(urlPathEqualTo("/f")));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void aPostReachesTheServerOnlyOnceWhateverTheFault(Fault fault) {
        wm.stubFor(post(urlPathEqualTo("/f")).willReturn(aResponse().withFault(fault)));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), TestRetries.noSleep())) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.POST, "/f").jsonBody(Map.of()).build(), Map.class))
                    .isInstanceOf(TransportException.class);
        }
        wm.verify(1, postRequestedFor(urlPathEqualTo("/f")));
    }

    @Test
    void aDribbledBodyPastTheReadTimeoutIsATimeout() {
        wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{\"items\":[1,2,3,4,5,6,7,8,9,10]}").withChunkedDribbleDelay(5, 2000)));
        HttpTransport t = new TestTransports.Builder().baseUrl(wm.baseUrl()).readTimeout(Duration.ofMillis(200))
                .retryPolicy(RetryPolicy.none()).build();
        try (t) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/slow").build(), Map.class))
                    .isInstanceOf(TransportTimeoutException.class)
                    .hasMessageContaining("timed out");
        }
    }

    @Test
    void aMalformedJsonAnswerIsATransportExceptionNotAJacksonOne() {
        wm.stubFor(get(urlPathEqualTo("/bad")).willReturn(okJson("{\"items\":[1,2")));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/bad").build(), Map.class))
                    .isExactlyInstanceOf(TransportException.class)
                    .hasMessageStartingWith("could not decode the answer to GET /bad");
        }
    }

    @Test
    void anEmpty200ForATypedAnswerIsATransportException() {
        wm.stubFor(get(urlPathEqualTo("/empty")).willReturn(aResponse().withStatus(200)));
        try (HttpTransport t = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none())) {
            assertThatThrownBy(() -> t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/empty").build(), Map.class))
                    .isExactlyInstanceOf(TransportException.class);
        }
    }
}
