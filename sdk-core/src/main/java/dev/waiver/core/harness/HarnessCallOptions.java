package dev.waiver.core.harness;

import dev.waiver.core.CallOptions;
import dev.waiver.core.Secret;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Per-call options for the Harness clients (STO, HAR, IaCM and {@code HarnessClient}): the common
 * {@link CallOptions} plus another account and API key for a multi-tenant caller. Given to
 * {@code withOptions(...)} on any Harness client.
 *
 * <pre>{@code
 * sto.withOptions(o -> o.accountId(tenant.accountId()).apiKey(tenant.apiKey()).timeout(Duration.ofSeconds(5)))
 *         .exemptions().list();
 * }</pre>
 *
 * <p>The account and key travel exactly as the client's own do (STO: {@code accountId} query
 * parameter; HAR: {@code account_identifier}; IaCM: {@code Harness-Account} header; the key always
 * as {@code x-api-key}), and only to the client's own origin: a redirect to another host is sent
 * without them. Immutable; {@link #toString()} never shows the key.
 */
public final class HarnessCallOptions extends CallOptions {

    private static final HarnessCallOptions NONE = builder().build();

    private final String accountId;
    private final Secret apiKey;

    private HarnessCallOptions(Builder builder) {
        super(builder);
        this.accountId = builder.accountId;
        this.apiKey = builder.apiKey;
    }

    /** @return options that change nothing */
    public static HarnessCallOptions none() {
        return NONE;
    }

    /**
     * Options from a consumer of their builder, as {@code withOptions(o -> ...)} takes them.
     *
     * @param options sets the options
     * @return the options
     * @throws IllegalArgumentException if a setting is refused
     */
    public static HarnessCallOptions of(Consumer<Builder> options) {
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

    /** @return the account the calls are made in, in place of the client's, if given */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** @return the API key the calls are made with, in place of the client's, if given */
    public Optional<Secret> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** @return whether the options change the account or the key */
    public boolean changesCredentials() {
        return accountId != null || apiKey != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarnessCallOptions other && commonEquals(other) && Objects.equals(accountId, other.accountId)
                && Objects.equals(apiKey == null ? null : apiKey.reveal(),
                other.apiKey == null ? null : other.apiKey.reveal());
    }

    @Override
    public int hashCode() {
        return Objects.hash(commonHashCode(), accountId);
    }

    /** @return the settings given; the key as {@code ****} */
    @Override
    public String toString() {
        String common = describeCommon();
        StringBuilder s = new StringBuilder("HarnessCallOptions{").append(common);
        String sep = common.isEmpty() ? "" : ", ";
        if (accountId != null) {
            s.append(sep).append("accountId=").append(accountId);
            sep = ", ";
        }
        if (apiKey != null) {
            s.append(sep).append("apiKey=").append(apiKey);
        }
        return s.append('}').toString();
    }

    /** Builds {@link HarnessCallOptions}; every setter checks its value at once. */
    public static final class Builder extends CallOptions.Builder<HarnessCallOptions, Builder> {

        private String accountId;
        private Secret apiKey;

        private Builder() {
        }

        private Builder(HarnessCallOptions from) {
            super(from);
            this.accountId = from.accountId;
            this.apiKey = from.apiKey;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param accountId the Harness account for the calls, in place of the client's; {@code null}
         *                  for the client's
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder accountId(String accountId) {
            if (accountId != null && accountId.isBlank()) {
                throw new IllegalArgumentException("HarnessCallOptions.accountId must not be blank");
            }
            this.accountId = accountId;
            return this;
        }

        /**
         * @param apiKey the API key for the calls (sent as {@code x-api-key}), in place of the
         *               client's; {@code null} for the client's
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey == null ? null : Secret.of(apiKey, "HarnessCallOptions.apiKey");
            return this;
        }

        /**
         * @param apiKey the API key, already wrapped; {@code null} for the client's
         * @return this builder
         */
        public Builder apiKey(Secret apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        @Override
        public HarnessCallOptions build() {
            return new HarnessCallOptions(this);
        }
    }
}
