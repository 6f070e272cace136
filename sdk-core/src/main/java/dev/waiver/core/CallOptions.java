package dev.waiver.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Options for the calls made through one view of a client: a deadline for each call, a timeout for
 * each attempt, extra headers and another retry policy. The same on all four vendors; the Harness
 * and Qualys options add per-call credentials ({@link dev.waiver.core.harness.HarnessCallOptions},
 * {@code QualysCallOptions}).
 *
 * <pre>{@code
 * Exemption e = sto.withOptions(o -> o.timeout(Duration.ofSeconds(2)).header("X-Correlation-Id", traceId))
 *         .exemptions().get(id);
 * }</pre>
 *
 * <p>A client's {@code withOptions(...)} returns a view that shares the client's connection pool,
 * listeners and safe-create setting and costs a few small objects to make; make one per call, or
 * keep one for a batch of calls. What is not set is the client's own setting. Immutable.
 *
 * <p>Extra headers can never replace what the SDK writes: credential headers ({@code Authorization},
 * {@code x-api-key}, {@code Harness-Account}, {@code Cookie}, ...) and the headers that frame a
 * request ({@code Host}, {@code Content-Type}, {@code Content-Length}, ...) are refused when the
 * options are built. Per-call credentials have their own, typed setters, and like the client's own
 * they are only ever sent to the client's origin.
 */
public abstract class CallOptions {

    /** Credential headers: set only by a client's authentication, never as extra headers. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "x-api-key", "harness-account", "x-requested-with");

    /** Headers the SDK and OkHttp write to frame and describe each request. */
    private static final Set<String> SDK_HEADERS = Set.of("host", "content-type", "content-length",
            "content-encoding", "transfer-encoding", "connection", "te", "upgrade", "accept", "accept-encoding",
            "user-agent");

    private final Duration timeout;
    private final Duration attemptTimeout;
    private final List<Map.Entry<String, String>> headers;
    private final RetryPolicy retryPolicy;
    private final String principal;
    private final Secret secret;
    private final String principalName;
    private final String secretName;

    /**
     * @param builder       the settings
     * @param principalName what the vendor calls who the calls are made as, for {@link #toString()}
     *                      (for example {@code accountId} or {@code username})
     * @param secretName    what the vendor calls the credential, for {@link #toString()}
     *                      (for example {@code apiKey} or {@code password})
     */
    protected CallOptions(Builder<?, ?> builder, String principalName, String secretName) {
        this.timeout = builder.timeout;
        this.attemptTimeout = builder.attemptTimeout;
        this.headers = List.copyOf(builder.headers);
        this.retryPolicy = builder.retryPolicy;
        this.principal = builder.principal;
        this.secret = builder.secret;
        this.principalName = Objects.requireNonNull(principalName, "principalName");
        this.secretName = Objects.requireNonNull(secretName, "secretName");
    }

    /**
     * Builds options from a consumer of their builder, as {@code withOptions(o -> ...)} takes them.
     * For the vendor options' {@code of(...)}.
     *
     * @param builder an empty builder
     * @param options sets the options
     * @param <O>     the options built
     * @param <B>     the builder
     * @return the options
     */
    protected static <O extends CallOptions, B extends Builder<O, B>> O build(B builder, Consumer<B> options) {
        Objects.requireNonNull(options, "options").accept(builder);
        return builder.build();
    }

    /**
     * @return the longest a whole call may take — every attempt and every wait between attempts;
     *         for a list, each page's call. Empty: no limit beyond the client's timeouts
     */
    public final Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return the longest one attempt may take, in place of the client's {@code callTimeout}; empty: the client's */
    public final Optional<Duration> attemptTimeout() {
        return Optional.ofNullable(attemptTimeout);
    }

    /** @return the extra headers, in the order given, names as given; never {@code null} */
    public final List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** @return the retry policy that replaces the client's, if one was given */
    public final Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /**
     * @return who the calls are made as, in place of the client's (a Harness account, a Qualys
     *         user), if given; for the vendor options' named accessor
     */
    protected final Optional<String> principal() {
        return Optional.ofNullable(principal);
    }

    /** @return the credential the calls are made with, in place of the client's, if given */
    protected final Optional<Secret> secret() {
        return Optional.ofNullable(secret);
    }

    /** @return whether the options change who the calls are made as, or with which credential */
    public final boolean changesCredentials() {
        return principal != null || secret != null;
    }

    /**
     * Whether a header name is one only the SDK may write: a credential or a framing header.
     *
     * @param name a header name, any case
     * @return {@code true} if {@link Builder#header(String, String)} refuses it
     */
    public static boolean isReservedHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CREDENTIAL_HEADERS.contains(lower) || SDK_HEADERS.contains(lower);
    }

    /** Equal when of the same class with the same settings, credentials compared by value. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && equalSettings((CallOptions) o);
    }

    private boolean equalSettings(CallOptions other) {
        return Objects.equals(timeout, other.timeout) && Objects.equals(attemptTimeout, other.attemptTimeout)
                && headers.equals(other.headers) && Objects.equals(retryPolicy, other.retryPolicy)
                && Objects.equals(principal, other.principal)
                && Objects.equals(secret == null ? null : secret.reveal(), other.secret == null ? null : other.secret.reveal());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), timeout, attemptTimeout, headers, retryPolicy, principal);
    }

    /**
     * @return the settings given, for example {@code HarnessCallOptions{timeout=PT2S, accountId=acct2,
     *         apiKey=****}}: header values are shown (credentials can never be among them), a
     *         credential never
     */
    @Override
    public final String toString() {
        StringJoiner s = new StringJoiner(", ", getClass().getSimpleName() + "{", "}");
        if (timeout != null) {
            s.add("timeout=" + timeout);
        }
        if (attemptTimeout != null) {
            s.add("attemptTimeout=" + attemptTimeout);
        }
        if (!headers.isEmpty()) {
            s.add("headers=" + headers);
        }
        if (retryPolicy != null) {
            s.add("retryPolicy=" + retryPolicy);
        }
        if (principal != null) {
            s.add(principalName + "=" + principal);
        }
        if (secret != null) {
            s.add(secretName + "=" + secret);
        }
        return s.toString();
    }

    /**
     * The common setters. Each checks its value at once, so bad options fail where they are
     * written, before any request is made.
     *
     * @param <O> the options built
     * @param <B> the concrete builder, returned by every setter for chaining
     */
    public abstract static class Builder<O extends CallOptions, B extends Builder<O, B>> {

        private Duration timeout;
        private Duration attemptTimeout;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private RetryPolicy retryPolicy;
        private String principal;
        private Secret secret;

        /** An empty builder: every setting is the client's. */
        protected Builder() {
        }

        /**
         * Starts from existing options.
         *
         * @param from the options to copy
         */
        protected Builder(CallOptions from) {
            this.timeout = from.timeout;
            this.attemptTimeout = from.attemptTimeout;
            this.headers.addAll(from.headers);
            this.retryPolicy = from.retryPolicy;
            this.principal = from.principal;
            this.secret = from.secret;
        }

        /**
         * Sets who the calls are made as; for the vendor builders' named setters.
         *
         * @param principal a Harness account, a Qualys user; {@code null} for the client's
         * @param name      the setting's name, for the message
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        protected final B principal(String principal, String name) {
            if (principal != null && principal.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            this.principal = principal;
            return self();
        }

        /**
         * Sets the credential the calls are made with; for the vendor builders' named setters.
         *
         * @param secret the credential; {@code null} for the client's
         * @return this builder
         */
        protected final B secret(Secret secret) {
            this.secret = secret;
            return self();
        }

        /** @return this builder as its concrete type */
        protected abstract B self();

        /** @return the options */
        public abstract O build();

        /**
         * Bounds each whole call: every attempt and every wait between attempts. When the deadline
         * passes during an attempt, the attempt is cut and the call fails with a
         * {@link TransportTimeoutException}; a retry whose wait would end after the deadline is not
         * made, and the last failure is thrown. A list's pages are separate calls, each with its
         * own deadline; a streamed page must be read to its end within it. So are a safe create's
         * lookup and its second send (see {@link dev.waiver.core.SafeCreate}).
         *
         * @param timeout a positive duration, or {@code null} for none
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public B timeout(Duration timeout) {
            this.timeout = positiveOrNull(timeout, "timeout");
            return self();
        }

        /**
         * Bounds each attempt, in place of the client's {@code callTimeout} (within
         * {@link #timeout(Duration)}, if that is set too).
         *
         * @param attemptTimeout a positive duration, or {@code null} for the client's
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public B attemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = positiveOrNull(attemptTimeout, "attemptTimeout");
            return self();
        }

        /**
         * Adds a header to every request of the call (a name given twice is sent twice).
         *
         * @param name  a header name, for example {@code X-Correlation-Id}
         * @param value its value: visible ASCII, spaces and tabs
         * @return this builder
         * @throws IllegalArgumentException if the name is not a valid header name, or is a credential
         *                                  or framing header the SDK writes itself; or the value
         *                                  holds a line break or another control character
         */
        public B header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!isToken(name)) {
                throw new IllegalArgumentException("CallOptions.header name '" + name
                        + "' is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (CREDENTIAL_HEADERS.contains(lower)) {
                throw new IllegalArgumentException("CallOptions.header " + name + " is a credential header: only the "
                        + "client's authentication writes it; give per-call credentials with the options' own setters");
            }
            if (SDK_HEADERS.contains(lower)) {
                throw new IllegalArgumentException("CallOptions.header " + name
                        + " is written by the SDK for every request and cannot be replaced");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                    throw new IllegalArgumentException("CallOptions.header " + name
                            + " value must be visible ASCII, spaces and tabs (character " + i + " is not)");
                }
            }
            headers.add(Map.entry(name, value));
            return self();
        }

        /**
         * @param retryPolicy the policy for calls through the view, in place of the client's;
         *                    {@code null} for the client's
         * @return this builder
         */
        public B retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return self();
        }

        private static boolean isToken(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static Duration positiveOrNull(Duration d, String name) {
            if (d != null && (d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException("CallOptions." + name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
