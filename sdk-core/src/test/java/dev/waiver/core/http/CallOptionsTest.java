package dev.waiver.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.CallOptions;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.Secret;
import dev.waiver.core.ServerException;
import dev.waiver.core.harness.HarnessCallOptions;
import dev.waiver.core.testing.RecordingSleeper;
import dev.waiver.core.testing.TestRetries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The common per-call options: their rules, and how a transport view applies them. */
class CallOptionsTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private static TransportRequest getThing() {
        return TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/things/{id}").pathParam("id", "x1")
                .build();
    }

    @Test
    void emptyOptionsChangeNothing() {
        HarnessCallOptions none = HarnessCallOptions.none();
        assertThat(none.timeout()).isEmpty();
        assertThat(none.attemptTimeout()).isEmpty();
        assertThat(none.headers()).isEmpty();
        assertThat(none.retryPolicy()).isEmpty();
        assertThat(none.accountId()).isEmpty();
        assertThat(none.apiKey()).isEmpty();
        assertThat(none.changesCredentials()).isFalse();
        assertThat(none).hasToString("HarnessCallOptions{}").isEqualTo(HarnessCallOptions.builder().build());
    }

    @Test
    void everySettingIsKeptAndCopiedByToBuilder() {
        RetryPolicy once = RetryPolicy.none();
        HarnessCallOptions o = HarnessCallOptions.of(b -> b.timeout(Duration.ofSeconds(3))
                .attemptTimeout(Duration.ofSeconds(1)).header("X-A", "1").header("X-B", "2").retryPolicy(once)
                .accountId("acct2").apiKey("key-2"));
        assertThat(o.timeout()).contains(Duration.ofSeconds(3));
        assertThat(o.attemptTimeout()).contains(Duration.ofSeconds(1));
        assertThat(o.headers()).containsExactly(Map.entry("X-A", "1"), Map.entry("X-B", "2"));
        assertThat(o.retryPolicy()).containsSame(once);
        assertThat(o.accountId()).contains("acct2");
        assertThat(o.apiKey()).get().extracting(Secret::reveal).isEqualTo("key-2");
        assertThat(o.changesCredentials()).isTrue();
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(o.toBuilder().apiKey("key-3").build()).isNotEqualTo(o);
        assertThat(o.toString()).isEqualTo("HarnessCallOptions{timeout=PT3S, attemptTimeout=PT1S, "
                + "headers=[X-A=1, X-B=2], retryPolicy=" + once + ", accountId=acct2, apiKey=****}");
        assertThatThrownBy(() -> o.headers().add(Map.entry("X-C", "3"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badValuesAreRefusedWhereTheyAreWritten() {
        HarnessCallOptions.Builder b = HarnessCallOptions.builder();
        assertThatThrownBy(() -> b.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CallOptions.timeout must be positive, was PT0S");
        assertThatThrownBy(() -> b.attemptTimeout(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CallOptions.attemptTimeout must be positive, was PT-0.001S");
        assertThatThrownBy(() -> b.header("X Bad", "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CallOptions.header name 'X Bad' is not a valid header name (letters, digits and "
                        + "!#$%&'*+-.^_`|~ only)");
        assertThatThrownBy(() -> b.header("X-Name", "caf\u00e9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CallOptions.header X-Name value must be visible ASCII, spaces and tabs (character 3 is not)");
        assertThatThrownBy(() -> b.accountId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HarnessCallOptions.accountId must not be blank");
        assertThatThrownBy(() -> b.apiKey(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HarnessCallOptions.apiKey must not be null or blank");
        assertThat(CallOptions.isReservedHeader("X-API-Key")).isTrue();
        assertThat(CallOptions.isReservedHeader("Content-Length")).isTrue();
        assertThat(CallOptions.isReservedHeader("X-Correlation-Id")).isFalse();
        assertThat(b.header("X-Tab", "a\tb").build().headers()).containsExactly(Map.entry("X-Tab", "a\tb"));
    }

    @Test
    void aViewOfAViewAddsHeadersAndReplacesTheRest() {
        wm.stubFor(get(urlPathEqualTo("/things/x1")).willReturn(okJson("{\"id\":\"x1\"}")));
        try (HttpTransport client = TestTransports.forUrl(wm.baseUrl(), RetryPolicy.defaults())) {
            HttpTransport first = client.withOptions(HarnessCallOptions.of(o -> o.header("X-A", "1")
                    .timeout(Duration.ofSeconds(5))), null, null);
            HttpTransport second = first.withOptions(HarnessCallOptions.of(o -> o.header("X-B", "2")), null, null);
            second.executeJson(getThing(), Map.class);
            first.close(); // a view owns nothing
            client.executeJson(getThing(), Map.class);
        }
        List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo("/things/x1")));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getHeader("X-A")).isEqualTo("1");
        assertThat(sent.get(0).getHeader("X-B")).isEqualTo("2");
        assertThat(sent.get(0).getHeader("x-api-key")).isEqualTo(TestTransports.API_KEY);
        assertThat(sent.get(1).containsHeader("X-A")).isFalse();
    }

    @Test
    void aDeadlineStopsRetriesWhoseWaitWouldPassIt() {
        wm.stubFor(get(urlPathEqualTo("/things/x1")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "10")));
        try (HttpTransport client = TestTransports.forUrl(wm.baseUrl(), TestRetries.recording(sleeper))) {
            HttpTransport view = client.withOptions(HarnessCallOptions.of(o -> o.timeout(Duration.ofSeconds(5))),
                    null, null);
            assertThatThrownBy(() -> view.executeJson(getThing(), Map.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        }
        assertThat(sleeper.waits()).isEmpty();
        wm.verify(1, getRequestedFor(urlPathEqualTo("/things/x1")));
    }

    @Test
    void aHeaderTheClientsOwnAuthenticationWritesIsRefusedByTheView() {
        AuthStrategy vendorToken = AuthStrategy.apiKeyHeader("X-Vendor-Token", Secret.of("vt-secret", "token"));
        try (HttpTransport client = new HttpTransport(new TransportSettings(wm.baseUrl(), "test", vendorToken,
                TestTransports::decode, dev.waiver.core.mapping.EpochUnit.SECONDS, List.of(), RetryPolicy.none(),
                null, null, null, null, null, false))) {
            HarnessCallOptions forged = HarnessCallOptions.of(o -> o.header("x-vendor-token", "forged"));
            assertThatThrownBy(() -> client.withOptions(forged, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CallOptions.header x-vendor-token is a credential header of this client: only its "
                            + "authentication writes it");
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
