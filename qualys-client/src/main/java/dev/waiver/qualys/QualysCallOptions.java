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

    private final String username;
    private final Secret password;

    private QualysCallOptions(Builder builder) {
        super(builder);
        this.username = builder.username;
        this.password = builder.password;
    }

    /**
     * Options from a consumer of their builder, as {@code withOptions(o -> ...)} takes them.
     *
     * @param options sets the options
     * @return the options
     * @throws IllegalArgumentException if a setting is refused
     */
    public static QualysCallOptions of(Consumer<Builder> options) {
        Builder builder = builder();
        Objects.requireNonNull(options, "options").accept(builder);
        return builder.build();
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
        return Optional.ofNullable(username);
    }

    /** @return the password that goes with {@link #username()}, if given */
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualysCallOptions other && commonEquals(other) && Objects.equals(username, other.username)
                && Objects.equals(password == null ? null : password.reveal(),
                other.password == null ? null : other.password.reveal());
    }

    @Override
    public int hashCode() {
        return Objects.hash(commonHashCode(), username);
    }

    /** @return the settings given; the password as {@code ****} */
    @Override
    public String toString() {
        String common = describeCommon();
        return "QualysCallOptions{" + common + (username == null ? ""
                : (common.isEmpty() ? "" : ", ") + "username=" + username + ", password=" + password) + '}';
    }

    /** Builds {@link QualysCallOptions}; every setter checks its value at once. */
    public static final class Builder extends CallOptions.Builder<QualysCallOptions, Builder> {

        private String username;
        private Secret password;

        private Builder() {
        }

        private Builder(QualysCallOptions from) {
            super(from);
            this.username = from.username;
            this.password = from.password;
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
            this.username = username;
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        @Override
        public QualysCallOptions build() {
            return new QualysCallOptions(this);
        }
    }
}
