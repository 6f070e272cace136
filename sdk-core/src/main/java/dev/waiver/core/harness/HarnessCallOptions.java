package dev.waiver.core.harness;

import dev.waiver.core.CallOptions;
import dev.waiver.core.Secret;
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

    private HarnessCallOptions(Builder builder) {
        super(builder, "accountId", "apiKey");
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

    /** @return the account the calls are made in, in place of the client's, if given */
    public Optional<String> accountId() {
        return principal();
    }

    /** @return the API key the calls are made with, in place of the client's, if given */
    public Optional<Secret> apiKey() {
        return secret();
    }

    /** Builds {@link HarnessCallOptions}; every setter checks its value at once. */
    public static final class Builder extends CallOptions.Builder<HarnessCallOptions, Builder> {

        private Builder() {
        }

        private Builder(HarnessCallOptions from) {
            super(from);
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
            return principal(accountId, "HarnessCallOptions.accountId");
        }

        /**
         * @param apiKey the API key for the calls (sent as {@code x-api-key}), in place of the
         *               client's; {@code null} for the client's
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder apiKey(String apiKey) {
            return secret(apiKey == null ? null : Secret.of(apiKey, "HarnessCallOptions.apiKey"));
        }

        /**
         * @param apiKey the API key, already wrapped; {@code null} for the client's
         * @return this builder
         */
        public Builder apiKey(Secret apiKey) {
            return secret(apiKey);
        }

        @Override
        public HarnessCallOptions build() {
            return new HarnessCallOptions(this);
        }
    }
}
