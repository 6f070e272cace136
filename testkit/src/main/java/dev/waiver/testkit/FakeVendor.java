package dev.waiver.testkit;

/** The four vendor APIs the test kit fakes. */
public enum FakeVendor {
    /** Harness STO exemptions, under {@code /sto/api/v2/}. */
    STO,
    /** Harness Artifact Registry firewall exceptions, under {@code /har/api/v3/}. */
    HAR,
    /** Harness IaCM approvals, under {@code /iacm/api/}. */
    IACM,
    /** Qualys Policy Compliance exceptions, under {@code /api/2.0/fo/compliance/exception/} and {@code /api/3.0/...}. */
    QUALYS
}
