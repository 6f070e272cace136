package dev.waiver.core.internal;

import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallListener;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.WaiverException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One registered {@link CallListener}, shielded: whatever it throws is caught, so a call's result
 * or exception never changes, and logged once at WARN on {@code dev.waiver.listener} (the listener's
 * class, the event and the exception's class only: no message, which might hold a value of the
 * call); its later throws are not logged again. One instance per registration, shared by every
 * transport built from it (a Harness client's three APIs). For sdk-core itself.
 */
public final class GuardedListener implements CallListener {

    /** The logger a throwing listener is reported on. */
    public static final Logger LOG = LoggerFactory.getLogger("dev.waiver.listener");

    private final CallListener listener;
    private final AtomicBoolean reported = new AtomicBoolean();

    private GuardedListener(CallListener listener) {
        this.listener = listener;
    }

    /**
     * @param listener a listener, guarded already or not
     * @return the listener guarded (itself if it already is)
     */
    public static GuardedListener of(CallListener listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        return listener instanceof GuardedListener g ? g : new GuardedListener(listener);
    }

    /** @return the listener as registered */
    public CallListener listener() {
        return listener;
    }

    @Override
    public void callStarted(CallInfo call) {
        try {
            listener.callStarted(call);
        } catch (Throwable t) {
            report("callStarted", t);
        }
    }

    @Override
    public void attemptStarted(CallInfo call, int attempt) {
        try {
            listener.attemptStarted(call, attempt);
        } catch (Throwable t) {
            report("attemptStarted", t);
        }
    }

    @Override
    public void attemptFinished(CallInfo call, AttemptResult result) {
        try {
            listener.attemptFinished(call, result);
        } catch (Throwable t) {
            report("attemptFinished", t);
        }
    }

    @Override
    public void retryScheduled(CallInfo call, int attempt, Duration delay, WaiverException reason) {
        try {
            listener.retryScheduled(call, attempt, delay, reason);
        } catch (Throwable t) {
            report("retryScheduled", t);
        }
    }

    @Override
    public void callFinished(CallInfo call, CallOutcome outcome) {
        try {
            listener.callFinished(call, outcome);
        } catch (Throwable t) {
            report("callFinished", t);
        }
    }

    @Override
    public void pageFetched(CallInfo call, int pageIndex, int items) {
        try {
            listener.pageFetched(call, pageIndex, items);
        } catch (Throwable t) {
            report("pageFetched", t);
        }
    }

    private void report(String event, Throwable t) {
        if (t instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        if (reported.compareAndSet(false, true)) {
            LOG.warn("call listener {} threw {} in {}; the call goes on, and this listener's later failures are not logged",
                    listener.getClass().getName(), t.getClass().getName(), event);
        }
    }

    /** @return the guarded listener's class */
    @Override
    public String toString() {
        return "GuardedListener{" + listener.getClass().getName() + '}';
    }
}
