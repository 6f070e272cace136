package dev.waiver.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The vendor answered and refused the call.
 *
 * <p>Carries the HTTP status, the vendor's error code and message, and the request id to quote to
 * the vendor's support. Subclasses say what kind of refusal it was, so callers can catch exactly
 * what they handle: {@link BadRequestException}, {@link AuthenticationException},
 * {@link PermissionDeniedException}, {@link NotFoundException}, {@link ConflictException},
 * {@link RateLimitedException}, {@link ServerException}. The raw body is available through
 * {@link #error()} but never appears in {@link #getMessage()} beyond a short excerpt.
 */
public class ApiException extends WaiverException {

    private static final long serialVersionUID = 2L;

    private final ApiError error;

    /**
     * Creates an exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public ApiException(ApiError error) {
        super(describe(error));
        this.error = error;
    }

    /** @return everything the vendor said about the failure */
    public ApiError error() {
        return error;
    }

    /** @return the HTTP status of the answer */
    public int statusCode() {
        return error.statusCode();
    }

    /** @return the vendor's own error code, if it sent one */
    public Optional<String> vendorCode() {
        return error.vendorCode();
    }

    /** @return the vendor's message, if it sent one */
    public Optional<String> vendorMessage() {
        return error.vendorMessage();
    }

    /** @return the vendor's request id, if any */
    public Optional<String> requestId() {
        return error.requestId();
    }

    /** @return how long the vendor asked to wait before trying again, if it said */
    public Optional<Duration> retryAfter() {
        return error.retryAfter();
    }

    private static String describe(ApiError e) {
        StringBuilder sb = new StringBuilder("HTTP ").append(e.statusCode());
        e.vendorCode().ifPresent(c -> sb.append(" [").append(ApiError.excerpt(c)).append(']'));
        String text = e.vendorMessage().orElse(null);
        if (text != null) {
            sb.append(": ").append(ApiError.excerpt(text));
        } else if (!e.rawBody().isBlank()) {
            sb.append(": (unrecognised error body) ").append(ApiError.excerpt(e.rawBody()));
        }
        e.requestId().ifPresent(id -> sb.append(" (request id ").append(ApiError.excerpt(id)).append(')'));
        return sb.toString();
    }
}
