package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 404: the resource (or its account, organisation or project scope) does not exist.
 */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public NotFoundException(ApiError error) {
        super(error);
    }
}
