package dev.waiver.examples.register;

import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import java.util.stream.Stream;

/** Approved STO exemptions of the client's project. */
public final class StoRiskSource implements RiskSource {

    private final StoClient sto;

    /** @param sto a client scoped to the project to read */
    public StoRiskSource(StoClient sto) {
        this.sto = sto;
    }

    @Override
    public String vendor() {
        return "STO";
    }

    @Override
    public Stream<RiskEntry> activeEntries() {
        return sto.exemptions().list(r -> r.pageSize(100)).stream()
                .filter(e -> ExemptionStatus.APPROVED.equals(e.getStatus()))
                .map(StoRiskSource::toEntry);
    }

    private static RiskEntry toEntry(Exemption e) {
        String scope = String.join("/", Stream.of(String.valueOf(e.getScope()), e.getOrgId(), e.getProjectId(),
                e.getPipelineId(), e.getTargetId()).filter(s -> s != null && !s.equals("null")).toList());
        String requester = e.getRequesterName() != null ? e.getRequesterName() : e.getRequesterId();
        return new RiskEntry("STO", e.getId(), scope + " issue " + e.getIssueId(), String.valueOf(e.getType()),
                String.valueOf(e.getStatus()), requester, e.getExpiration());
    }
}
