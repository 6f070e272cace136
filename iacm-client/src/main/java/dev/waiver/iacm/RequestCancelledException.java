package dev.waiver.iacm;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;

/**
 * IaCM answered HTTP 499 (Goa error {@code ContextCancelledError}): the service's work on the
 * request was cancelled before it finished, usually because the connection between the gateway and
 * the service was closed or a deadline upstream expired.
 *
 * <p>What to do: the request may or may not have taken effect. Reads and updates can simply be sent
 * again (an update sets the same status twice harmlessly). For a create, first
 * {@link Approvals#list(java.util.function.Consumer) list} the approvals of the pipeline stage to
 * see whether it exists before creating it again. The SDK does not retry this status on its own.
 */
public class RequestCancelledException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from IaCM's answer.
     *
     * @param error what IaCM said
     */
    public RequestCancelledException(ApiError error) {
        super(error);
    }
}
