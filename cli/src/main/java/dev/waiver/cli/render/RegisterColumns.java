package dev.waiver.cli.render;

import dev.waiver.acceptances.RiskAcceptance;
import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.ApiException;
import dev.waiver.core.WaiverException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The register's columns and the text of each cell, shared by the text formats (table, CSV,
 * Markdown) so they all say the same thing. Instants are ISO-8601 UTC to the second; a missing
 * expiry reads {@code never}, any other missing value is empty.
 */
public final class RegisterColumns {

    /** Column names, in order. */
    public static final List<String> HEADER = List.of("expires", "flag", "vendor", "id", "covers", "kind",
            "vendorStatus", "requestedBy", "approvedBy", "created");

    private RegisterColumns() {
    }

    /**
     * @param row a register row
     * @return its cells in {@link #HEADER} order
     */
    public static List<String> cells(RegisterRow row) {
        RiskAcceptance a = row.acceptance();
        return List.of(a.expires().map(RegisterColumns::instant).orElse("never"), row.flag().label(),
                a.vendor().displayName(), a.id(), a.covers(), a.kind(), a.vendorStatus(), a.requestedBy().orElse(""),
                a.approvedBy().orElse(""), a.created().map(RegisterColumns::instant).orElse(""));
    }

    /**
     * @param instant a point in time
     * @return it as ISO-8601 UTC, to the second
     */
    public static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * @param view the register
     * @return one line saying what was read from each vendor, e.g.
     *         {@code STO 3, HAR 2, IaCM 2, Qualys FAILED (HTTP 200, vendor code 2001)}
     */
    public static String vendorSummary(RegisterView view) {
        if (view.snapshot().outcomes().isEmpty()) {
            return "no vendor read";
        }
        return view.snapshot().outcomes().stream().map(RegisterColumns::outcome).collect(Collectors.joining(", "));
    }

    private static String outcome(VendorOutcome o) {
        String name = o.vendor().displayName();
        if (!o.failed()) {
            return name + " " + o.acceptances().size();
        }
        return name + " FAILED (" + failureBrief(o.failure().orElseThrow()) + ")";
    }

    /**
     * @param failure why a vendor could not be read
     * @return HTTP status and vendor code for an answer, else the kind of failure; never secrets
     */
    public static String failureBrief(WaiverException failure) {
        if (failure instanceof ApiException api) {
            return "HTTP " + api.statusCode() + api.vendorCode().map(c -> ", vendor code " + c).orElse("");
        }
        return Optional.ofNullable(failure.getMessage()).map(m -> m.length() > 80 ? m.substring(0, 80) + "..." : m)
                .orElse(failure.getClass().getSimpleName());
    }

    /**
     * @param view the register
     * @return the closing line: how many active acceptances, how many need attention, the window
     */
    public static String totals(RegisterView view) {
        long attention = view.rows().stream().filter(r -> r.flag().needsAttention()).count();
        return view.rows().size() + " active risk acceptances, " + attention + " need attention (expiring within "
                + view.windowDays() + " days or expired while active)";
    }
}
