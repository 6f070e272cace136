package dev.waiver.acceptances;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything one read of the configured vendors gave: one outcome per vendor, and all acceptances of
 * the vendors that answered, sorted by expiry (soonest first, never-expiring last, then vendor, then id).
 */
public final class RegisterSnapshot {

    private static final Comparator<RiskAcceptance> BY_EXPIRY = Comparator
            .comparing((RiskAcceptance a) -> a.expires().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RiskAcceptance::vendor)
            .thenComparing(RiskAcceptance::id);

    private final Instant readAt;
    private final List<VendorOutcome> outcomes;
    private final List<RiskAcceptance> acceptances;

    /**
     * @param readAt   when the read started
     * @param outcomes one per vendor read; kept in {@link AcceptanceVendor} order
     */
    public RegisterSnapshot(Instant readAt, List<VendorOutcome> outcomes) {
        this.readAt = Objects.requireNonNull(readAt, "readAt");
        this.outcomes = outcomes.stream().sorted(Comparator.comparing(VendorOutcome::vendor)).toList();
        this.acceptances = this.outcomes.stream().flatMap(o -> o.acceptances().stream()).sorted(BY_EXPIRY).toList();
    }

    /** @return when the read started */
    public Instant readAt() {
        return readAt;
    }

    /** @return one outcome per vendor read, in {@link AcceptanceVendor} order */
    public List<VendorOutcome> outcomes() {
        return outcomes;
    }

    /** @return the acceptances of every vendor that answered, sorted by expiry, vendor, id */
    public List<RiskAcceptance> acceptances() {
        return acceptances;
    }

    /** @return the outcomes of the vendors that failed, in {@link AcceptanceVendor} order */
    public List<VendorOutcome> failures() {
        return outcomes.stream().filter(VendorOutcome::failed).toList();
    }
}
