package dev.waiver.har.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.ServerException;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.core.http.VendorErrorDecoder;
import dev.waiver.core.http.StandardErrors;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.har.HarErrors;
import dev.waiver.har.model.HarErrorType;

/**
 * Reads the HAR error body {@code {"error": {"code", "message", "param", "type"}}}: {@code code}
 * becomes the vendor code, {@code message} the vendor message, {@code param} and {@code type} the
 * details {@value HarErrors#PARAM} and {@value HarErrors#TYPE}.
 *
 * <p>The exception class follows the HTTP status where the status says it (401, 403, 404, 409,
 * 429, 5xx). Where it does not (400, 422 and any other status), the error {@code type} decides:
 * INVALID_REQUEST_ERROR a bad request, AUTHENTICATION_ERROR an authentication failure,
 * PERMISSION_ERROR a permission refusal, API_ERROR a server failure. A body that is not the HAR
 * shape (a proxy's HTML page, nothing at all) falls back to the status alone
 * ({@link VendorErrorDecoder}).
 */
public final class HarErrorDecoder extends VendorErrorDecoder<HarErrorBody.Detail> {

    /**
     * Reads only strings; shared and immutable. (The core hands a decoder no mapper, and the
     * transport's mapper exists only once the decoder has been given to it.)
     */
    private static final ObjectReader READER = JsonMappers.create(EpochUnit.MILLISECONDS).readerFor(HarErrorBody.class);

    /** Creates the decoder. */
    public HarErrorDecoder() {
    }

    @Override
    protected HarErrorBody.Detail parse(String body) throws Exception {
        HarErrorBody parsed = readJsonObject(READER, body);
        return parsed == null ? null : parsed.error();
    }

    @Override
    protected void describe(HarErrorBody.Detail detail, ErrorResponse response, ApiError.Builder error) {
        error.vendorCode(detail.code())
                .vendorMessage(detail.message())
                .detail(HarErrors.PARAM, blankToNull(detail.param()))
                .detail(HarErrors.TYPE, blankToNull(detail.type()));
    }

    @Override
    protected ApiException classify(ApiError error, HarErrorBody.Detail detail) {
        HarErrorType type = detail == null || detail.type() == null ? null : HarErrorType.of(detail.type());
        int status = error.statusCode();
        boolean statusDecides = status == 401 || status == 403 || status == 404 || status == 409 || status == 429
                || (status >= 500 && status <= 599);
        if (statusDecides || type == null) {
            return StandardErrors.forStatus(error);
        }
        if (type.equals(HarErrorType.INVALID_REQUEST_ERROR)) {
            return new BadRequestException(error);
        }
        if (type.equals(HarErrorType.AUTHENTICATION_ERROR)) {
            return new AuthenticationException(error);
        }
        if (type.equals(HarErrorType.PERMISSION_ERROR)) {
            return new PermissionDeniedException(error);
        }
        if (type.equals(HarErrorType.API_ERROR)) {
            return new ServerException(error);
        }
        return StandardErrors.forStatus(error);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
