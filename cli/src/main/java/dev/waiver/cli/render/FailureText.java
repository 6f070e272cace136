package dev.waiver.cli.render;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import java.util.Optional;

/**
 * What the HTML page says about a vendor that could not be read, from the SDK's typed exception:
 * the HTTP status, vendor code, message and request id of an {@link ApiException}, or the kind of a
 * {@link TransportException} (no usable answer). Plain text; the caller escapes it.
 */
final class FailureText {

    private FailureText() {
    }

    /**
     * @param failure why the vendor could not be read
     * @return the HTTP status, or empty when no answer arrived
     */
    static Optional<String> status(WaiverException failure) {
        return failure instanceof ApiException api ? Optional.of(String.valueOf(api.statusCode())) : Optional.empty();
    }

    /**
     * @param failure why the vendor could not be read
     * @return the vendor's error code, if it sent one
     */
    static Optional<String> vendorCode(WaiverException failure) {
        return failure instanceof ApiException api ? api.vendorCode() : Optional.empty();
    }

    /**
     * @param failure why the vendor could not be read
     * @return the vendor's request id, if it sent one
     */
    static Optional<String> requestId(WaiverException failure) {
        return failure instanceof ApiException api ? api.requestId() : Optional.empty();
    }

    /**
     * @param failure why the vendor could not be read
     * @return the vendor's own message (a short excerpt) when it sent one, else the exception's message
     */
    static String message(WaiverException failure) {
        Optional<String> vendorMessage = failure instanceof ApiException api ? api.vendorMessage() : Optional.empty();
        return vendorMessage.map(ApiError::excerpt).orElseGet(() -> ApiError.excerpt(failure.getMessage()));
    }

    /**
     * @param failure why the vendor could not be read
     * @return the exception's simple class name ({@code ServerException}, {@code TransportTimeoutException})
     */
    static String kind(WaiverException failure) {
        return failure.getClass().getSimpleName();
    }
}
