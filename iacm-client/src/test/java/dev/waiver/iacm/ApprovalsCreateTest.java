package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.core.ServerException;
import dev.waiver.core.TransportException;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.CreatedApproval;
import org.junit.jupiter.api.Test;

class ApprovalsCreateTest extends WireMockTestBase {

    private static final String NEW_ID = "9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42";

    @Test
    void sendsTheExactBodyLeavingTheStatusToIacmAndReturnsTheNewId() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(okJson(fixture("approval-created.json"))));

        CreatedApproval created = approvals.create(r -> r.pipelineExecutionId("kS3tY8bWQe2b5cXx1P0yzA")
                .pipelineStageId("apply_prod").workspaceId("payments_prod").status(null));

        assertThat(created.id()).isEqualTo(NEW_ID);
        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION))
                .withHeader("x-api-key", equalTo(API_KEY))
                .withHeader("Harness-Account", equalTo(ACCOUNT))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Accept", equalTo("application/json, application/vnd.goa.error"))
                .withRequestBody(equalToJson("{\"pipeline_execution_id\":\"kS3tY8bWQe2b5cXx1P0yzA\","
                        + "\"pipeline_stage_id\":\"apply_prod\",\"workspace_id\":\"payments_prod\"}",
                        false, false)));
    }

    @Test
    void sendsTheChosenStatusFromARequestObject() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(okJson(fixture("approval-created.json"))));
        CreateApprovalRequest request = CreateApprovalRequest.builder().pipelineExecutionId("e1")
                .pipelineStageId("s1").workspaceId("w1").status(ApprovalStatus.APPROVED).build();

        assertThat(approvals.create(request).id()).isEqualTo(NEW_ID);

        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION)).withRequestBody(equalToJson(
                "{\"pipeline_execution_id\":\"e1\",\"pipeline_stage_id\":\"s1\",\"workspace_id\":\"w1\","
                        + "\"status\":\"approved\"}", false, false)));
    }

    @Test
    void aCreateIsNotRetriedAfterABadGateway() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", GOA_ERROR).withBody(fixture("error-502.json"))));

        assertThatThrownBy(() -> approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")))
                .isInstanceOf(ServerException.class);

        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION)));
    }

    @Test
    void aCreateIsNotRetriedAfterATemporaryServerFault() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", GOA_ERROR).withBody("{\"name\":\"internal_server_error\",\"id\":\"x1\","
                        + "\"message\":\"db unavailable\",\"temporary\":true,\"timeout\":false,\"fault\":true}")));

        assertThatThrownBy(() -> approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")))
                .isInstanceOf(ServerException.class);

        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION)));
    }

    @Test
    void aCreateIsRetriedWhenIacmSaysTheLockIsTemporary() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).inScenario("lock").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(423).withHeader("Content-Type", GOA_ERROR)
                        .withBody("{\"name\":\"locked\",\"id\":\"L1\",\"message\":\"workspace is locked\","
                                + "\"temporary\":true,\"timeout\":false,\"fault\":false}"))
                .willSetStateTo("unlocked"));
        wm.stubFor(post(urlEqualTo(COLLECTION)).inScenario("lock").whenScenarioStateIs("unlocked")
                .willReturn(okJson(fixture("approval-created.json"))));

        CreatedApproval created = approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w"));

        assertThat(created.id()).isEqualTo(NEW_ID);
        wm.verify(2, postRequestedFor(urlEqualTo(COLLECTION)));
    }

    @Test
    void anAnswerWithoutIdIsATransportFailure() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(okJson("{}")));

        assertThatThrownBy(() -> approvals.create(r -> r.pipelineExecutionId("e").pipelineStageId("s").workspaceId("w")))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("without the new approval's id")
                .satisfies(e -> assertThat(((TransportException) e).requestMayHaveReachedServer()).isTrue());
        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION)));
    }

    @Test
    void blankTextTheDescriptionDoesNotRefuseIsSentAsGiven() {
        wm.stubFor(post(urlEqualTo(COLLECTION)).willReturn(okJson(fixture("approval-created.json"))));

        approvals.create(r -> r.pipelineExecutionId(" ").pipelineStageId("").workspaceId("w"));

        wm.verify(1, postRequestedFor(urlEqualTo(COLLECTION)).withRequestBody(equalToJson(
                "{\"pipeline_execution_id\":\" \",\"pipeline_stage_id\":\"\",\"workspace_id\":\"w\"}", false, false)));
    }

    @Test
    void requestsAreValuesAndRebuildFromToBuilder() {
        CreateApprovalRequest request = CreateApprovalRequest.builder().pipelineExecutionId("e").pipelineStageId("s")
                .workspaceId("w").status(ApprovalStatus.REJECTED).build();
        assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request)
                .hasToString("CreateApprovalRequest{pipelineExecutionId=e, pipelineStageId=s, workspaceId=w,"
                        + " status=rejected}");
        assertThat(request.status()).contains(ApprovalStatus.REJECTED);
        assertThat(request.toBuilder().status(null).build().status()).isEmpty();
        assertThat(request.toBuilder().workspaceId("x").build()).isNotEqualTo(request);
    }
}
