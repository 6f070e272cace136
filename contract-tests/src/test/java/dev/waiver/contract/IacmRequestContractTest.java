package dev.waiver.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import dev.waiver.core.testing.TestRetries;
import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every IaCM approvals operation of the SDK, once with every optional part set and once with only
 * what is required, validated on the wire against {@code harness-approvals-api-openapi.yml}.
 */
class IacmRequestContractTest extends RequestContractSupport {

    private static final String COLLECTION = "/iacm/api/orgs/{org}/projects/{project}/approvals";
    private static final String ONE = COLLECTION + "/{id}";
    private static final String ID = "6f66d9a7-9f45-40f2-8af5-6516000d8b98";

    @Override
    HarnessApi api() {
        return HarnessApi.IACM;
    }

    private static void withApprovals(Consumer<Approvals> call) {
        try (IacmClient client = IacmClient.builder()
                .apiKey("pat.px7xd_BFRCi-pfWPYXVjvw.contract.test")
                .accountId("px7xd_BFRCi-pfWPYXVjvw")
                .baseUrl(wm.baseUrl())
                .retryPolicy(TestRetries.noSleep())
                .build()) {
            call.accept(client.approvals("default", "payments"));
        }
    }

    private static String fixture(String name) {
        return fixture("iacm-client", "iacm/" + name);
    }

    @Test
    void listWithEveryOptionalPart() {
        answerAll(okJson(fixture("page-3-of-3.json"))
                .withHeader("x-page-size", "2").withHeader("x-total-items", "5").withHeader("x-total-pages", "3"));
        withApprovals(a -> a.list(r -> r
                .workspace("payments_prod")
                .pipelineExecutionId("exec_5")
                .pipelineStageId("apply_prod")
                .statusType(ApprovalStatus.PENDING)
                .limit(2)
                .page(3)).iterator().next());
        assertSentConform("GET", COLLECTION);
    }

    @Test
    void listWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("list-one-page.json"))
                .withHeader("x-page-size", "30").withHeader("x-total-items", "2").withHeader("x-total-pages", "1"));
        withApprovals(a -> a.list().iterator().next());
        assertSentConform("GET", COLLECTION);
    }

    @Test
    void createWithEveryOptionalPart() {
        answerAll(okJson(fixture("approval-created.json")));
        withApprovals(a -> a.create(r -> r
                .pipelineExecutionId("exec_5").pipelineStageId("apply_prod").workspaceId("payments_prod")
                .status(ApprovalStatus.PENDING)));
        assertSentConform("POST", COLLECTION);
    }

    @Test
    void createWithOnlyWhatIsRequired() {
        answerAll(okJson(fixture("approval-created.json")));
        withApprovals(a -> a.create(r -> r
                .pipelineExecutionId("exec_5").pipelineStageId("apply_prod").workspaceId("payments_prod")));
        assertSentConform("POST", COLLECTION);
    }

    @Test
    void get() {
        answerAll(okJson(fixture("approval-status.json")));
        withApprovals(a -> a.get(ID));
        assertSentConform("GET", ONE);
    }

    @Test
    void updateWithEveryOptionalPart() {
        answerAll(aResponse().withStatus(200));
        withApprovals(a -> a.update(ID, r -> r
                .status(ApprovalStatus.APPROVED).actionedBy("Sam Okafor").actionedByEmail("sam.okafor@example.com")));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateWithOnlyWhatIsRequired() {
        answerAll(aResponse().withStatus(200));
        withApprovals(a -> a.update(ID, r -> r.status(ApprovalStatus.REJECTED)));
        assertSentConform("PUT", ONE);
    }

    @Test
    void updateSendsAnAcceptTheDescriptionAnswers() {
        answerAll(aResponse().withStatus(200));
        withApprovals(a -> a.update(ID, r -> r.status(ApprovalStatus.APPROVED)));
        assertSentConform("PUT", ONE, List.of());
    }

    @Test
    void approveAndReject() {
        answerAll(aResponse().withStatus(200));
        withApprovals(a -> {
            a.approve(ID, r -> r.actionedBy("Sam Okafor").actionedByEmail("sam.okafor@example.com"));
            a.reject(ID, r -> r.actionedBy("Sam Okafor"));
            a.approve(ID);
            a.reject(ID);
        });
        assertSentConform("PUT", ONE);
    }
}
