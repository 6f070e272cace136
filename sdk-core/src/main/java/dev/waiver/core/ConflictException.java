package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 409: the request conflicts with the resource's current state, for example a duplicate.
 */
public class ConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public ConflictException(ApiError error) {
        super(error);
    }
}
