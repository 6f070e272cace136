package dev.waiver.acceptances;

import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.Principal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The HAR firewall exceptions of the account ({@code GET /har/api/v3/scans/exceptions}, 100 per page).
 *
 * <p>State, from {@code status} ({@link FirewallExceptionStatus}):
 * <table>
 * <caption>HAR status to state</caption>
 * <tr><th>status</th><th>state</th></tr>
 * <tr><td>APPROVED</td><td>ACTIVE</td></tr>
 * <tr><td>PENDING</td><td>PENDING</td></tr>
 * <tr><td>REJECTED</td><td>REJECTED</td></tr>
 * <tr><td>EXPIRED</td><td>EXPIRED</td></tr>
 * <tr><td>any other (or none)</td><td>PENDING: never shown as in force until the SDK knows the word</td></tr>
 * </table>
 * What it covers: registry, package and versions ({@code *} when the list is empty: all versions);
 * kind: the package type; requested by: {@code createdBy}; approved by: {@code statusChangedBy}
 * when APPROVED; created: {@code createdAt}; expires: {@code expirationAt} (none = never).
 */
public final class HarAcceptanceSource implements AcceptanceSource {

    private final HarClient har;

    /** @param har the client */
    public HarAcceptanceSource(HarClient har) {
        this.har = Objects.requireNonNull(har, "har");
    }

    @Override
    public AcceptanceVendor vendor() {
        return AcceptanceVendor.HAR;
    }

    @Override
    public Stream<RiskAcceptance> acceptances() {
        return har.firewallExceptions().list(r -> r.size(100)).stream().map(HarAcceptanceSource::toAcceptance);
    }

    /**
     * @param e a firewall exception as the HAR client returns it
     * @return it as a risk acceptance
     */
    public static RiskAcceptance toAcceptance(FirewallException e) {
        List<String> versions = e.versionList() == null ? List.of() : e.versionList();
        boolean approved = FirewallExceptionStatus.APPROVED.equals(e.status());
        return RiskAcceptance.builder()
                .vendor(AcceptanceVendor.HAR)
                .id(e.exceptionId())
                .covers(e.registryName().orElse(null) + ": " + e.packageName() + "@"
                        + (versions.isEmpty() ? "*" : String.join("|", versions)))
                .kind(e.packageType() == null ? null : e.packageType().toString())
                .state(state(e.status()))
                .vendorStatus(e.status() == null ? null : e.status().value())
                .requestedBy(name(e.createdBy()))
                .approvedBy(approved ? e.statusChangedBy().map(HarAcceptanceSource::name).orElse(null) : null)
                .created(e.createdAt())
                .expires(e.expirationAt().orElse(null))
                .vendorRecord(e)
                .build();
    }

    private static AcceptanceState state(FirewallExceptionStatus status) {
        if (FirewallExceptionStatus.APPROVED.equals(status)) {
            return AcceptanceState.ACTIVE;
        }
        if (FirewallExceptionStatus.REJECTED.equals(status)) {
            return AcceptanceState.REJECTED;
        }
        return FirewallExceptionStatus.EXPIRED.equals(status) ? AcceptanceState.EXPIRED : AcceptanceState.PENDING;
    }

    private static String name(Principal p) {
        return StoAcceptanceSource.first(p.displayName().orElse(null), p.email().orElse(null), p.uid().orElse(null));
    }
}
