package dev.waiver.acceptances;

import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The STO exemptions of the client's project ({@code GET /sto/api/v2/exemptions}, 100 per page).
 *
 * <p>State, from {@code status} ({@link ExemptionStatus}):
 * <table>
 * <caption>STO status to state</caption>
 * <tr><th>status</th><th>state</th></tr>
 * <tr><td>Approved</td><td>ACTIVE</td></tr>
 * <tr><td>Pending</td><td>PENDING</td></tr>
 * <tr><td>Rejected, Canceled</td><td>REJECTED</td></tr>
 * <tr><td>Expired</td><td>EXPIRED</td></tr>
 * <tr><td>any other (or none)</td><td>PENDING: never shown as in force until the SDK knows the word</td></tr>
 * </table>
 * An exemption marked {@code isDeleted} is REJECTED whatever its status. What it covers: the scope
 * path (scope, org, project, pipeline, target) and the issue; kind: the exemption type; requested
 * by: {@code requesterName}, else {@code requesterEmail}, else {@code requesterId}; approved by:
 * {@code approverName}, else {@code approverEmail}, else {@code approverId}; created:
 * {@code created}; expires: {@code expiration} (none = never).
 */
public final class StoAcceptanceSource implements AcceptanceSource {

    private final StoClient sto;

    /** @param sto a client scoped to the project to read */
    public StoAcceptanceSource(StoClient sto) {
        this.sto = Objects.requireNonNull(sto, "sto");
    }

    @Override
    public AcceptanceVendor vendor() {
        return AcceptanceVendor.STO;
    }

    @Override
    public Stream<RiskAcceptance> acceptances() {
        return sto.exemptions().list(r -> r.pageSize(100)).stream().map(StoAcceptanceSource::toAcceptance);
    }

    /**
     * @param e an exemption as the STO client returns it
     * @return it as a risk acceptance
     */
    public static RiskAcceptance toAcceptance(Exemption e) {
        String scope = String.join("/", Stream.of(e.scope().map(Object::toString), e.orgId(), e.projectId(),
                e.pipelineId(), e.targetId()).flatMap(Optional::stream).toList());
        return RiskAcceptance.builder()
                .vendor(AcceptanceVendor.STO)
                .id(e.id())
                .covers((scope.isEmpty() ? "" : scope + " ") + "issue " + e.issueId())
                .kind(e.type() == null ? null : e.type().toString())
                .state(e.isDeleted().orElse(false) ? AcceptanceState.REJECTED : state(e.status()))
                .vendorStatus(e.status() == null ? null : e.status().value())
                .requestedBy(first(e.requesterName().orElse(null), e.requesterEmail().orElse(null), e.requesterId()))
                .approvedBy(first(e.approverName().orElse(null), e.approverEmail().orElse(null),
                        e.approverId().orElse(null)))
                .created(e.created())
                .expires(e.expiration().orElse(null))
                .vendorRecord(e)
                .build();
    }

    private static AcceptanceState state(ExemptionStatus status) {
        if (ExemptionStatus.APPROVED.equals(status)) {
            return AcceptanceState.ACTIVE;
        }
        if (ExemptionStatus.REJECTED.equals(status) || ExemptionStatus.CANCELED.equals(status)) {
            return AcceptanceState.REJECTED;
        }
        return ExemptionStatus.EXPIRED.equals(status) ? AcceptanceState.EXPIRED : AcceptanceState.PENDING;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
