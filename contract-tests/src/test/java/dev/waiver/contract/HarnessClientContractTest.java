package dev.waiver.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.harness.HarnessClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One {@link HarnessClient} call to each of STO, HAR and IaCM over its one connection pool, each
 * request validated on the wire against its own Harness description: sharing the transport changes
 * nothing of what each API receives.
 */
class HarnessClientContractTest {

    private static final String EXEMPTION_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    private static final String APPROVAL_ID = "6f66d9a7-9f45-40f2-8af5-6516000d8b98";
    private static final String STO_ONE = "/sto/api/v2/exemptions/{id}";
    private static final String HAR_LIST = "/har/api/v3/scans/exceptions";
    private static final String IACM_ONE = "/iacm/api/orgs/{org}/projects/{project}/approvals/{id}";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @BeforeEach
    void needsTheDescriptions() {
        HarnessDescriptions.assumePresent();
    }

    @Test
    void oneCallToEachApiConformsToItsDescription() {
        wm.stubFor(get(urlPathEqualTo("/sto/api/v2/exemptions/" + EXEMPTION_ID))
                .willReturn(okJson(RequestContractSupport.fixture("sto-client", "fixtures/exemption.json"))));
        wm.stubFor(get(urlPathEqualTo(HAR_LIST))
                .willReturn(okJson(RequestContractSupport.fixture("har-client", "har/list-page-2.json"))));
        wm.stubFor(get(urlPathEqualTo("/iacm/api/orgs/default/projects/payments/approvals/" + APPROVAL_ID))
                .willReturn(okJson(RequestContractSupport.fixture("iacm-client", "iacm/approval-status.json"))));

        try (HarnessClient harness = HarnessClient.builder()
                .apiKey("pat.px7xd_BFRCi-pfWPYXVjvw.contract.test")
                .accountId("px7xd_BFRCi-pfWPYXVjvw")
                .orgId("default").projectId("payments")
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep())
                .build()) {
            harness.sto().exemptions().get(EXEMPTION_ID);
            harness.har().firewallExceptions().list().iterator().hasNext();
            harness.iacm().approvals().get(APPROVAL_ID);
        }

        List<String> violations = new ArrayList<>();
        violations.addAll(violations(HarnessApi.STO, STO_ONE, "/sto/api/v2/exemptions/" + EXEMPTION_ID));
        violations.addAll(violations(HarnessApi.HAR, HAR_LIST, HAR_LIST));
        violations.addAll(violations(HarnessApi.IACM, IACM_ONE,
                "/iacm/api/orgs/default/projects/payments/approvals/" + APPROVAL_ID));
        assertThat(violations).as("violations:%n  %s", String.join("\n  ", violations)).isEmpty();
    }

    private static List<String> violations(HarnessApi api, String template, String path) {
        List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo(path)));
        assertThat(sent).as("requests to %s", path).hasSize(1);
        return WireContract.requestViolations(api, "GET", template, sent.get(0));
    }
}
