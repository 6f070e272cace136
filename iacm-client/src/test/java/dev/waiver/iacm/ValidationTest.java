package dev.waiver.iacm;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.iacm.model.ApprovalStatus;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule is checked before anything is sent, with a message naming the field and the rule. */
class ValidationTest extends WireMockTestBase {

    private static final String LONG = "o".repeat(129);

    static Stream<Arguments> badScopes() {
        return Stream.of(
                Arguments.of(null, PROJECT, "IacmClient.approvals.org is required (1 to 128 characters)"),
                Arguments.of("", PROJECT, "IacmClient.approvals.org must be 1 to 128 characters long, was 0"),
                Arguments.of(LONG, PROJECT, "IacmClient.approvals.org must be 1 to 128 characters long, was 129"),
                Arguments.of(ORG, null, "IacmClient.approvals.project is required (1 to 128 characters)"),
                Arguments.of(ORG, "", "IacmClient.approvals.project must be 1 to 128 characters long, was 0"),
                Arguments.of(ORG, LONG, "IacmClient.approvals.project must be 1 to 128 characters long, was 129"));
    }

    @ParameterizedTest
    @MethodSource("badScopes")
    void orgAndProjectMustBe1To128Characters(String org, String project, String message) {
        assertThatThrownBy(() -> client.approvals(org, project))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        verifyNothingSent();
    }

    @Test
    void orgAndProjectOf128CharactersAreAccepted() {
        String max = "p".repeat(128);
        String path = "/iacm/api/orgs/" + max + "/projects/" + max + "/approvals/" + ID;
        wm.stubFor(get(urlEqualTo(path)).willReturn(okJson(fixture("approval-status.json"))));

        assertThat(client.approvals(max, max).get(ID).status()).isSameAs(ApprovalStatus.REJECTED);
        wm.verify(1, anyRequestedFor(urlEqualTo(path)));
    }

    static Stream<Arguments> operationsTakingAnId() {
        return Stream.of(
                Arguments.of("get", (IdOperation) (a, id) -> a.get(id)),
                Arguments.of("update", (IdOperation) (a, id) -> a.update(id, r -> r.status(ApprovalStatus.APPROVED))),
                Arguments.of("update", (IdOperation) (a, id) -> a.update(id,
                        UpdateApprovalRequest.builder().status(ApprovalStatus.APPROVED).build())),
                Arguments.of("update", (IdOperation) (a, id) -> a.approve(id, r -> r.actionedBy("Jane Doe"))),
                Arguments.of("update", (IdOperation) (a, id) -> a.approve(id)),
                Arguments.of("update", (IdOperation) (a, id) -> a.reject(id, r -> r.actionedBy("Jane Doe"))),
                Arguments.of("update", (IdOperation) (a, id) -> a.reject(id,
                        ReviewApprovalRequest.builder().actionedBy("Jane Doe").build())));
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("operationsTakingAnId")
    void theIdMustBeAUuid(String name, IdOperation operation) {
        for (String bad : new String[] {"abc", "6f66d9a7-9f45-40f2-8af5-6516000d8b9", "../../approvals",
                "6f66d9a7-9f45-40f2-8af5-6516000d8b98/x", "6f66d9a79f4540f28af56516000d8b98", " " + ID}) {
            assertThatThrownBy(() -> operation.apply(approvals, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Approvals." + name + ".id must be a UUID (8-4-4-4-12 hexadecimal digits, for example"
                            + " 6f66d9a7-9f45-40f2-8af5-6516000d8b98), was '");
        }
        assertThatThrownBy(() -> operation.apply(approvals, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Approvals." + name + ".id is required: set .id(...)");
        verifyNothingSent();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE})
    void limitMustBe1To1000(int limit) {
        assertThatThrownBy(() -> approvals.list(r -> r.limit(limit)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListApprovalsRequest.limit must be between 1 and 1000, was " + limit);
        verifyNothingSent();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void limitAtTheBoundsIsSent(int limit) {
        wm.stubFor(get(urlPathMatching("/iacm/.*")).willReturn(okJson("[]")));

        assertThat(approvals.list(r -> r.limit(limit))).isEmpty();
        wm.verify(1, anyRequestedFor(urlEqualTo(COLLECTION + "?page=1&limit=" + limit)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void pageMustBeAtLeast1(long page) {
        assertThatThrownBy(() -> approvals.list(r -> r.page(page)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ListApprovalsRequest.page must be at least 1 (pages are numbered from 1), was " + page);
        verifyNothingSent();
    }

    static Stream<Arguments> incompleteCreates() {
        return Stream.of(
                Arguments.of((Consumer<CreateApprovalRequest.Builder>) r -> r.pipelineStageId("s").workspaceId("w"),
                        "pipelineExecutionId"),
                Arguments.of((Consumer<CreateApprovalRequest.Builder>) r -> r.pipelineExecutionId("e").workspaceId("w"),
                        "pipelineStageId"),
                Arguments.of((Consumer<CreateApprovalRequest.Builder>) r -> r.pipelineExecutionId("e")
                        .pipelineStageId("s").workspaceId(null), "workspaceId"));
    }

    @ParameterizedTest
    @MethodSource("incompleteCreates")
    void createNeedsExecutionStageAndWorkspace(Consumer<CreateApprovalRequest.Builder> request, String field) {
        assertThatThrownBy(() -> approvals.create(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateApprovalRequest." + field + " is required: set ." + field + "(...)");
        verifyNothingSent();
    }

    @Test
    void updateNeedsAStatus() {
        assertThatThrownBy(() -> approvals.update(ID, r -> r.actionedBy("Jane Doe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UpdateApprovalRequest.status is required: set .status(...)");
        verifyNothingSent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void theAccountIsRequired(String account) {
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).accountId(account).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("accountId is required: call .accountId(...) on the builder");
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("accountId is required: call .accountId(...) on the builder");
    }

    @Test
    void theAccountMustBeAtMost128Characters() {
        assertThatThrownBy(() -> IacmClient.builder().apiKey(API_KEY).accountId(LONG).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IacmClient.Builder.accountId must be 1 to 128 characters long, was 129");
        try (IacmClient max = IacmClient.builder().apiKey(API_KEY).accountId("a".repeat(128)).build()) {
            assertThat(max.accountId()).hasSize(128);
        }
    }

    @Test
    void theApiKeyIsRequired() {
        assertThatThrownBy(() -> IacmClient.builder().accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call .apiKey(...) on the builder");
        assertThatThrownBy(() -> IacmClient.builder().apiKey("  ").accountId(ACCOUNT).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("apiKey is required: call .apiKey(...) on the builder");
    }

    /** An operation that takes an approval id. */
    @FunctionalInterface
    interface IdOperation {
        void apply(Approvals approvals, String id);
    }
}
