package dev.waiver.qualys.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Qualys said about its API limits on an answer ({@code X-RateLimit-*} and
 * {@code X-Concurrency-Limit-*} headers), so callers can pace themselves. Each value is empty when
 * the answer did not carry it. Immutable.
 *
 * @param limit              calls allowed per window ({@code X-RateLimit-Limit})
 * @param windowSeconds      the sliding window, in seconds ({@code X-RateLimit-Window-Sec})
 * @param remaining          calls left in the window ({@code X-RateLimit-Remaining})
 * @param toWaitSeconds      seconds to wait before the next call is accepted ({@code X-RateLimit-ToWait-Sec})
 * @param concurrencyLimit   calls allowed at once ({@code X-Concurrency-Limit-Limit})
 * @param concurrencyRunning calls running at once, this one included ({@code X-Concurrency-Limit-Running})
 */
public record RateLimitStatus(OptionalLong limit, OptionalLong windowSeconds, OptionalLong remaining,
                              OptionalLong toWaitSeconds, OptionalLong concurrencyLimit,
                              OptionalLong concurrencyRunning) {

    /**
     * Reads the limit headers of an answer.
     *
     * @param headers the answer's headers (names in any case)
     * @return the status, or empty if the answer carried none of the headers (auth failures don't)
     */
    public static Optional<RateLimitStatus> fromHeaders(Map<String, List<String>> headers) {
        RateLimitStatus s = new RateLimitStatus(number(headers, "X-RateLimit-Limit"),
                number(headers, "X-RateLimit-Window-Sec"), number(headers, "X-RateLimit-Remaining"),
                number(headers, "X-RateLimit-ToWait-Sec"), number(headers, "X-Concurrency-Limit-Limit"),
                number(headers, "X-Concurrency-Limit-Running"));
        boolean any = s.limit.isPresent() || s.windowSeconds.isPresent() || s.remaining.isPresent()
                || s.toWaitSeconds.isPresent() || s.concurrencyLimit.isPresent() || s.concurrencyRunning.isPresent();
        return any ? Optional.of(s) : Optional.empty();
    }

    /** @return the wait before the next call is accepted, if Qualys said */
    public Optional<Duration> toWait() {
        return toWaitSeconds.isPresent() ? Optional.of(Duration.ofSeconds(toWaitSeconds.getAsLong())) : Optional.empty();
    }

    private static OptionalLong number(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                try {
                    return OptionalLong.of(Long.parseLong(e.getValue().get(0).strip()));
                } catch (NumberFormatException ignored) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
