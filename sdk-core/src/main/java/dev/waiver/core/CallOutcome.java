package dev.waiver.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a call ended, for {@link CallListener#callFinished}. Immutable.
 */
public final class CallOutcome {

    private final int attempts;
    private final Duration duration;
    private final WaiverException failure;

    /**
     * @param attempts how many HTTP attempts the call made
     * @param duration how long the call took, waits between attempts included
     * @param failure  what the call failed with, or {@code null} when it succeeded
     */
    public CallOutcome(int attempts, Duration duration, WaiverException failure) {
        this.attempts = attempts;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.failure = failure;
    }

    /** @return whether the call succeeded */
    public boolean succeeded() {
        return failure == null;
    }

    /** @return how many HTTP attempts the call made */
    public int attempts() {
        return attempts;
    }

    /** @return how long the call took, waits between attempts included */
    public Duration duration() {
        return duration;
    }

    /** @return what the call failed with; empty when it succeeded */
    public Optional<WaiverException> failure() {
        return Optional.ofNullable(failure);
    }

    /** @return the outcome, attempts and duration */
    @Override
    public String toString() {
        return "CallOutcome{" + (failure == null ? "succeeded" : "failed: " + failure.getClass().getSimpleName())
                + ", attempts=" + attempts + ", duration=" + duration + '}';
    }
}
