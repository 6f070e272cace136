package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 400 or 422: the request was malformed or broke a vendor rule; the vendor message says which field. Fix the request; retrying as is fails again.
 */
public class BadRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public BadRequestException(ApiError error) {
        super(error);
    }
}
