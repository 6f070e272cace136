package dev.waiver.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before sending a failed request again.
 *
 * <p>Exponential backoff with full jitter: before retry {@code n} the SDK waits a random time
 * between zero and {@code min(maxBackoff, baseDelay * 2^(n-1))}. A wait the vendor asks for
 * ({@code Retry-After} as seconds or an HTTP date, or a vendor hint such as Qualys
 * {@code X-RateLimit-ToWait-Sec}) replaces the computed backoff; if it is longer than
 * {@link Builder#maxRetryAfter(Duration)} the SDK does not wait and throws at once.
 *
 * <p>What is retried depends on whether the operation is idempotent:
 * <ul>
 *   <li>idempotent operations (reads, PUT, DELETE): connection and read failures, timeouts, and
 *       HTTP 408, 429, 502, 503, 504, plus anything the vendor marks as retryable;</li>
 *   <li>non-idempotent operations (creates): only when the request provably never reached the
 *       server (connection refused) or the vendor said it was not processed and may be sent again
 *       (a rate-limit refusal). A create is never sent twice blindly.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. {@link #defaults()} makes at most 3 attempts.
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 502, 503, 504);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.jitter = b.jitter;
    }

    /**
     * The default policy: 3 attempts, 200 ms base delay, 20 s backoff cap, vendor waits honoured up
     * to 60 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * A policy that never retries: every failure is thrown after the first attempt.
     *
     * @return a single-attempt policy
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.baseDelay = baseDelay;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.sleeper = sleeper;
        b.clock = clock;
        b.jitter = jitter;
        return b;
    }

    /** @return the most attempts made for one call, first one included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the clock used to read {@code Retry-After} HTTP dates */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper that waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Decides whether a failed attempt is sent again and after how long.
     *
     * @param attemptsMade attempts already made for this call, at least 1
     * @param idempotent   whether the operation may safely be sent twice
     * @param failure      what the last attempt ended with
     * @return the wait before the next attempt, or empty to give up and throw {@code failure}
     */
    public Optional<Duration> delayBeforeRetry(int attemptsMade, boolean idempotent, WaiverException failure) {
        if (attemptsMade >= maxAttempts || !isRetryable(idempotent, failure)) {
            return Optional.empty();
        }
        Optional<Duration> asked = failure instanceof ApiException
                ? ((ApiException) failure).retryAfter() : Optional.empty();
        if (asked.isPresent()) {
            Duration wait = asked.get().isNegative() ? Duration.ZERO : asked.get();
            return wait.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(wait);
        }
        return Optional.of(backoff(attemptsMade));
    }

    /**
     * The one rule for what may be sent again, used by {@link #delayBeforeRetry} and by
     * {@link WaiverException#isRetryable()}.
     */
    static boolean isRetryable(boolean idempotent, WaiverException failure) {
        if (failure instanceof TransportException) {
            return idempotent || !((TransportException) failure).requestMayHaveReachedServer();
        }
        if (failure instanceof ApiException) {
            ApiException api = (ApiException) failure;
            boolean vendorSaysSo = api.error().vendorSaysRetryable() || api instanceof RateLimitedException;
            return vendorSaysSo || (idempotent && RETRYABLE_STATUSES.contains(api.statusCode()));
        }
        return false;
    }

    private Duration backoff(int attemptsMade) {
        int shift = Math.min(attemptsMade - 1, 30);
        long ceiling = Math.min(maxBackoff.toMillis(), baseDelay.toMillis() * (1L << shift));
        return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + '}';
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * @param maxAttempts the most attempts for one call, first one included; 1 disables retries
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay the backoff before the first retry, doubled for each later one
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = nonNegative(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param maxBackoff the cap on the computed backoff
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * The longest vendor-requested wait the SDK honours. A vendor asking for more (Qualys may
         * ask for hours) makes the call fail at once with {@link RateLimitedException}, whose
         * {@link ApiException#retryAfter()} says how long to wait.
         *
         * @param maxRetryAfter the longest wait to honour
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * @param sleeper what waits between attempts; tests pass one that only records
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * @param clock the clock against which {@code Retry-After} HTTP dates are measured
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param jitter source of uniformly distributed values in [0, 1) for full jitter
         * @return this builder
         */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}
