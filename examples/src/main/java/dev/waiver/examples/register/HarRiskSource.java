package dev.waiver.examples.register;

import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import java.util.List;
import java.util.stream.Stream;

/** Approved HAR firewall exceptions of the account. */
public final class HarRiskSource implements RiskSource {

    private final HarClient har;

    /** @param har the client */
    public HarRiskSource(HarClient har) {
        this.har = har;
    }

    @Override
    public String vendor() {
        return "HAR";
    }

    @Override
    public Stream<RiskEntry> activeEntries() {
        return har.firewallExceptions().list(r -> r.status(FirewallExceptionStatus.APPROVED).size(100)).stream()
                .filter(e -> FirewallExceptionStatus.APPROVED.equals(e.getStatus()))
                .map(HarRiskSource::toEntry);
    }

    private static RiskEntry toEntry(FirewallException e) {
        List<String> versions = e.getVersionList() == null ? List.of() : e.getVersionList();
        String scope = e.getRegistryName() + ": " + e.getPackageName() + "@" + (versions.isEmpty() ? "*" : String.join("|", versions));
        String requester = e.getCreatedBy() == null ? "" : e.getCreatedBy().getDisplayName();
        return new RiskEntry("HAR", e.getExceptionId(), scope, String.valueOf(e.getPackageType()),
                String.valueOf(e.getStatus()), requester, e.getExpirationAt());
    }
}
