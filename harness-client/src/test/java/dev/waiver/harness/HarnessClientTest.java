package dev.waiver.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.testing.LogCapture;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessClientTest extends HarnessTestSupport {

    @Test
    void oneKeyServesStoHarAndIacmEachWithItsOwnAuth() {
        stubOneCallOfEach();

        Exemption exemption;
        List<FirewallException> firewallExceptions;
        ApprovalStatusInfo approval;
        try (HarnessClient harness = client().build()) {
            exemption = harness.sto().exemptions().get(EXEMPTION_ID);
            firewallExceptions = harness.har().firewallExceptions().list().stream().toList();
            approval = harness.iacm().approvals().get(APPROVAL_ID);
        }

        LoggedRequest sto = only(STO_PATH);
        assertThat(sto.getMethod().getName()).isEqualTo("GET");
        assertThat(sto.getUrl()).isEqualTo(STO_PATH + "?orgId=default&projectId=payments&accountId=" + ACCOUNT);
        assertThat(sto.getHeader("x-api-key")).isEqualTo(API_KEY);
        assertThat(sto.containsHeader("Harness-Account")).isFalse();
        assertThat(sto.getHeader("Accept")).isEqualTo("application/json");
        assertThat(sto.getHeader("User-Agent")).matches("waiver-java/\\S+ \\(sto\\) java/\\S+");

        LoggedRequest har = only(HAR_PATH);
        assertThat(har.getMethod().getName()).isEqualTo("GET");
        assertThat(har.getUrl()).isEqualTo(HAR_PATH + "?org_identifier=default&project_identifier=payments&page=0"
                + "&account_identifier=" + ACCOUNT);
        assertThat(har.getHeader("x-api-key")).isEqualTo(API_KEY);
        assertThat(har.containsHeader("Harness-Account")).isFalse();
        assertThat(har.getHeader("User-Agent")).matches("waiver-java/\\S+ \\(har\\) java/\\S+");

        LoggedRequest iacm = only(IACM_PATH);
        assertThat(iacm.getMethod().getName()).isEqualTo("GET");
        assertThat(iacm.getUrl()).isEqualTo(IACM_PATH);
        assertThat(iacm.getHeader("x-api-key")).isEqualTo(API_KEY);
        assertThat(iacm.getHeader("Harness-Account")).isEqualTo(ACCOUNT);
        assertThat(iacm.getHeader("User-Agent")).matches("waiver-java/\\S+ \\(iacm\\) java/\\S+");

        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3);

        assertThat(exemption.id()).isEqualTo(EXEMPTION_ID);
        assertThat(exemption.status()).isSameAs(ExemptionStatus.APPROVED);
        assertThat(exemption.created()).isEqualTo(Instant.ofEpochSecond(1651578240));
        assertThat(firewallExceptions).singleElement().satisfies(e -> {
            assertThat(e.exceptionId()).isEqualTo("8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01");
            assertThat(e.status()).isSameAs(FirewallExceptionStatus.APPROVED);
            assertThat(e.createdAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
        });
        assertThat(approval.status()).isSameAs(ApprovalStatus.REJECTED);
        assertThat(approval.actionedBy()).contains("Jane Doe");
        assertThat(approval.created()).isEqualTo(Instant.ofEpochMilli(1718031600123L));
    }

    @Test
    void everySettingReachesAllThree() {
        for (String path : List.of(STO_PATH, HAR_PATH, IACM_PATH)) {
            wm.stubFor(get(urlPathEqualTo("/gateway" + path)).willReturn(aResponse().withFixedDelay(1_000)
                    .withHeader("Content-Type", "application/json").withBody("{}")));
        }

        try (HarnessClient harness = client().baseUrl(wm.baseUrl() + "/gateway").readTimeout(Duration.ofMillis(100))
                .build()) {
            assertThat(harness.baseUrl()).isEqualTo(wm.baseUrl() + "/gateway");
            assertThat(List.of(harness.sto().baseUrl(), harness.har().baseUrl(), harness.iacm().toString()))
                    .allSatisfy(url -> assertThat(url).contains(wm.baseUrl() + "/gateway"));
            assertThatThrownBy(() -> harness.sto().exemptions().get(EXEMPTION_ID))
                    .isInstanceOf(TransportTimeoutException.class);
            assertThatThrownBy(() -> harness.har().firewallExceptions().list().iterator().hasNext())
                    .isInstanceOf(TransportTimeoutException.class);
            assertThatThrownBy(() -> harness.iacm().approvals().get(APPROVAL_ID))
                    .isInstanceOf(TransportTimeoutException.class);
        }
        for (String path : List.of(STO_PATH, HAR_PATH, IACM_PATH)) {
            assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/gateway" + path)))).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getHeader("x-api-key")).isEqualTo(API_KEY));
        }
    }

    @Test
    void holdsTheSettingsOnceForAllThree() {
        try (HarnessClient harness = client().build()) {
            assertThat(harness.accountId()).isEqualTo(ACCOUNT);
            assertThat(harness.orgId()).hasValue(ORG);
            assertThat(harness.projectId()).hasValue(PROJECT);
            assertThat(harness.sto().accountId()).isEqualTo(ACCOUNT);
            assertThat(harness.har().accountId()).isEqualTo(ACCOUNT);
            assertThat(harness.iacm().accountId()).isEqualTo(ACCOUNT);
            assertThat(harness.iacm().approvals().org()).isEqualTo(ORG);
            assertThat(harness.iacm().approvals().project()).isEqualTo(PROJECT);
            assertThat(harness.toString()).isEqualTo("HarnessClient{baseUrl=" + wm.baseUrl() + "/, accountId=" + ACCOUNT
                    + ", orgId=default, projectId=payments}");
        }
    }

    @Test
    void defaultsToHarnessSaas() {
        try (HarnessClient harness = HarnessClient.builder().apiKey(API_KEY).accountId(ACCOUNT).build()) {
            assertThat(harness.baseUrl()).isEqualTo("https://app.harness.io/");
            assertThat(harness.har().baseUrl()).isEqualTo("https://app.harness.io/");
            assertThat(harness.orgId()).isEmpty();
            assertThat(harness.toString()).isEqualTo("HarnessClient{baseUrl=https://app.harness.io/, accountId="
                    + ACCOUNT + "}");
            assertThatThrownBy(() -> harness.iacm().approvals()).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("no default project");
        }
    }

    @Test
    void requiresKeyAndAccountNamingTheFix() {
        assertThatThrownBy(() -> HarnessClient.builder().accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call .apiKey(...) on the builder");
        assertThatThrownBy(() -> HarnessClient.builder().apiKey(" ").accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call .apiKey(...) on the builder");
        assertThatThrownBy(() -> HarnessClient.builder().apiKey(API_KEY).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("accountId is required: call .accountId(...) on the builder");
        assertThatThrownBy(() -> HarnessClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId("").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("orgId must not be blank: call .orgId(...) with an identifier, or leave it unset");
        assertThatThrownBy(() -> HarnessClient.builder().apiKey(API_KEY).accountId(ACCOUNT).projectId(PROJECT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("default scope: projectId needs orgId");
        assertThatThrownBy(() -> client().baseUrl("http://harness.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowInsecureHttp()");
    }

    @Test
    void theKeyNeverShows() {
        wm.stubFor(get(urlPathEqualTo(STO_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Invalid API key\", \"status\": 401}")));
        wm.stubFor(get(urlPathEqualTo(IACM_PATH)).willReturn(okJson(fixture("iacm-approval-status.json"))));

        try (LogCapture logs = new LogCapture(); HarnessClient harness = client().build()) {
            assertThatThrownBy(() -> harness.sto().exemptions().get(EXEMPTION_ID))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
            harness.iacm().approvals().get(APPROVAL_ID);
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(API_KEY));
            assertThat(harness.toString()).doesNotContain(API_KEY);
        }
    }

    private static LoggedRequest only(String path) {
        List<LoggedRequest> found = wm.findAll(getRequestedFor(urlPathEqualTo(path)));
        assertThat(found).as("requests to %s", path).hasSize(1);
        return found.get(0);
    }
}
