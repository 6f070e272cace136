package dev.waiver.iacm;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;

/**
 * IaCM answered HTTP 408 (Goa error {@code TimeoutError}): the service gave up on the request
 * before finishing it. This is the service's own timeout, not the client's (those throw
 * {@link dev.waiver.core.TransportTimeoutException}).
 *
 * <p>What to do: reads and updates are retried by the client's retry policy; this exception means
 * every attempt timed out, so try again later or narrow a list (filters, a smaller
 * {@code limit}). A create is not retried automatically, since the service may have stored the
 * approval before timing out: list the approvals of the pipeline stage before creating it again.
 */
public class ServerTimeoutException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from IaCM's answer.
     *
     * @param error what IaCM said
     */
    public ServerTimeoutException(ApiError error) {
        super(error);
    }
}
