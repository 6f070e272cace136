package dev.waiver.core.http;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import java.io.IOException;

/**
 * The one error-decoder skeleton every vendor module fills in with only its own parsing. For
 * vendor modules.
 *
 * <p>For each non-2xx answer (its body already read by the transport, at most
 * {@link ErrorResponse#MAX_BODY_BYTES}):
 * <ol>
 *   <li>{@link #observe(ErrorResponse)} sees the answer first (for example to record rate-limit
 *       headers);</li>
 *   <li>{@link #parse(String)} reads the vendor's error shape; a body that is blank, not the
 *       vendor's shape, cut or malformed (HTML from a proxy, truncated JSON) gives {@code null} or
 *       throws, and the decoder falls back to the status alone;</li>
 *   <li>{@link #describe(Object, ErrorResponse, ApiError.Builder)} copies the vendor's code,
 *       message, details and hints onto an error pre-filled with status, headers, raw body,
 *       request id and {@code Retry-After};</li>
 *   <li>{@link #classify(ApiError, Object)} picks the exception type, by HTTP status unless the
 *       vendor overrides it.</li>
 * </ol>
 * The transport then writes the operation and the attempts onto the exception. A decoder never
 * throws: whatever goes wrong in the vendor part, the status-only exception is returned.
 *
 * @param <B> the vendor's parsed error body
 */
public abstract class VendorErrorDecoder<B> implements ErrorDecoder {

    /** For subclasses. */
    protected VendorErrorDecoder() {
    }

    @Override
    public final ApiException decode(ErrorResponse response) {
        observe(response);
        B body = parseSafely(response.body());
        if (body != null) {
            try {
                ApiError.Builder error = response.baseError();
                describe(body, response, error);
                return classify(error.build(), body);
            } catch (RuntimeException vendorPartFailed) {
                RequestLog.LOG.debug("error body not understood; using the status alone", vendorPartFailed);
            }
        }
        return classify(response.baseError().build(), null);
    }

    /**
     * Sees every error answer before it is decoded. Does nothing by default.
     *
     * @param response the error answer
     */
    protected void observe(ErrorResponse response) {
    }

    /**
     * Reads the vendor's error shape.
     *
     * @param body the body's text, never {@code null}, possibly blank or cut
     * @return the parsed body, or {@code null} if it is not the vendor's error shape
     * @throws Exception if the body cannot be read; the decoder then falls back to the status
     */
    protected abstract B parse(String body) throws Exception;

    /**
     * Reads a JSON object body with the vendor's reader: what every JSON vendor's {@link #parse} starts with.
     *
     * @param reader the vendor's reader for its error shape
     * @param body   the body's text
     * @param <T>    the error shape
     * @return the parsed object, or {@code null} if the body is not a JSON object (a proxy's HTML page, nothing)
     * @throws IOException if the body starts like a JSON object but cannot be read
     */
    protected static <T> T readJsonObject(ObjectReader reader, String body) throws IOException {
        return body.stripLeading().startsWith("{") ? reader.readValue(body) : null;
    }

    /**
     * Copies what the vendor said onto the error.
     *
     * @param body     the parsed body
     * @param response the error answer, for headers
     * @param error    pre-filled with status, headers, raw body, request id and {@code Retry-After}
     */
    protected abstract void describe(B body, ErrorResponse response, ApiError.Builder error);

    /**
     * Picks the exception type. By default by HTTP status ({@link StandardErrors#forStatus(ApiError)}).
     *
     * @param error what the vendor said
     * @param body  the parsed body, or {@code null} when only the status is known
     * @return the exception to throw (not thrown here)
     */
    protected ApiException classify(ApiError error, B body) {
        return StandardErrors.forStatus(error);
    }

    private B parseSafely(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return parse(body);
        } catch (Exception notTheVendorsShape) {
            return null;
        }
    }
}
