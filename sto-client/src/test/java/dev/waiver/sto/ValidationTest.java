package dev.waiver.sto;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.sto.model.ExemptionType;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every rule is checked before anything is sent, with a message that names the field and the rule. */
class ValidationTest extends StoTestSupport {

    private static final String ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    private static final String TARGET = "tgt4Rk8sPq1Wn6Yz0Lm3Jd";
    private static final String SCAN = "scn9Tb2Xc5Vn8Mq1Lk4Hg7";

    @AfterEach
    void nothingWasSent() {
        assertNothingSent();
    }

    private static Consumer<CreateExemptionRequest.Builder> valid() {
        return r -> r.issueId(ISSUE).type(ExemptionType.OTHER).reason("Because").durationDays(7);
    }

    private void createFails(Consumer<CreateExemptionRequest.Builder> change, String message) {
        assertThatThrownBy(() -> sto.exemptions().create(valid().andThen(change)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void issueIdIsRequired() {
        createFails(r -> r.issueId(null), "issueId is required");
    }

    @Test
    void typeIsRequired() {
        createFails(r -> r.type(null), "type is required");
    }

    @Test
    void reasonIsRequired() {
        createFails(r -> r.reason(null), "reason is required");
    }

    @Test
    void idForEveryOperationOnOneExemption() {
        assertThatThrownBy(() -> sto.exemptions().get((String) null)).hasMessageContaining("id is required");
        assertThatThrownBy(() -> sto.exemptions().update(r -> r.reason("x"))).hasMessageContaining("id is required");
        assertThatThrownBy(() -> sto.exemptions().approve(r -> { })).hasMessageContaining("id is required");
        assertThatThrownBy(() -> sto.exemptions().reject(r -> { })).hasMessageContaining("id is required");
        assertThatThrownBy(() -> sto.exemptions().history((String) null)).hasMessageContaining("issueId is required");
        assertThatThrownBy(() -> sto.exemptions().getForIssue((String) null)).hasMessageContaining("issueId is required");
        assertThatThrownBy(() -> sto.exemptions().exportHistory((String) null))
                .hasMessageContaining("issueId is required");
        assertThatThrownBy(() -> sto.exemptions().promote(r -> { })).hasMessageContaining("id is required");
    }

    @Test
    void bulkNeedsItemsAndAtMostOneHundred() {
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1))).hasMessageContaining("items is required");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> {
            r.type(ExemptionType.OTHER).reason("r").durationDays(1);
            for (int i = 0; i < 101; i++) {
                r.issueIds("iss" + i);
            }
        })).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.reason("r").durationDays(1).issueIds(ISSUE)))
                .hasMessageContaining("type is required");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).durationDays(1)
                .issueIds(ISSUE))).hasMessageContaining("reason is required");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).item(i -> i.targetId(TARGET)))).hasMessageContaining("issueId is required");
    }

    @Test
    void targetIdCannotBeCombinedWithPipelineId() {
        createFails(r -> r.targetId(TARGET).pipelineId("build_and_scan"),
                "targetId cannot be combined with pipelineId");
    }

    @Test
    void pipelineIdNeedsProjectAndOrg() {
        assertThatThrownBy(() -> sto.exemptions().update(r -> r.id(EXEMPTION_ID).type(ExemptionType.OTHER).reason("r")
                .pipelineId("build_and_scan")
                .scope(Scope.org(ORG)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipelineId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().history(r -> r.issueId(ISSUE).pipelineId("build_and_scan")
                .scope(Scope.org(ORG)))).hasMessageContaining("pipelineId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(r -> r.issueId(ISSUE).pipelineId("build_and_scan")
                .scope(Scope.org(ORG)))).hasMessageContaining("pipelineId needs projectId and orgId");
    }

    @Test
    void scanIdNeedsTargetId() {
        createFails(r -> r.scanId(SCAN), "scanId needs projectId, orgId and targetId");
    }

    @Test
    void scanIdCannotBeCombinedWithPipelineId() {
        createFails(r -> r.scanId(SCAN).pipelineId("build_and_scan"), "scanId cannot be combined with pipelineId");
    }

    @Test
    void createAndBulkCreateNeedAProject() {
        createFails(r -> r.scope(Scope.org(ORG)), "create needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).issueIds(ISSUE).scope(Scope.account())))
                .hasMessageContaining("bulkCreate needs projectId and orgId");
    }

    @Test
    void bulkItemsRefuseAPipelineWithATargetNamingTheItem() {
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).issueIds(ISSUE).item(i -> i.issueId(ISSUE).targetId(TARGET).pipelineId("p"))))
                .hasMessageContaining("items[1].targetId cannot be combined with items[1].pipelineId");
    }

    @Test
    void projectIdNeedsOrgId() {
        assertThatThrownBy(() -> sto.exemptions().get(r -> r.id(EXEMPTION_ID).scope(Scope.account())
                .projectId(PROJECT))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("projectId needs orgId");
        assertThatThrownBy(() -> client().projectId(PROJECT).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("projectId needs orgId");
    }

    @Test
    void historyTargetNeedsAProject() {
        assertThatThrownBy(() -> sto.exemptions().history(r -> r.issueId(ISSUE).targetId(TARGET)
                .scope(Scope.account()))).hasMessageContaining("targetId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(r -> r.issueId(ISSUE).targetId(TARGET)
                .scope(Scope.account()))).hasMessageContaining("targetId needs projectId and orgId");
    }

    @Test
    void blankRequiredIdsAreRefused() {
        createFails(r -> r.issueId("  "), "issueId must not be blank");
        createFails(r -> r.requesterId(""), "requesterId must not be blank");
        assertThatThrownBy(() -> sto.exemptions().get(" ")).hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> sto.exemptions().getForIssue(" ")).hasMessageContaining("issueId must not be blank");
        assertThatThrownBy(() -> sto.exemptions().exportHistory("")).hasMessageContaining("issueId must not be blank");
    }

    @Test
    void blankOptionalIdsAreRefused() {
        createFails(r -> r.targetId(" "), "targetId must not be blank");
        createFails(r -> r.pipelineId(""), "pipelineId must not be blank");
        createFails(r -> r.scanId(" "), "scanId must not be blank");
        assertThatThrownBy(() -> sto.exemptions().promote(r -> r.id(EXEMPTION_ID).approverId(" ")))
                .hasMessageContaining("approverId must not be blank");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(r -> r.issueId(ISSUE).targetId(" ")))
                .hasMessageContaining("targetId must not be blank");
        assertThatThrownBy(() -> sto.exemptions().get(r -> r.id(EXEMPTION_ID).executionId("")))
                .hasMessageContaining("executionId must not be blank");
    }

    @Test
    void blankScopeIdsAreRefused() {
        createFails(r -> r.orgId(" "), "orgId must not be blank");
        createFails(r -> r.projectId(""), "projectId must not be blank");
        assertThatThrownBy(() -> Scope.org(" ")).hasMessageContaining("orgId must not be blank");
        assertThatThrownBy(() -> client().orgId("").build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("orgId must not be blank");
    }

    @Test
    void pageSizeMustBeBetweenOneAndOneHundred() {
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.pageSize(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize must be between 1 and 100");
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.pageSize(101)))
                .hasMessageContaining("pageSize must be between 1 and 100");
        assertThatThrownBy(() -> sto.exemptions().history(r -> r.issueId(ISSUE).pageSize(101)))
                .hasMessageContaining("pageSize must be between 1 and 100");
    }

    @Test
    void firstPageMustNotBeNegative() {
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.firstPage(-1)))
                .hasMessageContaining("page must be 0 or more");
    }
}
