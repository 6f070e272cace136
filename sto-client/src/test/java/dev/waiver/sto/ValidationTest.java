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
        createFails(r -> r.issueId(null), "CreateExemptionRequest.issueId is required: set .issueId(...)");
    }

    @Test
    void typeIsRequired() {
        createFails(r -> r.type(null), "CreateExemptionRequest.type is required: set .type(...)");
    }

    @Test
    void reasonIsRequired() {
        createFails(r -> r.reason(null), "CreateExemptionRequest.reason is required: set .reason(...)");
    }

    @Test
    void idForEveryOperationOnOneExemption() {
        assertThatThrownBy(() -> sto.exemptions().get(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Exemptions.get.exemptionId is required: pass the id, it is sent in the path");
        assertThatThrownBy(() -> sto.exemptions().update(null, r -> r.type(ExemptionType.OTHER).reason("x")))
                .hasMessageStartingWith("Exemptions.update.exemptionId is required");
        assertThatThrownBy(() -> sto.exemptions().approve(null)).hasMessageStartingWith("Exemptions.approve.exemptionId");
        assertThatThrownBy(() -> sto.exemptions().reject(""))
                .hasMessageStartingWith("Exemptions.reject.exemptionId is required");
        assertThatThrownBy(() -> sto.exemptions().promote(null)).hasMessageStartingWith("Exemptions.promote.exemptionId");
        assertThatThrownBy(() -> sto.exemptions().history(null)).hasMessageStartingWith("Exemptions.history.issueId");
        assertThatThrownBy(() -> sto.exemptions().getForIssue(null))
                .hasMessageStartingWith("Exemptions.getForIssue.issueId is required");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(""))
                .hasMessageStartingWith("Exemptions.exportHistory.issueId is required");
    }

    @Test
    void bulkNeedsItemsAndAtMostOneHundred() {
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1))).hasMessage("BulkCreateExemptionsRequest.items must hold 1 to 100 entries (Harness' limits), had 0: add"
                        + " them with .item(...)");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> {
            r.type(ExemptionType.OTHER).reason("r").durationDays(1);
            for (int i = 0; i < 101; i++) {
                r.issueIds("iss" + i);
            }
        })).hasMessage("BulkCreateExemptionsRequest.items must hold 1 to 100 entries (Harness' limits), had 101:"
                + " split the batch");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.reason("r").durationDays(1).issueIds(ISSUE)))
                .hasMessageContaining("type is required");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).durationDays(1)
                .issueIds(ISSUE))).hasMessageContaining("reason is required");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).item(i -> i.targetId(TARGET)))).hasMessage("BulkCreateExemptionsRequest.Item.issueId is required: set"
                + " .issueId(...)");
    }

    @Test
    void targetIdCannotBeCombinedWithPipelineId() {
        createFails(r -> r.targetId(TARGET).pipelineId("build_and_scan"),
                "CreateExemptionRequest.targetId cannot be combined with pipelineId");
    }

    @Test
    void pipelineIdNeedsProjectAndOrg() {
        assertThatThrownBy(() -> sto.exemptions().update(EXEMPTION_ID, r -> r.type(ExemptionType.OTHER).reason("r")
                .pipelineId("build_and_scan")
                .scope(HarnessScope.org(ORG)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UpdateExemptionRequest.pipelineId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().history(ISSUE, r -> r.pipelineId("build_and_scan")
                .scope(HarnessScope.org(ORG)))).hasMessageContaining("ExemptionHistoryRequest.pipelineId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(ISSUE, r -> r.pipelineId("build_and_scan")
                .scope(HarnessScope.org(ORG)))).hasMessageContaining("ExportExemptionHistoryRequest.pipelineId needs projectId and orgId");
    }

    @Test
    void scanIdNeedsTargetId() {
        createFails(r -> r.scanId(SCAN), "CreateExemptionRequest.scanId needs projectId, orgId and targetId");
    }

    @Test
    void scanIdCannotBeCombinedWithPipelineId() {
        createFails(r -> r.scanId(SCAN).pipelineId("build_and_scan"), "CreateExemptionRequest.scanId cannot be combined with pipelineId");
    }

    @Test
    void createAndBulkCreateNeedAProject() {
        createFails(r -> r.scope(HarnessScope.org(ORG)), "CreateExemptionRequest.projectId is required, with orgId");
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).issueIds(ISSUE).scope(HarnessScope.account())))
                .hasMessageContaining("BulkCreateExemptionsRequest.projectId is required, with orgId");
    }

    @Test
    void bulkItemsRefuseAPipelineWithATargetNamingTheItem() {
        assertThatThrownBy(() -> sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("r")
                .durationDays(1).issueIds(ISSUE).item(i -> i.issueId(ISSUE).targetId(TARGET).pipelineId("p"))))
                .hasMessageContaining("BulkCreateExemptionsRequest.items[1].targetId cannot be combined with items[1].pipelineId");
    }

    @Test
    void projectIdNeedsOrgId() {
        assertThatThrownBy(() -> sto.exemptions().get(EXEMPTION_ID, r -> r.scope(HarnessScope.account())
                .projectId(PROJECT))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GetExemptionRequest.projectId needs orgId: a project is identified within its organization;"
                        + " set orgId as well");
        assertThatThrownBy(() -> client().projectId(PROJECT).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("projectId needs orgId");
    }

    @Test
    void historyTargetNeedsAProject() {
        assertThatThrownBy(() -> sto.exemptions().history(ISSUE, r -> r.targetId(TARGET)
                .scope(HarnessScope.account()))).hasMessageContaining("ExemptionHistoryRequest.targetId needs projectId and orgId");
        assertThatThrownBy(() -> sto.exemptions().exportHistory(ISSUE, r -> r.targetId(TARGET)
                .scope(HarnessScope.account()))).hasMessageContaining("ExportExemptionHistoryRequest.targetId needs projectId and orgId");
    }

    @Test
    void scopeCoordinatesAreRequiredWhenNamed() {
        assertThatThrownBy(() -> HarnessScope.org(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HarnessScope.orgId is required: pass the identifier");
        assertThatThrownBy(() -> HarnessScope.project(ORG, null)).hasMessage("HarnessScope.projectId is required:"
                + " pass the identifier");
    }

    @Test
    void pageSizeMustBeBetweenOneAndOneHundred() {
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.pageSize(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ListExemptionsRequest.pageSize must be between 1 and 100, was 0");
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.pageSize(101)))
                .hasMessageContaining("pageSize must be between 1 and 100");
        assertThatThrownBy(() -> sto.exemptions().history(ISSUE, r -> r.pageSize(101)))
                .hasMessageContaining("pageSize must be between 1 and 100");
    }

    @Test
    void firstPageMustNotBeNegative() {
        assertThatThrownBy(() -> sto.exemptions().list(r -> r.firstPage(-1)))
                .hasMessage("ListExemptionsRequest.firstPage must be at least 0 (pages are numbered from 0), was -1");
    }
}
