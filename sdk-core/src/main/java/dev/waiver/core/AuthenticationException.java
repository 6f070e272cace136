package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 401: the credential is missing, wrong or expired. Check the API key or password given to the client builder.
 */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public AuthenticationException(ApiError error) {
        super(error);
    }
}
