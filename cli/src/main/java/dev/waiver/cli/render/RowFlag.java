package dev.waiver.cli.render;

/** Why a register row needs attention, if it does. */
public enum RowFlag {
    /** Expires after the window: nothing to do yet. */
    NONE(""),
    /** Expires within the window ({@code --days}) from now. */
    EXPIRING_SOON("EXPIRING"),
    /** Its expiry has passed while the vendor still shows it active. */
    EXPIRED_BUT_ACTIVE("EXPIRED-STILL-ACTIVE"),
    /** Has no expiry: accepted until someone revokes it. */
    NEVER_EXPIRES("NEVER-EXPIRES");

    private final String label;

    RowFlag(String label) {
        this.label = label;
    }

    /** @return the text printed in the register: empty for {@link #NONE}, else upper-case words joined by dashes */
    public String label() {
        return label;
    }

    /** @return whether {@code --fail-on-expiring} fails on it: {@link #EXPIRING_SOON} or {@link #EXPIRED_BUT_ACTIVE} */
    public boolean needsAttention() {
        return this == EXPIRING_SOON || this == EXPIRED_BUT_ACTIVE;
    }
}
