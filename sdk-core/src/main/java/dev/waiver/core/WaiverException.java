package dev.waiver.core;

import dev.waiver.core.internal.CallRecords;
import java.util.Optional;

/**
 * Root of every exception the Waiver SDK throws for a failed call.
 *
 * <p>Unchecked, so callers catch only what they can handle. The two branches are
 * {@link ApiException} (the vendor answered with an error) and {@link TransportException} (no usable
 * answer arrived). Invalid input is refused before any request is sent with
 * {@link IllegalArgumentException}, not with this type.
 *
 * <p>Every exception thrown by a call says which {@link #operation() operation} it was, how many
 * {@link #attempts() attempts} the SDK made, and whether sending the request again
 * {@link #isRetryable() may succeed}. It survives Java serialization (job frameworks, remote
 * logging) with all of that intact; its message never holds a credential.
 */
public class WaiverException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    static {
        CallRecords.install(WaiverException::record);
    }

    private Operation operation;
    private int attempts;
    private boolean idempotentCall;

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

    /**
     * The call that failed: vendor and operation name (for example {@code sto.createExemption}).
     *
     * @return the operation; empty only for a failure that happened outside a call (for example a
     *         list walk that found a vendor's paging going round in circles)
     */
    public Optional<Operation> operation() {
        return Optional.ofNullable(operation);
    }

    /**
     * How many HTTP attempts the call made before it gave up, the first one included.
     *
     * @return the number of attempts; 0 if the failure happened outside a call
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether sending the same request again may succeed and is safe, by the rule the client's
     * {@link RetryPolicy} applies: a transport failure where the request never reached the server
     * (or, for an idempotent call, any transport failure); a refusal the vendor marked retryable or
     * a rate limit; for an idempotent call HTTP 408, 502, 503 or 504. A {@code true} answer on an
     * exception means the SDK's own retries ran out or were disabled.
     *
     * @return {@code true} if a later retry may succeed without risk of acting twice
     */
    public boolean isRetryable() {
        return RetryPolicy.isRetryable(idempotentCall, this);
    }

    private static void record(WaiverException e, Operation operation, int attempts, boolean idempotent) {
        e.operation = operation;
        e.attempts = attempts;
        e.idempotentCall = idempotent;
    }
}
