package dev.waiver.core;

/**
 * Root of every exception the Waiver SDK throws for a failed call.
 *
 * <p>Unchecked, so callers catch only what they can handle. The two branches are
 * {@link ApiException} (the vendor answered with an error) and {@link TransportException} (no usable
 * answer arrived). Invalid input is refused before any request is sent with
 * {@link IllegalArgumentException} or {@link IllegalStateException}, not with this type.
 */
public class WaiverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, safe to log
     */
    public WaiverException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, safe to log
     * @param cause   the underlying failure
     */
    public WaiverException(String message, Throwable cause) {
        super(message, cause);
    }
}
