package dev.waiver.har.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * The {@code type} of a HAR error answer ({@code {"error": {"type": ...}}}). Read it from an
 * exception with {@link dev.waiver.har.HarErrors#type(dev.waiver.core.ApiException)}. Open: a type
 * Harness adds later is kept as it is.
 */
public final class HarErrorType extends OpenEnum<HarErrorType> {

    /** The request was malformed or named something invalid; {@code param} often names the field. */
    public static final HarErrorType INVALID_REQUEST_ERROR = known(HarErrorType.class,
            new HarErrorType("INVALID_REQUEST_ERROR"));
    /** The API key is missing, wrong or expired. */
    public static final HarErrorType AUTHENTICATION_ERROR = known(HarErrorType.class,
            new HarErrorType("AUTHENTICATION_ERROR"));
    /** The key is valid but lacks the permission the call needs. */
    public static final HarErrorType PERMISSION_ERROR = known(HarErrorType.class,
            new HarErrorType("PERMISSION_ERROR"));
    /** Something went wrong on Harness' side. */
    public static final HarErrorType API_ERROR = known(HarErrorType.class, new HarErrorType("API_ERROR"));

    private HarErrorType(String value) {
        super(value);
    }

    /**
     * The error type for a wire value, known or not.
     *
     * @param value the exact wire text; {@code null} gives {@code null}
     * @return the matching constant, or a new value holding unknown text
     */
    @JsonCreator
    public static HarErrorType of(String value) {
        return fromValue(HarErrorType.class, value, HarErrorType::new);
    }

    /** @return the error types this SDK version knows, in declaration order */
    public static Collection<HarErrorType> values() {
        return knownValues(HarErrorType.class);
    }
}
