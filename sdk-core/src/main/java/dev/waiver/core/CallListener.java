package dev.waiver.core;

import java.time.Duration;

/**
 * Hears every call a Waiver client makes: its start, each HTTP attempt, each retry it schedules, its
 * end, and each page a list fetches. Register one or several on any client builder with
 * {@code listener(...)}; with none registered the SDK does no listener work at all.
 *
 * <p>Order, for one call: {@link #callStarted}, then for each attempt {@link #attemptStarted} and
 * {@link #attemptFinished}, with {@link #retryScheduled} between a failed attempt and the next one,
 * then {@link #callFinished}; for a page of a list, {@link #pageFetched} follows its call's
 * {@link #callFinished}. Listeners are called in the order they were registered, on the thread that
 * makes the call. The same {@link CallInfo} instance is passed to every event of one call, so a
 * listener may keep per-call state keyed on it (by identity).
 *
 * <p>A listener that throws never breaks a call: the exception is logged once per listener (logger
 * {@code dev.waiver.listener}, at WARN, naming the listener's class, the event and the exception's
 * class, never its message) and the call goes on with its result or exception unchanged. "Once" is
 * per registration: a listener given to a {@code HarnessClient} builder is logged once for all three
 * APIs. Events carry no credential, no query value and no body. Every method does nothing by default.
 *
 * <p>A page read whole (the Harness lists) is reported as soon as its call finished; a batch streamed
 * from its connection (a big Qualys answer) once its last item was read, with the number read — a
 * walk closed before that does not report it. A failed or retried call of a list is reported like any
 * other call, without {@link #pageFetched}.
 */
public interface CallListener {

    /**
     * A call begins, before its first attempt.
     *
     * @param call what the call is
     */
    default void callStarted(CallInfo call) {
    }

    /**
     * An HTTP attempt is about to be sent.
     *
     * @param call    what the call is
     * @param attempt the attempt's number, from 1
     */
    default void attemptStarted(CallInfo call, int attempt) {
    }

    /**
     * An HTTP attempt ended: the vendor answered (any status) or no usable answer arrived.
     *
     * @param call   what the call is
     * @param result how the attempt went
     */
    default void attemptFinished(CallInfo call, AttemptResult result) {
    }

    /**
     * A failed attempt will be followed by another after a delay.
     *
     * @param call    what the call is
     * @param attempt the number of the attempt that failed
     * @param delay   how long the SDK waits before the next attempt
     * @param reason  why the attempt failed
     */
    default void retryScheduled(CallInfo call, int attempt, Duration delay, WaiverException reason) {
    }

    /**
     * The call ended, with its result or its exception.
     *
     * @param call    what the call is
     * @param outcome how the call ended
     */
    default void callFinished(CallInfo call, CallOutcome outcome) {
    }

    /**
     * A list fetched one page (after that page's call finished successfully).
     *
     * @param call      the call that fetched the page
     * @param pageIndex the page's position in the walk, from 0
     * @param items     how many items the page holds
     */
    default void pageFetched(CallInfo call, int pageIndex, int items) {
    }
}
