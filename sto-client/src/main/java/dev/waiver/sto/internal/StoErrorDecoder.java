package dev.waiver.sto.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.waiver.core.ApiError;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.core.http.VendorErrorDecoder;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.sto.internal.wire.StoErrorBody;

/**
 * Reads STO's error body {@code {"message": "...", "status": 404}} into the core exception
 * hierarchy: the HTTP status chooses the exception class (429 gives
 * {@link dev.waiver.core.RateLimitedException}, which the retry policy retries), {@code message}
 * becomes the vendor message, the body's {@code status} is kept as detail {@code status}. Any other
 * body (a proxy's HTML page, nothing) falls back to the status alone ({@link VendorErrorDecoder}).
 * Not API.
 */
public final class StoErrorDecoder extends VendorErrorDecoder<StoErrorBody> {

    private static final ObjectReader READER = JsonMappers.create(EpochUnit.SECONDS).readerFor(StoErrorBody.class);

    /** Creates the decoder. */
    public StoErrorDecoder() {
    }

    @Override
    protected StoErrorBody parse(String body) throws Exception {
        StoErrorBody parsed = readJsonObject(READER, body);
        return parsed == null || parsed.message().map(String::isBlank).orElse(true) ? null : parsed;
    }

    @Override
    protected void describe(StoErrorBody body, ErrorResponse response, ApiError.Builder error) {
        error.vendorMessage(body.message().orElseThrow());
        body.status().ifPresent(status -> error.detail("status", String.valueOf(status)));
    }
}
