package dev.waiver.sto.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.http.ErrorDecoder;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.core.http.StandardErrors;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.sto.internal.wire.StoErrorBody;
import java.io.IOException;

/**
 * Reads STO's error body {@code {"message": "...", "status": 404}} into the core exception
 * hierarchy: the HTTP status chooses the exception class (429 gives
 * {@link dev.waiver.core.RateLimitedException}, which the retry policy retries), {@code message}
 * becomes the vendor message, the body's {@code status} is kept as detail {@code status}. Any other
 * body (a proxy's HTML page, nothing) falls back to the status alone. Not API.
 */
public final class StoErrorDecoder implements ErrorDecoder {

    private final ObjectMapper json = JsonMappers.create(EpochUnit.SECONDS);

    @Override
    public ApiException decode(ErrorResponse response) {
        StoErrorBody body = read(response.body());
        if (body == null || body.message().map(String::isBlank).orElse(true)) {
            return StandardErrors.decodeUnrecognised(response);
        }
        ApiError.Builder error = response.baseError().vendorMessage(body.message().get());
        if (body.status().isPresent()) {
            error.detail("status", String.valueOf(body.status().get()));
        }
        return StandardErrors.forStatus(error.build());
    }

    private StoErrorBody read(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            return json.readValue(trimmed, StoErrorBody.class);
        } catch (IOException notOurs) {
            return null;
        }
    }
}
