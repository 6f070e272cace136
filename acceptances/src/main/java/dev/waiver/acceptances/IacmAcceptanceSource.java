package dev.waiver.acceptances;

import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The IaCM pipeline approvals of one project ({@code GET /iacm/api/orgs/{org}/projects/{project}/approvals},
 * 1000 per page).
 *
 * <p>State, from the {@code status} string ({@link ApprovalStatus}):
 * <table>
 * <caption>IaCM status to state</caption>
 * <tr><th>status</th><th>state</th></tr>
 * <tr><td>approved</td><td>ACTIVE</td></tr>
 * <tr><td>pending</td><td>PENDING</td></tr>
 * <tr><td>rejected</td><td>REJECTED</td></tr>
 * <tr><td>any other (or none)</td><td>PENDING: never shown as in force until the SDK knows the word</td></tr>
 * </table>
 * IaCM approvals carry no expiry, so none is ever EXPIRED and {@code expires} is always empty. What
 * it covers: org/project, workspace and pipeline execution; kind: {@code stage} and the pipeline
 * stage; requested by: nothing (the API does not say who asked); approved by: {@code actioned_by}
 * (else {@code actioned_by_email}) when approved; created: {@code created}.
 */
public final class IacmAcceptanceSource implements AcceptanceSource {

    private final IacmClient iacm;
    private final String org;
    private final String project;

    /**
     * @param iacm    the client
     * @param org     the organisation
     * @param project the project
     */
    public IacmAcceptanceSource(IacmClient iacm, String org, String project) {
        this.iacm = Objects.requireNonNull(iacm, "iacm");
        this.org = Objects.requireNonNull(org, "org");
        this.project = Objects.requireNonNull(project, "project");
    }

    @Override
    public AcceptanceVendor vendor() {
        return AcceptanceVendor.IACM;
    }

    @Override
    public Stream<RiskAcceptance> acceptances() {
        return iacm.approvals(org, project).list(r -> r.limit(1000)).stream().map(IacmAcceptanceSource::toAcceptance);
    }

    /**
     * @param a an approval as the IaCM client returns it
     * @return it as a risk acceptance
     */
    public static RiskAcceptance toAcceptance(Approval a) {
        boolean approved = ApprovalStatus.APPROVED.equals(a.status());
        return RiskAcceptance.builder()
                .vendor(AcceptanceVendor.IACM)
                .id(a.id())
                .covers(a.org() + "/" + a.project() + " workspace " + a.workspaceId() + " execution "
                        + a.pipelineExecutionId())
                .kind("stage " + a.pipelineStageId())
                .state(state(a.status()))
                .vendorStatus(a.status() == null ? null : a.status().value())
                .approvedBy(approved ? StoAcceptanceSource.first(a.actionedBy().orElse(null), a.actionedByEmail().orElse(null)) : null)
                .created(a.created())
                .vendorRecord(a)
                .build();
    }

    private static AcceptanceState state(ApprovalStatus status) {
        if (ApprovalStatus.APPROVED.equals(status)) {
            return AcceptanceState.ACTIVE;
        }
        return ApprovalStatus.REJECTED.equals(status) ? AcceptanceState.REJECTED : AcceptanceState.PENDING;
    }
}
