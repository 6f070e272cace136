package dev.waiver.cli.render;

/** Why a register row needs attention, if it does. */
public enum RowFlag {
    /** Expires after the window: nothing to do yet. */
    NONE,
    /** Expires within the window ({@code --days}) from now. */
    EXPIRING_SOON,
    /** Its expiry has passed while the vendor still shows it active. */
    EXPIRED_BUT_ACTIVE,
    /** Has no expiry: accepted until someone revokes it. */
    NEVER_EXPIRES;

    /** @return whether {@code --fail-on-expiring} fails on it: {@link #EXPIRING_SOON} or {@link #EXPIRED_BUT_ACTIVE} */
    public boolean needsAttention() {
        return this == EXPIRING_SOON || this == EXPIRED_BUT_ACTIVE;
    }
}
