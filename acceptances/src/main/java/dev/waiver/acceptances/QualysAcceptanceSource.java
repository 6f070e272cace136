package dev.waiver.acceptances;

import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionHistoryEntry;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Qualys policy-compliance exceptions of the account ({@code action=list} with
 * {@code details=All}, batch after batch).
 *
 * <p>State, from {@code STATUS} ({@link ExceptionStatus}) and {@code ACTIVE}:
 * <table>
 * <caption>Qualys status to state</caption>
 * <tr><th>STATUS</th><th>ACTIVE</th><th>state</th></tr>
 * <tr><td>Approved</td><td>1 or absent</td><td>ACTIVE (even past its EXPIRATION_DATE: the register flags it)</td></tr>
 * <tr><td>Approved</td><td>0</td><td>EXPIRED: Qualys no longer applies it</td></tr>
 * <tr><td>Pending</td><td>any</td><td>PENDING</td></tr>
 * <tr><td>Rejected</td><td>any</td><td>REJECTED</td></tr>
 * <tr><td>Expired</td><td>any</td><td>EXPIRED</td></tr>
 * <tr><td>any other (or none)</td><td>any</td><td>PENDING: never shown as in force until the SDK knows the word</td></tr>
 * </table>
 * Expires: {@code EXPIRATION_DATE} for Approved and Expired only — Qualys sends "N/A" or the
 * creation date while an exception is not approved (API User Guide v8.16, "Exceptions"), which is
 * no expiry. What it covers: the host's IP address, the control (CID) and the policy; kind: the
 * control's criticality label, else {@code control}; requested by: the user of the first
 * {@code HISTORY} entry; approved by: nothing (Qualys does not name the approver); created: the
 * first history entry's {@code INSERTION_DATE}. The vendor's raw status is {@code STATUS}, with
 * {@code (inactive)} appended when {@code ACTIVE} is 0.
 */
public final class QualysAcceptanceSource implements AcceptanceSource {

    private final QualysClient qualys;

    /** @param qualys the client */
    public QualysAcceptanceSource(QualysClient qualys) {
        this.qualys = Objects.requireNonNull(qualys, "qualys");
    }

    @Override
    public AcceptanceVendor vendor() {
        return AcceptanceVendor.QUALYS;
    }

    @Override
    public Stream<RiskAcceptance> acceptances() {
        return qualys.complianceExceptions().list(f -> f.details(ExceptionDetailLevel.ALL)).stream()
                .map(QualysAcceptanceSource::toAcceptance);
    }

    /**
     * @param e a compliance exception as the Qualys client returns it
     * @return it as a risk acceptance
     */
    public static RiskAcceptance toAcceptance(ComplianceException e) {
        ExceptionStatus status = e.status().orElse(null);
        boolean inactive = e.active().filter(Boolean.FALSE::equals).isPresent();
        AcceptanceState state = state(status, inactive);
        boolean hasExpiry = ExceptionStatus.APPROVED.equals(status) || ExceptionStatus.EXPIRED.equals(status);
        List<ExceptionHistoryEntry> history = e.history();
        ExceptionHistoryEntry firstEntry = history.isEmpty() ? null : history.get(0);
        String control = e.controlId().isPresent() ? "control " + e.controlId().getAsLong() : "control ?";
        String policy = e.policyName().or(() -> e.policyId().isPresent()
                ? java.util.Optional.of(String.valueOf(e.policyId().getAsLong())) : java.util.Optional.empty())
                .map(p -> " (policy " + p + ")").orElse("");
        return RiskAcceptance.builder()
                .vendor(AcceptanceVendor.QUALYS)
                .id(String.valueOf(e.exceptionNumber()))
                .covers("host " + e.ip().orElse("?") + ", " + control + policy)
                .kind(e.criticalityLabel().orElse("control"))
                .state(state)
                .vendorStatus(status == null ? null : status.value() + (inactive ? " (inactive)" : ""))
                .requestedBy(firstEntry == null ? null : firstEntry.user().orElse(null))
                .created(firstEntry == null ? null : firstEntry.insertedAt().orElse(null))
                .expires(hasExpiry ? e.expiresAt().orElse(null) : (Instant) null)
                .vendorRecord(e)
                .build();
    }

    private static AcceptanceState state(ExceptionStatus status, boolean inactive) {
        if (ExceptionStatus.APPROVED.equals(status)) {
            return inactive ? AcceptanceState.EXPIRED : AcceptanceState.ACTIVE;
        }
        if (ExceptionStatus.REJECTED.equals(status)) {
            return AcceptanceState.REJECTED;
        }
        return ExceptionStatus.EXPIRED.equals(status) ? AcceptanceState.EXPIRED : AcceptanceState.PENDING;
    }
}
