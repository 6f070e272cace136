package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.waiver.core.AuthenticationException;
import dev.waiver.core.testing.LogCapture;
import org.junit.jupiter.api.Test;

class IacmClientTest extends WireMockTestBase {

    @Test
    void defaultsToHarnessSaas() {
        try (IacmClient saas = IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).build()) {
            assertThat(saas.toString()).isEqualTo("IacmClient{baseUrl=https://app.harness.io/, accountId=" + ACCOUNT + "}");
            assertThat(saas.accountId()).isEqualTo(ACCOUNT);
        }
    }

    @Test
    void refusesToSendTheKeyOverPlainHttpToAnotherHost() {
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT)
                .baseUrl("http://harness.internal.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to send credentials over plain http");
    }

    @Test
    void theFacadeKnowsItsScope() {
        assertThat(approvals.org()).isEqualTo(ORG);
        assertThat(approvals.project()).isEqualTo(PROJECT);
    }

    @Test
    void approvalsWithoutArgumentsUseTheDefaultProject() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "/" + ID)).willReturn(okJson(fixture("approval-status.json"))));

        try (IacmClient scoped = IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId(ORG).projectId(PROJECT)
                .baseUrl(wm.baseUrl()).build()) {
            Approvals defaults = scoped.approvals();
            assertThat(defaults.org()).isEqualTo(ORG);
            assertThat(defaults.project()).isEqualTo(PROJECT);
            defaults.get(ID);
        }

        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "/" + ID))
                .withHeader("x-api-key", equalTo(API_KEY)).withHeader("Harness-Account", equalTo(ACCOUNT)));
    }

    @Test
    void approvalsWithoutADefaultProjectNameTheFix() {
        try (IacmClient orgOnly = IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId(ORG).build()) {
            assertThatThrownBy(orgOnly::approvals).isInstanceOf(IllegalStateException.class)
                    .hasMessage("no default project: call .orgId(...) and .projectId(...) on the builder,"
                            + " or name them with approvals(org, project)");
        }
        assertThatThrownBy(client::approvals).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no default project");
    }

    @Test
    void theDefaultProjectFollowsTheScopeRule() {
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId("o".repeat(129)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IacmClient.Builder.orgId must be 1 to 128 characters long, was 129");
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).orgId(ORG).projectId(" ")
                .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("projectId must not be blank: call .projectId(...) with an identifier, or leave it unset");
    }

    @Test
    void sendsAUserAgentNamingTheModule() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "/" + ID)).willReturn(okJson(fixture("approval-status.json"))));

        approvals.get(ID);

        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "/" + ID))
                .withHeader("User-Agent", matching("waiver-java/\\S+ \\(iacm\\) java/\\S+")));
    }

    @Test
    void theKeyNeverAppearsInLogsOrExceptions() {
        wm.stubFor(get(urlEqualTo(COLLECTION + "/" + ID)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", GOA_ERROR).withBody(fixture("error-401.json"))));
        wm.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=30")).willReturn(okJson("[]")));

        try (LogCapture logs = new LogCapture()) {
            Throwable e = catchThrowable(() -> approvals.get(ID));
            approvals.list().forEach(a -> { });

            assertThat(e).isInstanceOf(AuthenticationException.class);
            assertThat(e.getMessage()).doesNotContain(API_KEY);
            assertThat(String.valueOf(((AuthenticationException) e).error().headers())).doesNotContain(API_KEY);
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(API_KEY));
        }
        assertThat(client.toString()).doesNotContain(API_KEY);
        wm.verify(1, getRequestedFor(urlEqualTo(COLLECTION + "?page=1&limit=30"))
                .withHeader("x-api-key", equalTo(API_KEY)));
    }
}
