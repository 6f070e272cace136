package dev.waiver.har;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.testing.LogCapture;
import dev.waiver.core.testing.TestRetries;
import org.junit.jupiter.api.Test;

class HarClientTest extends HarTestSupport {

    @Test
    void defaultsToHarnessSaas() {
        try (HarClient c = HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT).build()) {
            assertThat(c.baseUrl()).isEqualTo("https://app.harness.io/");
            assertThat(HarClient.DEFAULT_BASE_URL).isEqualTo("https://app.harness.io");
            assertThat(c.accountId()).isEqualTo(ACCOUNT);
        }
    }

    @Test
    void requiresApiKeyAndAccount() {
        assertThatThrownBy(() -> HarClient.builder().accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey is required");
        assertThatThrownBy(() -> HarClient.builder().apiKey(" ").accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey is required");
        assertThatThrownBy(() -> HarClient.builder().apiKey(API_KEY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("accountId is required");
        assertThatThrownBy(() -> HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId("").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("orgId must not be blank");
        assertThatThrownBy(() -> HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT).projectId(" ").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("projectId must not be blank");
    }

    @Test
    void refusesPlainHttpToARemoteHost() {
        assertThatThrownBy(() -> HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT)
                .baseUrl("http://harness.example.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowInsecureHttp()");
        HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT).baseUrl("http://harness.example.com")
                .allowInsecureHttp().build().close();
    }

    @Test
    void keepsABaseUrlPathPrefix() {
        wm.stubFor(delete(urlPathMatching("/gateway/har/.*")).willReturn(aResponse().withStatus(204)));
        try (HarClient c = HarClient.builder().apiKey(API_KEY).accountId(ACCOUNT).baseUrl(wm.baseUrl() + "/gateway")
                .retryPolicy(TestRetries.noSleep()).build()) {
            c.firewallExceptions().delete(EXCEPTION_ID);
        }
        assertThat(onlyRequest().getUrl())
                .isEqualTo("/gateway" + EXCEPTIONS_PATH + "/" + EXCEPTION_ID + "?account_identifier=" + ACCOUNT);
    }

    @Test
    void neverPrintsTheApiKey() {
        wm.stubFor(delete(urlPathMatching(EXCEPTIONS_PATH + "/.*")).willReturn(harError(401, "AUTHENTICATION_ERROR",
                null, "Invalid API key", null)));
        try (LogCapture logs = new LogCapture()) {
            assertThatThrownBy(() -> har.firewallExceptions().delete(EXCEPTION_ID))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
            assertThat(String.join("\n", logs.lines())).doesNotContain(API_KEY).doesNotContain(ACCOUNT);
        }
        assertThat(har.toString()).doesNotContain(API_KEY);
    }
}
