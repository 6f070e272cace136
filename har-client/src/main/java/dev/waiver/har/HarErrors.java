package dev.waiver.har;

import dev.waiver.core.ApiException;
import dev.waiver.har.model.HarErrorType;
import java.util.Optional;

/**
 * Reads the HAR-specific parts of an error answer from an {@link ApiException} thrown by
 * {@link HarClient}.
 *
 * <p>The HAR error body is {@code {"error": {"code", "message", "param", "type"}}}:
 * {@code code} is {@link ApiException#vendorCode()}, {@code message} is
 * {@link ApiException#vendorMessage()}, and {@code param} and {@code type} are details of
 * {@link ApiException#error()}, read here or with {@code e.error().detail("param")}.
 *
 * <pre>{@code
 * try {
 *     har.firewallExceptions().create(r -> ...);
 * } catch (BadRequestException e) {
 *     HarErrors.param(e).ifPresent(field -> form.markInvalid(field, e.vendorMessage().orElse("")));
 * }
 * }</pre>
 */
public final class HarErrors {

    /** The detail name of {@code error.param}: the request field the error is about. */
    public static final String PARAM = "param";
    /** The detail name of {@code error.type}. */
    public static final String TYPE = "type";

    private HarErrors() {
    }

    /**
     * The request field the error is about.
     *
     * @param e an exception thrown by a HAR call
     * @return {@code error.param}, if the vendor sent it
     */
    public static Optional<String> param(ApiException e) {
        return e.error().detail(PARAM);
    }

    /**
     * The kind of error the vendor reported.
     *
     * @param e an exception thrown by a HAR call
     * @return {@code error.type}, if the vendor sent it (unknown types are kept)
     */
    public static Optional<HarErrorType> type(ApiException e) {
        return e.error().detail(TYPE).map(HarErrorType::of);
    }
}
