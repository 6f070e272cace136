package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.iacm.model.ApprovalStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalsUpdateTest extends WireMockTestBase {

    private static final String ITEM = COLLECTION + "/" + ID;

    @BeforeEach
    void answerWithNoBody() {
        wm.stubFor(put(urlEqualTo(ITEM)).willReturn(ok()));
    }

    @Test
    void sendsTheExactRequestAndAcceptsAnEmptyAnswer() {
        approvals.update(ID, r -> r.status(ApprovalStatus.REJECTED).actionedBy("Jane Doe")
                .actionedByEmail("jane.doe@example.com"));

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withHeader("Accept", equalTo("application/json, application/vnd.goa.error"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"status\":\"rejected\",\"actioned_by\":\"Jane Doe\","
                        + "\"actioned_by_email\":\"jane.doe@example.com\"}", false, false)));
    }

    @Test
    void leavesOutWhoActionedItWhenNotGiven() {
        approvals.update(ID, UpdateApprovalRequest.builder().status(ApprovalStatus.PENDING).build());

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"pending\"}", false, false)));
    }

    @Test
    void approveSendsApprovedAndWho() {
        approvals.approve(ID, "Jane Doe");

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withRequestBody(equalToJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\"}", false, false)));
    }

    @Test
    void rejectSendsRejectedAndWho() {
        approvals.reject(ID, "John Roe");

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"rejected\",\"actioned_by\":\"John Roe\"}", false, false)));
    }

    @Test
    void approveWithoutWhoLeavesItOut() {
        approvals.approve(ID, null);

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"approved\"}", false, false)));
    }

    @Test
    void anUnexpectedBodyInTheAnswerIsIgnored() {
        wm.stubFor(put(urlEqualTo(ITEM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));

        assertThatCode(() -> approvals.approve(ID, "Jane Doe")).doesNotThrowAnyException();
    }

    @Test
    void anUpdateIsRetriedAfterABadGatewaySinceSettingAStatusTwiceIsHarmless() {
        wm.stubFor(put(urlEqualTo(ITEM)).inScenario("gateway").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", GOA_ERROR)
                        .withBody(fixture("error-502.json")))
                .willSetStateTo("recovered"));
        wm.stubFor(put(urlEqualTo(ITEM)).inScenario("gateway").whenScenarioStateIs("recovered").willReturn(ok()));

        approvals.approve(ID, "Jane Doe");

        wm.verify(2, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\"}", false, false)));
    }
}
