package dev.waiver.sto;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import org.junit.jupiter.api.Test;

class ApproveAndRejectExemptionTest extends StoTestSupport {

    @Test
    void approveSendsCommentAndOverride() {
        String path = BASE + "/" + EXEMPTION_ID + "/approve";
        wm.stubFor(put(urlPathEqualTo(path)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().approve(EXEMPTION_ID, r -> r
                .comment("Reviewed with the security team")
                .durationDaysOverride(30)));

        wm.verify(1, authenticated(putRequestedFor(urlPathEqualTo(path)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withRequestBody(equalToJson("""
                        {
                          "comment": "Reviewed with the security team",
                          "pendingChangesOverride": { "durationDays": 30 }
                        }""")));
    }

    @Test
    void approveWithOnlyTheIdSendsAnEmptyObject() {
        String path = BASE + "/" + EXEMPTION_ID + "/approve";
        wm.stubFor(put(urlPathEqualTo(path)).willReturn(okFixture("exemption.json")));

        sto.exemptions().approve(EXEMPTION_ID);

        wm.verify(1, putRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("{}")));
    }

    @Test
    void rejectSendsToTheRejectAction() {
        String path = BASE + "/" + EXEMPTION_ID + "/reject";
        wm.stubFor(put(urlPathEqualTo(path)).willReturn(okFixture("exemption.json")));

        assertFullExemption(sto.exemptions().reject(EXEMPTION_ID, r -> r
                .comment("Fix is available in 2.4.1")
                .durationDaysOverride(-1)));

        wm.verify(1, authenticated(putRequestedFor(urlPathEqualTo(path)))
                .withQueryParam("orgId", equalTo(ORG))
                .withQueryParam("projectId", equalTo(PROJECT))
                .withRequestBody(equalToJson("""
                        {
                          "comment": "Fix is available in 2.4.1",
                          "pendingChangesOverride": { "durationDays": -1 }
                        }""")));
    }

    @Test
    void encodesTheIdBeforeTheAction() {
        String path = BASE + "/a%2Fapprove/reject";
        wm.stubFor(put(urlPathEqualTo(path)).willReturn(okFixture("exemption.json")));

        sto.exemptions().reject("a/approve");

        wm.verify(1, putRequestedFor(urlPathEqualTo(path)));
    }
}
