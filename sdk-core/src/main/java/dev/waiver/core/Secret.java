package dev.waiver.core;

import java.util.Objects;

/**
 * A credential (API key, password, token) that never prints itself.
 *
 * <p>{@link #toString()} always answers {@code ****}, so a secret can sit in a builder, a
 * configuration object or a log statement without leaking. Only {@link #reveal()} gives the value,
 * and the SDK calls it solely when it writes the credential onto an outgoing request.
 */
public final class Secret {

    private static final String MASK = "****";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential.
     *
     * @param value the credential; must not be {@code null} or blank
     * @param what  what the credential is, for the error message (for example {@code "apiKey"})
     * @return the wrapped credential
     * @throws IllegalArgumentException if {@code value} is {@code null} or blank
     */
    public static Secret of(String value, String what) {
        Objects.requireNonNull(what, "what");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank: pass the credential to the client builder"
                    + " (for example read it from an environment variable)");
        }
        return new Secret(value);
    }

    /**
     * Returns the credential itself. Call only to put it on the wire.
     *
     * @return the unmasked value
     */
    public String reveal() {
        return value;
    }

    /**
     * Always {@code ****}: the value is never printed.
     *
     * @return {@code ****}
     */
    @Override
    public String toString() {
        return MASK;
    }
}
