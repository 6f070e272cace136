package dev.waiver.core.internal;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.WaiverException;
import java.time.Duration;
import java.util.List;

/**
 * The listeners of one transport, in registration order, each {@link GuardedListener guarded}:
 * fans every event out to all of them. Built only when at least one is registered. For sdk-core
 * itself.
 */
public final class CallListeners {

    private static volatile boolean anyBuilt;

    private final GuardedListener[] listeners;

    private CallListeners(GuardedListener[] listeners) {
        this.listeners = listeners;
    }

    /**
     * @param listeners the registered listeners, in order
     * @return their fan-out, or {@code null} when there is none (so the caller's one check is a null check)
     */
    public static CallListeners of(List<? extends CallListener> listeners) {
        if (listeners.isEmpty()) {
            return null;
        }
        GuardedListener[] guarded = new GuardedListener[listeners.size()];
        for (int i = 0; i < guarded.length; i++) {
            guarded[i] = GuardedListener.of(listeners.get(i));
        }
        anyBuilt = true;
        return new CallListeners(guarded);
    }

    /**
     * Whether any transport in this JVM has listeners: until one does, page walks skip the
     * {@link PageCall} plumbing entirely.
     *
     * @return {@code true} once a transport with listeners was built
     */
    public static boolean anyBuilt() {
        return anyBuilt;
    }

    /** @param call the call */
    public void callStarted(CallInfo call) {
        for (GuardedListener l : listeners) {
            l.callStarted(call);
        }
    }

    /**
     * @param call    the call
     * @param attempt the attempt's number
     */
    public void attemptStarted(CallInfo call, int attempt) {
        for (GuardedListener l : listeners) {
            l.attemptStarted(call, attempt);
        }
    }

    /**
     * @param call   the call
     * @param result the attempt's result
     */
    public void attemptFinished(CallInfo call, AttemptResult result) {
        for (GuardedListener l : listeners) {
            l.attemptFinished(call, result);
        }
    }

    /**
     * @param call    the call
     * @param attempt the failed attempt's number
     * @param delay   the wait before the next
     * @param reason  the failure
     */
    public void retryScheduled(CallInfo call, int attempt, Duration delay, WaiverException reason) {
        for (GuardedListener l : listeners) {
            l.retryScheduled(call, attempt, delay, reason);
        }
    }

    /**
     * @param call    the call
     * @param outcome how it ended
     */
    public void callFinished(CallInfo call, CallOutcome outcome) {
        for (GuardedListener l : listeners) {
            l.callFinished(call, outcome);
        }
    }

    /**
     * @param call      the page's call
     * @param pageIndex the page's index in its walk
     * @param items     the page's item count
     */
    public void pageFetched(CallInfo call, int pageIndex, int items) {
        for (GuardedListener l : listeners) {
            l.pageFetched(call, pageIndex, items);
        }
    }
}
