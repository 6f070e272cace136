package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.testing.LogCapture;
import dev.waiver.sto.model.ExemptionScopeLevel;
import org.junit.jupiter.api.Test;

class StoClientTest extends StoTestSupport {

    @Test
    void defaultsToHarnessSaas() {
        try (StoClient client = StoClient.builder().apiKey(API_KEY).accountId(ACCOUNT).build()) {
            assertThat(client.baseUrl()).isEqualTo("https://app.harness.io/");
            assertThat(client.defaultScope()).isEqualTo(HarnessScope.account());
            assertThat(client.accountId()).isEqualTo(ACCOUNT);
        }
    }

    @Test
    void holdsTheDefaultScope() {
        assertThat(sto.defaultScope()).isEqualTo(HarnessScope.project(ORG, PROJECT));
        assertThat(sto.defaultScope().level()).isSameAs(ExemptionScopeLevel.PROJECT);
        try (StoClient client = client().orgId(ORG).build()) {
            assertThat(client.defaultScope().level()).isSameAs(ExemptionScopeLevel.ORG);
            assertThat(client.defaultScope().projectId()).isEmpty();
        }
    }

    @Test
    void requiresApiKeyAndAccountNamingTheFix() {
        assertThatThrownBy(() -> StoClient.builder().accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey is required")
                .hasMessageContaining(".apiKey(...)");
        assertThatThrownBy(() -> StoClient.builder().apiKey(" ").accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("apiKey is required");
        assertThatThrownBy(() -> StoClient.builder().apiKey(API_KEY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("accountId is required");
    }

    @Test
    void refusesPlainHttpToARemoteHost() {
        assertThatThrownBy(() -> StoClient.builder().apiKey(API_KEY).accountId(ACCOUNT)
                .baseUrl("http://sto.example.com").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain http");
    }

    @Test
    void keepsABaseUrlPathPrefix() {
        wm.stubFor(get(urlPathEqualTo("/gateway" + BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        try (StoClient client = client().baseUrl(wm.baseUrl() + "/gateway").build()) {
            client.exemptions().get(EXEMPTION_ID);
        }

        wm.verify(1, authenticated(getRequestedFor(urlPathEqualTo("/gateway" + BASE + "/" + EXEMPTION_ID))));
    }

    @Test
    void sendsUserAgentAndNeverShowsTheKey() {
        wm.stubFor(get(urlPathEqualTo(BASE + "/" + EXEMPTION_ID)).willReturn(okFixture("exemption.json")));

        try (LogCapture logs = new LogCapture()) {
            sto.exemptions().get(EXEMPTION_ID);
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(API_KEY));
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo(BASE + "/" + EXEMPTION_ID))
                .withHeader("User-Agent", matching("waiver-java/.+ \\(sto\\) java/.+"))
                .withQueryParam("accountId", equalTo(ACCOUNT)));
        assertThat(sto.toString()).contains(ACCOUNT).doesNotContain(API_KEY);
    }
}
