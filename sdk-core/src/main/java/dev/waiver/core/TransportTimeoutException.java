package dev.waiver.core;

/**
 * A connect, read or whole-call timeout expired before the answer was complete.
 *
 * <p>Raise the timeouts on the client builder if the vendor is known to be slow for this call.
 */
public class TransportTimeoutException extends TransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a timeout failure.
     *
     * @param message                     what timed out, safe to log
     * @param cause                       the underlying failure
     * @param requestMayHaveReachedServer {@code false} for a connect timeout, {@code true} otherwise
     */
    public TransportTimeoutException(String message, Throwable cause, boolean requestMayHaveReachedServer) {
        super(message, cause, requestMayHaveReachedServer);
    }
}
