package dev.waiver.core;

/**
 * No usable answer arrived: the connection failed or was reset, the server sent an empty or
 * malformed response, or a body could not be decoded.
 *
 * <p>{@link #requestMayHaveReachedServer()} tells whether the vendor may have acted on the request,
 * which matters for non-idempotent calls such as creates: when it is {@code true}, check the vendor
 * before sending the request again.
 */
public class TransportException extends WaiverException {

    private static final long serialVersionUID = 1L;

    /** Whether the request may have reached the server (see {@link #requestMayHaveReachedServer()}). */
    private final boolean requestMayHaveReachedServer;

    /**
     * Creates a transport failure.
     *
     * @param message                     what went wrong, safe to log
     * @param cause                       the underlying failure, or {@code null}
     * @param requestMayHaveReachedServer {@code false} only when the request provably never left
     *                                    this machine (for example the connection was refused)
     */
    public TransportException(String message, Throwable cause, boolean requestMayHaveReachedServer) {
        super(message, cause);
        this.requestMayHaveReachedServer = requestMayHaveReachedServer;
    }

    /**
     * Whether the server may have received (and acted on) the request.
     *
     * @return {@code false} only when the request provably never reached the server
     */
    public boolean requestMayHaveReachedServer() {
        return requestMayHaveReachedServer;
    }
}
