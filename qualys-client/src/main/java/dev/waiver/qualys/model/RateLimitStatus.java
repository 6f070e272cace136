package dev.waiver.qualys.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

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
        return fromHeaders(name -> first(headers, name));
    }

    /**
     * Reads the limit headers of an answer through a lookup, so an answer's headers need not be
     * copied into a map first.
     *
     * @param header returns a header's (first) value by name, case-insensitively, or {@code null}
     * @return the status, or empty if the answer carried none of the headers (auth failures don't)
     */
    public static Optional<RateLimitStatus> fromHeaders(UnaryOperator<String> header) {
        RateLimitStatus s = new RateLimitStatus(number(header, "X-RateLimit-Limit"),
                number(header, "X-RateLimit-Window-Sec"), number(header, "X-RateLimit-Remaining"),
                number(header, "X-RateLimit-ToWait-Sec"), number(header, "X-Concurrency-Limit-Limit"),
                number(header, "X-Concurrency-Limit-Running"));
        boolean any = s.limit.isPresent() || s.windowSeconds.isPresent() || s.remaining.isPresent()
                || s.toWaitSeconds.isPresent() || s.concurrencyLimit.isPresent() || s.concurrencyRunning.isPresent();
        return any ? Optional.of(s) : Optional.empty();
    }

    /** @return the wait before the next call is accepted, if Qualys said */
    public Optional<Duration> toWait() {
        return toWaitSeconds.isPresent() ? Optional.of(Duration.ofSeconds(toWaitSeconds.getAsLong())) : Optional.empty();
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static OptionalLong number(UnaryOperator<String> header, String name) {
        String value = header.apply(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException ignored) {
            return OptionalLong.empty();
        }
    }
}
