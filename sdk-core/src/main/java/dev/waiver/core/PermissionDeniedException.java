package dev.waiver.core;

/**
 * The vendor refused the call with HTTP 403: the credential is valid but lacks the permission for this operation or scope.
 */
public class PermissionDeniedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public PermissionDeniedException(ApiError error) {
        super(error);
    }
}
