package dev.waiver.testkit.internal;

/**
 * Thrown inside a fake when a request breaks the vendor's published rules; the backend answers it
 * with the vendor's 400 (or the status given).
 */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param message what is wrong, as the answer's message
     */
    public BadRequest(String message) {
        this(400, message);
    }

    /**
     * @param status  the HTTP status to answer with
     * @param message what is wrong, as the answer's message
     */
    public BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** @return the HTTP status to answer with */
    public int status() {
        return status;
    }
}
