package dev.waiver.core.http;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.ServerException;

/**
 * The HTTP-status meaning of an error, used by vendor decoders once they have read the vendor's
 * code and message. For vendor modules.
 */
public final class StandardErrors {

    private StandardErrors() {
    }

    /**
     * Chooses the exception class from the HTTP status alone.
     *
     * @param error what the vendor said
     * @return the matching exception: 400/422 bad request, 401 authentication, 403 permission,
     *         404 not found, 409 conflict, 429 rate limited, 5xx server, anything else the base type
     */
    public static ApiException forStatus(ApiError error) {
        int status = error.statusCode();
        return switch (status) {
            case 400, 422 -> new BadRequestException(error);
            case 401 -> new AuthenticationException(error);
            case 403 -> new PermissionDeniedException(error);
            case 404 -> new NotFoundException(error);
            case 409 -> new ConflictException(error);
            case 429 -> new RateLimitedException(error);
            default -> status >= 500 && status <= 599 ? new ServerException(error) : new ApiException(error);
        };
    }

    /**
     * The fallback for a body no decoder understood: status, request id and a short excerpt.
     *
     * @param response the error answer
     * @return the matching exception
     */
    public static ApiException decodeUnrecognised(ErrorResponse response) {
        return forStatus(response.baseError().build());
    }
}
