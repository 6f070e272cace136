package dev.waiver.qualys;

import dev.waiver.core.CallOptions;
import dev.waiver.core.Secret;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Per-call options for a {@link QualysClient}: the common {@link CallOptions} plus another Qualys
 * user for a caller that works for several subscriptions. Given to
 * {@link QualysClient#withOptions(QualysCallOptions)}.
 *
 * <pre>{@code
 * qualys.withOptions(o -> o.credentials(tenant.user(), tenant.password()).timeout(Duration.ofSeconds(30)))
 *         .complianceExceptions().list();
 * }</pre>
 *
 * <p>The user and password travel exactly as the client's own do (HTTP Basic), and only to the
 * client's own origin. Immutable; {@link #toString()} never shows the password.
 */
public final class QualysCallOptions extends CallOptions {

    private QualysCallOptions(Builder builder) {
        super(builder, "username", "password");
    }

    /**
     * Options from a consumer of their builder, as {@code withOptions(o -> ...)} takes them.
     *
     * @param options sets the options
     * @return the options
     * @throws IllegalArgumentException if a setting is refused
     */
    public static QualysCallOptions of(Consumer<Builder> options) {
        return build(builder(), options);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the user name the calls are made as, in place of the client's, if given */
    public Optional<String> username() {
        return principal();
    }

    /** @return the password that goes with {@link #username()}, if given */
    public Optional<Secret> password() {
        return secret();
    }

    /** Builds {@link QualysCallOptions}; every setter checks its value at once. */
    public static final class Builder extends CallOptions.Builder<QualysCallOptions, Builder> {

        private Builder() {
        }

        private Builder(QualysCallOptions from) {
            super(from);
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Calls as another Qualys user, in place of the client's.
         *
         * @param username the user name
         * @param password its password
         * @return this builder
         * @throws IllegalArgumentException if either is blank
         */
        public Builder credentials(String username, String password) {
            return credentials(username, Secret.of(password, "QualysCallOptions.password"));
        }

        /**
         * Calls as another Qualys user, in place of the client's.
         *
         * @param username the user name
         * @param password its password, already wrapped
         * @return this builder
         * @throws IllegalArgumentException if the user name is blank
         */
        public Builder credentials(String username, Secret password) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("QualysCallOptions.username must not be null or blank");
            }
            principal(username, "QualysCallOptions.username");
            return secret(Objects.requireNonNull(password, "password"));
        }

        @Override
        public QualysCallOptions build() {
            return new QualysCallOptions(this);
        }
    }
}
