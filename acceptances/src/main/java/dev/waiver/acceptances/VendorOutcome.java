package dev.waiver.acceptances;

import dev.waiver.core.WaiverException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one vendor gave: either its acceptances, or the typed failure that stopped the walk.
 * A failed vendor carries no acceptances, so it is never mistaken for an empty one.
 */
public final class VendorOutcome {

    private final AcceptanceVendor vendor;
    private final List<RiskAcceptance> acceptances;
    private final WaiverException failure;
    private final Duration elapsed;

    private VendorOutcome(AcceptanceVendor vendor, List<RiskAcceptance> acceptances, WaiverException failure,
                          Duration elapsed) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.acceptances = List.copyOf(acceptances);
        this.failure = failure;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * @param vendor      the vendor read
     * @param acceptances everything it returned
     * @param elapsed     how long the walk took
     * @return a successful outcome
     */
    public static VendorOutcome success(AcceptanceVendor vendor, List<RiskAcceptance> acceptances, Duration elapsed) {
        return new VendorOutcome(vendor, acceptances, null, elapsed);
    }

    /**
     * @param vendor  the vendor read
     * @param failure why the walk stopped
     * @param elapsed how long it ran before failing
     * @return a failed outcome
     */
    public static VendorOutcome failure(AcceptanceVendor vendor, WaiverException failure, Duration elapsed) {
        return new VendorOutcome(vendor, List.of(), Objects.requireNonNull(failure, "failure"), elapsed);
    }

    /** @return the vendor read */
    public AcceptanceVendor vendor() {
        return vendor;
    }

    /** @return its acceptances, in the vendor's order; empty if it failed */
    public List<RiskAcceptance> acceptances() {
        return acceptances;
    }

    /** @return why reading it failed, if it did */
    public Optional<WaiverException> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return whether reading it failed */
    public boolean failed() {
        return failure != null;
    }

    /** @return how long the walk took */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "VendorOutcome{vendor=" + vendor + (failed() ? ", failure=" + failure : ", acceptances=" + acceptances.size())
                + ", elapsed=" + elapsed + "}";
    }
}
