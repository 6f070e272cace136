package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.iacm.model.ApprovalDecision;
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
        ApprovalDecision decision = approvals.update(ID, r -> r.status(ApprovalStatus.REJECTED).actionedBy("Jane Doe")
                .actionedByEmail("jane.doe@example.com"));

        assertThat(decision.id()).isEqualTo(ID);
        assertThat(decision.status()).isSameAs(ApprovalStatus.REJECTED);
        assertThat(decision).isEqualTo(ApprovalDecision.of(ID, ApprovalStatus.REJECTED))
                .hasSameHashCodeAs(ApprovalDecision.of(ID, ApprovalStatus.REJECTED))
                .hasToString("ApprovalDecision{id=" + ID + ", status=rejected}");
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
        ApprovalDecision decision = approvals.update(ID, UpdateApprovalRequest.builder().status(ApprovalStatus.PENDING).build());

        assertThat(decision).isEqualTo(ApprovalDecision.of(ID, ApprovalStatus.PENDING));
        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"pending\"}", false, false)));
    }

    @Test
    void approveSendsApprovedAndWho() {
        ApprovalDecision decision = approvals.approve(ID, r -> r.actionedBy("Jane Doe"));

        assertThat(decision).isEqualTo(ApprovalDecision.of(ID, ApprovalStatus.APPROVED));
        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withRequestBody(equalToJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\"}", false, false)));
    }

    @Test
    void rejectSendsRejectedAndWho() {
        ApprovalDecision decision = approvals.reject(ID, ReviewApprovalRequest.builder().actionedBy("John Roe")
                .actionedByEmail("john.roe@example.com").build());

        assertThat(decision).isEqualTo(ApprovalDecision.of(ID, ApprovalStatus.REJECTED));
        wm.verify(1, putRequestedFor(urlEqualTo(ITEM)).withRequestBody(equalToJson(
                "{\"status\":\"rejected\",\"actioned_by\":\"John Roe\",\"actioned_by_email\":\"john.roe@example.com\"}",
                false, false)));
    }

    @Test
    void approveWithoutWhoLeavesItOut() {
        approvals.approve(ID);

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"approved\"}", false, false)));
    }

    @Test
    void rejectWithoutWhoLeavesItOut() {
        assertThat(approvals.reject(ID)).isEqualTo(ApprovalDecision.of(ID, ApprovalStatus.REJECTED));

        wm.verify(1, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"rejected\"}", false, false)));
    }

    @Test
    void requestsAreValuesAndRebuildFromToBuilder() {
        ReviewApprovalRequest review = ReviewApprovalRequest.builder().actionedBy("a").actionedByEmail("e").build();
        assertThat(review.toBuilder().build()).isEqualTo(review).hasSameHashCodeAs(review)
                .hasToString("ReviewApprovalRequest{actionedBy=a, actionedByEmail=e}");
        assertThat(review.actionedBy()).contains("a");
        assertThat(review.actionedByEmail()).contains("e");
        assertThat(review.toBuilder().actionedBy(null).build().actionedBy()).isEmpty();

        UpdateApprovalRequest update = UpdateApprovalRequest.builder().status(ApprovalStatus.PENDING).actionedBy("a").build();
        assertThat(update.toBuilder().build()).isEqualTo(update).hasSameHashCodeAs(update)
                .hasToString("UpdateApprovalRequest{status=pending, actionedBy=a, actionedByEmail=null}");
        assertThat(update.actionedByEmail()).isEmpty();
        assertThat(update.toBuilder().status(ApprovalStatus.APPROVED).build()).isNotEqualTo(update);
    }

    @Test
    void anUnexpectedBodyInTheAnswerIsIgnored() {
        wm.stubFor(put(urlEqualTo(ITEM)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));

        assertThatCode(() -> approvals.approve(ID, r -> r.actionedBy("Jane Doe"))).doesNotThrowAnyException();
    }

    @Test
    void anUpdateIsRetriedAfterABadGatewaySinceSettingAStatusTwiceIsHarmless() {
        wm.stubFor(put(urlEqualTo(ITEM)).inScenario("gateway").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502).withHeader("Content-Type", GOA_ERROR)
                        .withBody(fixture("error-502.json")))
                .willSetStateTo("recovered"));
        wm.stubFor(put(urlEqualTo(ITEM)).inScenario("gateway").whenScenarioStateIs("recovered").willReturn(ok()));

        approvals.approve(ID, r -> r.actionedBy("Jane Doe"));

        wm.verify(2, putRequestedFor(urlEqualTo(ITEM))
                .withRequestBody(equalToJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\"}", false, false)));
    }
}
