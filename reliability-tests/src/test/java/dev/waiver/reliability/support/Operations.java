package dev.waiver.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.Page;
import dev.waiver.har.model.FirewallException;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalDecision;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import dev.waiver.iacm.model.CreatedApproval;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.sto.BulkCreateExemptionsRequest;
import dev.waiver.sto.model.BulkExemptionResult;
import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionHistoryEvent;
import dev.waiver.sto.model.ExemptionHistoryExport;
import dev.waiver.sto.model.ExemptionType;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The table of every operation of every client: each described once, used by the fault matrix, the
 * hostile-answer tests and the secrets scan.
 */
public final class Operations {

    public static final String STO_BASE = "/sto/api/v2/exemptions";
    public static final String STO_ID = "Xb3kQ9rTz1LmN0pS7vWc4d";
    public static final String STO_ISSUE = "iss7Hq2LmZ0pX4rT9vBn1c";
    public static final String HAR_BASE = "/har/api/v3/scans/exceptions";
    public static final String HAR_VERSIONS = "/har/api/v3/scans/versions";
    public static final String HAR_ID = "8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01";
    public static final String HAR_REGISTRY = "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b";
    public static final String IACM_BASE = "/iacm/api/orgs/" + Clients.ORG + "/projects/" + Clients.PROJECT + "/approvals";
    public static final String IACM_ID = "9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42";
    public static final String QUALYS_PATH = "/api/3.0/fo/compliance/exception/";

    private Operations() {
    }

    /** @return every operation of every client */
    public static List<Operation> all() {
        return List.of(
                // STO: JSON, epoch seconds, page numbers
                op("sto.create", Vendor.STO, false, "POST", STO_BASE, 200, Bodies.STO_CREATED,
                        c -> c.sto().exemptions().create(r -> r.issueId(STO_ISSUE).type(ExemptionType.FALSE_POSITIVE)
                                .reason("reliability").durationDays(7)),
                        o -> assertThat(((CreatedExemption) o).id()).isEqualTo(STO_ID)),
                op("sto.bulkCreate", Vendor.STO, false, "POST", STO_BASE + "/bulk", 200, Bodies.STO_BULK,
                        c -> c.sto().exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("batch")
                                .durationDays(3).item(BulkCreateExemptionsRequest.Item.of(STO_ISSUE))),
                        o -> assertThat(((BulkExemptionResult) o).succeeded()).isEqualTo(1L)),
                op("sto.get", Vendor.STO, true, "GET", STO_BASE + "/" + STO_ID, 200, Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().get(STO_ID), Operations::isStoExemption),
                op("sto.list", Vendor.STO, true, "GET", STO_BASE, 200, Bodies.STO_LIST,
                        c -> c.sto().exemptions().list().stream().map(Exemption::id).toList(),
                        o -> assertThat(o).isEqualTo(List.of(STO_ID))),
                op("sto.update", Vendor.STO, true, "PUT", STO_BASE + "/" + STO_ID, 200, Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().update(STO_ID, r -> r
                                .type(ExemptionType.OTHER).reason("reliability")),
                        Operations::isStoExemption),
                op("sto.approve", Vendor.STO, true, "PUT", STO_BASE + "/" + STO_ID + "/approve", 200,
                        Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().approve(STO_ID, r -> r.comment("reliability")),
                        Operations::isStoExemption),
                op("sto.reject", Vendor.STO, true, "PUT", STO_BASE + "/" + STO_ID + "/reject", 200,
                        Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().reject(STO_ID, r -> r.comment("reliability")),
                        Operations::isStoExemption),
                op("sto.promote", Vendor.STO, true, "PUT", STO_BASE + "/" + STO_ID + "/promote", 200,
                        Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().promote(STO_ID, r -> r.targetId("tgt4Rk8sPq1Wn6Yz0Lm3Jd")),
                        Operations::isStoExemption),
                op("sto.history", Vendor.STO, true, "GET", STO_BASE + "/issue/" + STO_ISSUE + "/history", 200,
                        Bodies.STO_HISTORY,
                        c -> c.sto().exemptions().history(STO_ISSUE).stream().map(ExemptionHistoryEvent::id).toList(),
                        o -> assertThat(o).isEqualTo(List.of("hst1Aa2Bb3Cc4Dd5Ee6Ff7"))),
                op("sto.getForIssue", Vendor.STO, true, "GET", STO_BASE + "/issue/" + STO_ISSUE, 200,
                        Bodies.STO_EXEMPTION,
                        c -> c.sto().exemptions().getForIssue(STO_ISSUE), Operations::isStoExemption),
                op("sto.exportHistory", Vendor.STO, true, "GET", STO_BASE + "/issue/" + STO_ISSUE + "/history/export",
                        200, Bodies.STO_HISTORY_EXPORT,
                        c -> c.sto().exemptions().exportHistory(STO_ISSUE),
                        o -> {
                            ExemptionHistoryExport export = (ExemptionHistoryExport) o;
                            assertThat(export.issueId()).isEqualTo(STO_ISSUE);
                            assertThat(export.totalRows()).isEqualTo(2L);
                            assertThat(export.data()).hasSize(2);
                        }),

                // HAR: JSON, epoch milliseconds, page numbers with hasMore
                op("har.create", Vendor.HAR, false, "POST", HAR_BASE, 200, Bodies.HAR_EXCEPTION,
                        c -> c.har().firewallExceptions().create(r -> r.registryId(HAR_REGISTRY).packageName("lodash")
                                .businessJustification("reliability").allVersions()),
                        Operations::isHarException),
                op("har.list", Vendor.HAR, true, "GET", HAR_BASE, 200, Bodies.HAR_LIST,
                        c -> c.har().firewallExceptions().list().stream().map(FirewallException::exceptionId).toList(),
                        o -> assertThat(o).isEqualTo(List.of(HAR_ID))),
                op("har.listByPage", Vendor.HAR, true, "GET", HAR_BASE, 200, Bodies.HAR_LIST,
                        c -> c.har().firewallExceptions().list(r -> r.size(20)).byPage().iterator().next(),
                        o -> assertThat(((Page<?>) o).items()).singleElement()
                                .satisfies(Operations::isHarException)),
                op("har.update", Vendor.HAR, true, "PUT", HAR_BASE + "/" + HAR_ID, 200, Bodies.HAR_EXCEPTION,
                        c -> c.har().firewallExceptions().update(HAR_ID, r -> r.businessJustification("reliability")),
                        Operations::isHarException),
                op("har.approve", Vendor.HAR, true, "PUT", HAR_BASE + "/" + HAR_ID + "/status", 200,
                        Bodies.HAR_EXCEPTION, c -> c.har().firewallExceptions().approve(HAR_ID),
                        Operations::isHarException),
                op("har.reject", Vendor.HAR, true, "PUT", HAR_BASE + "/" + HAR_ID + "/status", 200,
                        Bodies.HAR_EXCEPTION, c -> c.har().firewallExceptions().reject(HAR_ID, r -> r.notes("not needed")),
                        Operations::isHarException),
                op("har.delete", Vendor.HAR, true, "DELETE", HAR_BASE + "/" + HAR_ID, 204, base -> null,
                        c -> {
                            c.har().firewallExceptions().delete(HAR_ID);
                            return "deleted";
                        }, o -> assertThat(o).isEqualTo("deleted")),
                op("har.listVersions", Vendor.HAR, true, "GET", HAR_VERSIONS, 200, Bodies.HAR_VERSIONS,
                        c -> c.har().firewallExceptions().listVersions(r -> r.registryId(HAR_REGISTRY)
                                .packageName("lodash")).stream().toList(),
                        o -> assertThat(o).isEqualTo(List.of("4.17.21", "4.17.20"))),

                // IaCM: JSON, epoch milliseconds, paging totals in headers, updates answer 204
                op("iacm.list", Vendor.IACM, true, "GET", IACM_BASE, 200, Bodies.IACM_LIST,
                        c -> c.approvals().list().stream().map(Approval::id).toList(),
                        o -> assertThat(o).isEqualTo(List.of(IACM_ID))),
                op("iacm.create", Vendor.IACM, false, "POST", IACM_BASE, 201, Bodies.IACM_CREATED,
                        c -> c.approvals().create(r -> r.pipelineExecutionId("exec1").pipelineStageId("apply_prod")
                                .workspaceId("payments_prod")),
                        o -> assertThat(((CreatedApproval) o).id()).isEqualTo(IACM_ID)),
                op("iacm.get", Vendor.IACM, true, "GET", IACM_BASE + "/" + IACM_ID, 200, Bodies.IACM_STATUS,
                        c -> c.approvals().get(IACM_ID),
                        o -> assertThat(((ApprovalStatusInfo) o).status()).isEqualTo(ApprovalStatus.APPROVED)),
                op204("iacm.update", ApprovalStatus.PENDING,
                        c -> c.approvals().update(IACM_ID, r -> r.status(ApprovalStatus.PENDING))),
                op204("iacm.approve", ApprovalStatus.APPROVED,
                        c -> c.approvals().approve(IACM_ID, r -> r.actionedBy("Jane Doe"))),
                op204("iacm.reject", ApprovalStatus.REJECTED,
                        c -> c.approvals().reject(IACM_ID, r -> r.actionedBy("Jane Doe"))),

                // Qualys: form posts to one path, XML answers, truncation with a next-batch URL
                op("qualys.request", Vendor.QUALYS, false, "POST", QUALYS_PATH, "request", 200,
                        Bodies::qualysCreated,
                        c -> c.qualys().complianceExceptions().create(r -> r.controlId(1).hostId(2).policyId(3)
                                .technologyId(4).assigneeId(5).comments("reliability")),
                        o -> assertThat(((CreatedExceptions) o).exceptionNumbers()).isEqualTo(ExceptionNumbers.of(59))),
                op("qualys.list", Vendor.QUALYS, true, "POST", QUALYS_PATH, "list", 200, Bodies::qualysList,
                        c -> c.qualys().complianceExceptions().list().stream()
                                .map(ComplianceException::exceptionNumber).toList(),
                        o -> assertThat(o).isEqualTo(List.of(293L))),
                op("qualys.update", Vendor.QUALYS, false, "POST", QUALYS_PATH, "update", 200, Bodies::qualysUpdated,
                        c -> c.qualys().complianceExceptions().update(ExceptionNumbers.of(12), u -> u
                                .comments("reliability")),
                        o -> assertThat(((BatchResult) o).text()).isEqualTo("Successfully Updated")),
                op("qualys.delete", Vendor.QUALYS, false, "POST", QUALYS_PATH, "delete", 200, Bodies::qualysDeleted,
                        c -> c.qualys().complianceExceptions().delete(ExceptionNumbers.of(40)),
                        o -> assertThat(((BatchResult) o).batches()).hasSize(1)));
    }

    /**
     * @param name an operation's name
     * @return that operation
     */
    public static Operation named(String name) {
        return all().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + name));
    }

    private static Operation op(String name, Vendor vendor, boolean idempotent, String method, String path, int status,
                                String body, Function<Clients, Object> call, Consumer<Object> check) {
        return new Operation(name, vendor, idempotent, false, method, path, null, status, base -> body, call, check);
    }

    private static Operation op(String name, Vendor vendor, boolean idempotent, String method, String path, int status,
                                UnaryOperator<String> body, Function<Clients, Object> call, Consumer<Object> check) {
        return new Operation(name, vendor, idempotent, body.apply("") == null, method, path, null, status, body, call,
                check);
    }

    private static Operation op(String name, Vendor vendor, boolean idempotent, String method, String path,
                                String action, int status, UnaryOperator<String> body, Function<Clients, Object> call,
                                Consumer<Object> check) {
        return new Operation(name, vendor, idempotent, false, method, path, action, status, body, call, check);
    }

    private static Operation op204(String name, ApprovalStatus status, Function<Clients, ApprovalDecision> call) {
        return new Operation(name, Vendor.IACM, true, true, "PUT", IACM_BASE + "/" + IACM_ID, null, 204, base -> null,
                call::apply, o -> assertThat(o).isEqualTo(ApprovalDecision.of(IACM_ID, status)));
    }

    private static void isStoExemption(Object o) {
        Exemption e = (Exemption) o;
        assertThat(e.id()).isEqualTo(STO_ID);
        assertThat(e.issueId()).isEqualTo(STO_ISSUE);
    }

    private static void isHarException(Object o) {
        FirewallException e = (FirewallException) o;
        assertThat(e.exceptionId()).isEqualTo(HAR_ID);
        assertThat(e.packageName()).isEqualTo("lodash");
    }
}
