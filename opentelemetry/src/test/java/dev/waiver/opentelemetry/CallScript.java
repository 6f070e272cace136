package dev.waiver.opentelemetry;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.WaiverException;

import java.time.Duration;

/**
 * Plays one call's events to a listener in the order {@link CallListener}'s contract defines
 * (callStarted, then per attempt attemptStarted / attemptFinished with retryScheduled between a failed
 * attempt and the next, then callFinished), as the transport does.
 */
final class CallScript {

    private final CallListener listener;
    private final CallInfo call;
    private int attempts;
    private Duration elapsed = Duration.ZERO;

    private CallScript(CallListener listener, CallInfo call) {
        this.listener = listener;
        this.call = call;
    }

    /** Starts a call: {@code callStarted}. */
    static CallScript start(CallListener listener, CallInfo call) {
        listener.callStarted(call);
        return new CallScript(listener, call);
    }

    /** An attempt that got an answer: {@code attemptStarted}, {@code attemptFinished}. */
    CallScript answered(int status, Duration took, String requestId, WaiverException failure) {
        return attempt(new AttemptResult(attempts + 1, status, took, requestId, failure));
    }

    /** An attempt with no usable answer: {@code attemptStarted}, {@code attemptFinished}. */
    CallScript noAnswer(Duration took, WaiverException failure) {
        return attempt(new AttemptResult(attempts + 1, null, took, null, failure));
    }

    /** {@code retryScheduled} after the last attempt, which failed with {@code reason}. */
    CallScript retry(Duration delay, WaiverException reason) {
        listener.retryScheduled(call, attempts, delay, reason);
        elapsed = elapsed.plus(delay);
        return this;
    }

    /** Ends the call: {@code callFinished}. */
    void finish(WaiverException failure) {
        listener.callFinished(call, new CallOutcome(attempts, elapsed, failure));
    }

    private CallScript attempt(AttemptResult result) {
        attempts++;
        listener.attemptStarted(call, attempts);
        listener.attemptFinished(call, result);
        elapsed = elapsed.plus(result.duration());
        return this;
    }
}
