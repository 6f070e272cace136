package dev.waiver.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How one HTTP attempt of a call went, for {@link CallListener#attemptFinished}. Immutable.
 */
public final class AttemptResult {

    private final int attempt;
    private final Integer statusCode;
    private final Duration duration;
    private final String requestId;
    private final WaiverException failure;

    /**
     * @param attempt    the attempt's number, from 1
     * @param statusCode the HTTP status answered, or {@code null} when no answer arrived
     * @param duration   how long the attempt took
     * @param requestId  the vendor's request id, or {@code null}
     * @param failure    what the attempt failed with, or {@code null} when it succeeded
     */
    public AttemptResult(int attempt, Integer statusCode, Duration duration, String requestId, WaiverException failure) {
        this.attempt = attempt;
        this.statusCode = statusCode;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.requestId = requestId;
        this.failure = failure;
    }

    /** @return the attempt's number, from 1 */
    public int attempt() {
        return attempt;
    }

    /** @return the HTTP status answered; empty when no answer arrived */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** @return how long the attempt took */
    public Duration duration() {
        return duration;
    }

    /** @return the vendor's request id, when the answer carried one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return what the attempt failed with; empty when it succeeded */
    public Optional<WaiverException> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return the attempt's number, status, duration and request id */
    @Override
    public String toString() {
        return "AttemptResult{attempt=" + attempt + ", status=" + statusCode + ", duration=" + duration
                + ", requestId=" + requestId + ", failure=" + (failure == null ? null : failure.getClass().getSimpleName()) + '}';
    }
}
