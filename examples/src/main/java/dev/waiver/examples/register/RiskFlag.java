package dev.waiver.examples.register;

/** Why a risk acceptance needs attention. */
public enum RiskFlag {
    /** Nothing to do yet. */
    NONE(""),
    /** Expires within the window given by {@code --days}. */
    EXPIRING("EXPIRING"),
    /** Its expiry date has passed but the service still lists it as active. */
    EXPIRED_STILL_ACTIVE("EXPIRED-STILL-ACTIVE");

    private final String label;

    RiskFlag(String label) {
        this.label = label;
    }

    /** @return the text printed in reports; empty for {@link #NONE} */
    public String label() {
        return label;
    }
}
