package dev.waiver.cli.render;

import dev.waiver.acceptances.AcceptanceState;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.acceptances.RiskAcceptance;
import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.ApiError;
import dev.waiver.core.ServerException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A register with one of everything the HTML page must show: all four flags, a pending acceptance
 * (not listed), a vendor with no acceptances, a failed vendor, and hostile text in every field a
 * vendor controls.
 */
final class RegisterFixture {

    /** The view's "now". */
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    /** When the snapshot was read (a little before "now"). */
    static final Instant READ_AT = Instant.parse("2026-11-30T09:59:30Z");
    static final int WINDOW_DAYS = 30;

    static final String HOSTILE_ID = "<script>alert('id')</script>";
    static final String HOSTILE_COVERS = "\"><img src=x onerror=alert(1)> & 'more'";
    static final String HOSTILE_KIND = "</td></tr><tr><td>injected";
    static final String HOSTILE_STATUS = "Approved <b>bold</b>";
    static final String HOSTILE_REQUESTER = "eve\" onmouseover=\"alert(2)";
    static final String HOSTILE_MESSAGE = "Service <i>unavailable</i> & \"down\"";

    private RegisterFixture() {
    }

    static RiskAcceptance acceptance(AcceptanceVendor vendor, String id, AcceptanceState state, Instant expires) {
        return RiskAcceptance.builder().vendor(vendor).id(id).covers("project " + id).kind("Compensating control")
                .state(state).vendorStatus(state.name().toLowerCase()).requestedBy("alice").approvedBy("bob")
                .expires(expires).vendorRecord(id).build();
    }

    /** STO: one expiring soon, one later, one never; HAR: hostile and expired but active; IaCM: empty; Qualys: failed. */
    static RegisterSnapshot snapshot() {
        RiskAcceptance hostile = RiskAcceptance.builder().vendor(AcceptanceVendor.HAR).id(HOSTILE_ID)
                .covers(HOSTILE_COVERS).kind(HOSTILE_KIND).state(AcceptanceState.ACTIVE).vendorStatus(HOSTILE_STATUS)
                .requestedBy(HOSTILE_REQUESTER).expires(Instant.parse("2026-11-20T00:00:00Z")).vendorRecord("har")
                .build();
        VendorOutcome sto = VendorOutcome.success(AcceptanceVendor.STO, List.of(
                acceptance(AcceptanceVendor.STO, "EX-2", AcceptanceState.ACTIVE, Instant.parse("2027-03-01T12:00:00Z")),
                acceptance(AcceptanceVendor.STO, "EX-1", AcceptanceState.ACTIVE, Instant.parse("2026-12-05T00:00:00Z")),
                acceptance(AcceptanceVendor.STO, "EX-3", AcceptanceState.ACTIVE, null),
                acceptance(AcceptanceVendor.STO, "EX-9", AcceptanceState.PENDING, Instant.parse("2026-12-24T00:00:00Z"))),
                Duration.ofMillis(120));
        VendorOutcome har = VendorOutcome.success(AcceptanceVendor.HAR, List.of(hostile,
                acceptance(AcceptanceVendor.HAR, "fw-7", AcceptanceState.ACTIVE, Instant.parse("2026-12-20T08:00:00Z"))),
                Duration.ofMillis(80));
        VendorOutcome iacm = VendorOutcome.success(AcceptanceVendor.IACM, List.of(), Duration.ofMillis(40));
        VendorOutcome qualys = VendorOutcome.failure(AcceptanceVendor.QUALYS, new ServerException(ApiError.builder(503)
                .vendorCode("1965").vendorMessage(HOSTILE_MESSAGE).requestId("req-<42>").build()), Duration.ofMillis(300));
        return new RegisterSnapshot(READ_AT, List.of(qualys, iacm, har, sto));
    }

    static RegisterView view() {
        return new RegisterView(snapshot(), NOW, WINDOW_DAYS);
    }
}
