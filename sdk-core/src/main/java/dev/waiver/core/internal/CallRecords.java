package dev.waiver.core.internal;

import dev.waiver.core.Operation;
import dev.waiver.core.WaiverException;
import java.util.Objects;

/**
 * Writes onto a {@link WaiverException} the call it ended: operation, attempts made and whether
 * the call was idempotent. Used by the transport on every exception it throws, so that
 * {@link WaiverException#operation()}, {@link WaiverException#attempts()} and
 * {@link WaiverException#isRetryable()} need no public mutator. Not API.
 */
public final class CallRecords {

    /** Sets the call's facts on an exception; implemented inside {@link WaiverException}. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param failure    the exception
         * @param operation  the call's operation
         * @param attempts   attempts made, the first one included
         * @param idempotent whether the call may safely be sent twice
         */
        void write(WaiverException failure, Operation operation, int attempts, boolean idempotent);
    }

    private static volatile Writer writer;

    private CallRecords() {
    }

    /**
     * Installs the writer; called once by {@link WaiverException}'s class initialiser.
     *
     * @param w the writer
     * @throws IllegalStateException if a writer is already installed
     */
    public static synchronized void install(Writer w) {
        if (writer != null) {
            throw new IllegalStateException("the call-record writer is installed once, by WaiverException");
        }
        writer = Objects.requireNonNull(w, "w");
    }

    /**
     * Records the call an exception ended.
     *
     * @param failure    the exception about to be thrown
     * @param operation  the call's operation
     * @param attempts   attempts made, the first one included
     * @param idempotent whether the call may safely be sent twice
     * @param <E>        the exception type
     * @return {@code failure}, to throw
     */
    public static <E extends WaiverException> E record(E failure, Operation operation, int attempts, boolean idempotent) {
        writer.write(failure, operation, attempts, idempotent);
        return failure;
    }
}
