package dev.waiver.core.http;

import dev.waiver.core.ApiError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A non-2xx answer handed to an {@link ErrorDecoder}: status, headers and the body's text (read up
 * to {@link #MAX_BODY_BYTES}). For vendor modules.
 *
 * @param statusCode  the HTTP status
 * @param headers     the answer's headers, names lower-cased
 * @param contentType the body's content type, or {@code null}
 * @param body        the body's text, possibly cut at {@link #MAX_BODY_BYTES}; never {@code null}
 * @param requestId   the request id from the answer's headers, or {@code null}
 * @param retryAfter  the wait parsed from {@code Retry-After}, or {@code null}
 */
public record ErrorResponse(int statusCode, Map<String, List<String>> headers, String contentType, String body,
                            String requestId, Duration retryAfter) {

    /** The most of an error body that is read; the rest is dropped unread. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * @param name a header name, case-insensitive
     * @return its first value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * An error description pre-filled with what every answer has: status, headers, raw body,
     * request id and {@code Retry-After}. Vendor decoders add the vendor code and message.
     *
     * @return a builder
     */
    public ApiError.Builder baseError() {
        return ApiError.builder(statusCode)
                .headers(headers)
                .rawBody(body)
                .requestId(requestId)
                .retryAfter(retryAfter);
    }
}
