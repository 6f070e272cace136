package dev.waiver.examples.register;

import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.stream.Stream;

/** Approved IaCM pipeline approvals of one project; they carry no expiry. */
public final class IacmRiskSource implements RiskSource {

    private final IacmClient iacm;
    private final String org;
    private final String project;

    /**
     * @param iacm    the client
     * @param org     the organisation
     * @param project the project
     */
    public IacmRiskSource(IacmClient iacm, String org, String project) {
        this.iacm = iacm;
        this.org = org;
        this.project = project;
    }

    @Override
    public String vendor() {
        return "IaCM";
    }

    @Override
    public Stream<RiskEntry> activeEntries() {
        return iacm.approvals(org, project).list(r -> r.statusType(ApprovalStatus.APPROVED).limit(100)).stream()
                .filter(a -> ApprovalStatus.APPROVED.equals(a.getStatus()))
                .map(this::toEntry);
    }

    private RiskEntry toEntry(Approval a) {
        return new RiskEntry("IaCM", a.getId(), org + "/" + project + " workspace " + a.getWorkspaceId(),
                "stage " + a.getPipelineStageId(),
                a.getActionedBy() == null ? String.valueOf(a.getStatus()) : a.getStatus() + " by " + a.getActionedBy(), "", null);
    }
}
