package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 5xx: the vendor failed to process the request. Idempotent operations are retried automatically according to the client's retry policy.
 */
public class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public ServerException(ApiError error) {
        super(error);
    }
}
