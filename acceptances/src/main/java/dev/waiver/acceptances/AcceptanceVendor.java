package dev.waiver.acceptances;

/** The services whose risk acceptances the register reads. */
public enum AcceptanceVendor {
    /** Harness Security Testing Orchestration: exemptions. */
    STO("STO", "sto"),
    /** Harness Artifact Registry: firewall exceptions. */
    HAR("HAR", "har"),
    /** Harness Infrastructure as Code Management: pipeline approvals. */
    IACM("IaCM", "iacm"),
    /** Qualys Policy Compliance: exceptions. */
    QUALYS("Qualys", "qualys");

    private final String displayName;
    private final String key;

    AcceptanceVendor(String displayName, String key) {
        this.displayName = displayName;
        this.key = key;
    }

    /** @return the name shown to people: {@code STO}, {@code HAR}, {@code IaCM} or {@code Qualys} */
    public String displayName() {
        return displayName;
    }

    /** @return the lower-case key used on command lines: {@code sto}, {@code har}, {@code iacm} or {@code qualys} */
    public String key() {
        return key;
    }
}
