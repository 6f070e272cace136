package dev.waiver.iacm.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import java.io.PrintStream;

/**
 * Lists the pending IaCM approvals of a project, creates one for a pipeline stage, and approves it,
 * against an embedded WireMock server that answers as Harness IaCM does.
 *
 * <p>Against Harness itself, build the client without {@code baseUrl} (it defaults to
 * {@code https://app.harness.io}) and with your own API key and account:
 * {@code IacmClient.builder().apiKey(System.getenv("HARNESS_API_KEY")).accountId(...).build()}.
 */
public final class ListCreateApproveExample {

    static final String ACCOUNT = "px7xd_BFRCi-pfWPYXVjvw";
    static final String API_KEY = "pat.example.not-a-real-key";
    private static final String COLLECTION = "/iacm/api/orgs/default/projects/payments/approvals";
    private static final String NEW_ID = "9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42";

    private ListCreateApproveExample() {
    }

    /**
     * Runs the example against an embedded server.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        runEmbedded(System.out);
    }

    /**
     * Starts the embedded server, runs the example against it, and stops the server.
     *
     * @param out where to print
     * @return the status the new approval ends in
     */
    static ApprovalStatus runEmbedded(PrintStream out) {
        WireMockServer server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            stubHarness(server);
            try (IacmClient iacm = IacmClient.builder().apiKey(API_KEY).accountId(ACCOUNT).baseUrl(server.baseUrl()).build()) {
                return run(iacm, out);
            }
        } finally {
            server.stop();
        }
    }

    /**
     * The example itself: list, create, approve, read back.
     *
     * @param iacm the client
     * @param out  where to print
     * @return the status the new approval ends in
     */
    static ApprovalStatus run(IacmClient iacm, PrintStream out) {
        Approvals approvals = iacm.approvals("default", "payments");

        out.println("Pending approvals in default/payments:");
        for (Approval a : approvals.list(r -> r.statusType(ApprovalStatus.PENDING).limit(50))) {
            out.printf("  %s  stage %s of execution %s (workspace %s, since %s)%n", a.getId(), a.getPipelineStageId(),
                    a.getPipelineExecutionId(), a.getWorkspaceId(), a.getCreated());
        }

        String id = approvals.create(r -> r.pipelineExecutionId("kS3tY8bWQe2b5cXx1P0yzA")
                .pipelineStageId("apply_prod").workspaceId("payments_prod"));
        out.println("Created approval " + id);

        approvals.approve(id, "Jane Doe");
        ApprovalStatusInfo info = approvals.get(id);
        out.printf("Approval %s is now %s (by %s at %s)%n", id, info.getStatus(), info.getActionedBy(), info.getUpdated());
        return info.getStatus();
    }

    /** Answers as Harness IaCM does: a bare array with paging headers, a create id, an empty update answer. */
    static void stubHarness(WireMockServer server) {
        server.stubFor(get(urlEqualTo(COLLECTION + "?page=1&limit=50&status_type=pending"))
                .withHeader("x-api-key", equalTo(API_KEY)).withHeader("Harness-Account", equalTo(ACCOUNT))
                .willReturn(okJson("[{\"account\":\"" + ACCOUNT + "\",\"org\":\"default\",\"project\":\"payments\","
                        + "\"id\":\"337f16ff-cec4-45f5-92fc-4710f4b942c0\",\"pipeline_execution_id\":\"Qm9v2nTgRZy1dE7uLw3H8g\","
                        + "\"pipeline_stage_id\":\"apply_staging\",\"workspace_id\":\"payments_staging\",\"status\":\"pending\","
                        + "\"created\":1718122000789,\"updated\":1718122000789}]")
                        .withHeader("x-page-size", "50").withHeader("x-total-items", "1").withHeader("x-total-pages", "1")));
        server.stubFor(post(urlEqualTo(COLLECTION))
                .withHeader("x-api-key", equalTo(API_KEY)).withHeader("Harness-Account", equalTo(ACCOUNT))
                .withRequestBody(equalToJson("{\"pipeline_execution_id\":\"kS3tY8bWQe2b5cXx1P0yzA\","
                        + "\"pipeline_stage_id\":\"apply_prod\",\"workspace_id\":\"payments_prod\",\"status\":\"pending\"}"))
                .willReturn(okJson("{\"id\":\"" + NEW_ID + "\"}")));
        server.stubFor(put(urlEqualTo(COLLECTION + "/" + NEW_ID)).inScenario("approval")
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(equalToJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\"}"))
                .willReturn(ok()).willSetStateTo("approved"));
        server.stubFor(get(urlEqualTo(COLLECTION + "/" + NEW_ID)).inScenario("approval")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status\":\"pending\",\"created\":1718200000000,\"updated\":1718200000000}")));
        server.stubFor(get(urlEqualTo(COLLECTION + "/" + NEW_ID)).inScenario("approval")
                .whenScenarioStateIs("approved")
                .willReturn(okJson("{\"status\":\"approved\",\"actioned_by\":\"Jane Doe\","
                        + "\"actioned_by_email\":\"jane.doe@example.com\",\"created\":1718200000000,\"updated\":1718200060000}")));
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/vnd.goa.error")
                        .withBody("{\"name\":\"not_found\",\"id\":\"ex404\",\"message\":\"no such route in the example\","
                                + "\"temporary\":false,\"timeout\":false,\"fault\":false}")));
    }
}
