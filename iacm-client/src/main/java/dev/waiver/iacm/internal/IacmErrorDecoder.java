package dev.waiver.iacm.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.core.http.StandardErrors;
import dev.waiver.core.http.VendorErrorDecoder;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.iacm.RequestCancelledException;
import dev.waiver.iacm.ResourceLockedException;
import dev.waiver.iacm.ServerTimeoutException;
import dev.waiver.iacm.internal.wire.IacmError;

/**
 * Reads IaCM's Goa error body ({@code application/vnd.goa.error}:
 * {@code {name, id, message, temporary, timeout, fault}}) into a typed exception. Not API.
 *
 * <p>{@code name} becomes the vendor code, {@code message} the vendor message, {@code id} (the
 * occurrence id Harness support asks for) the request id; {@code temporary}, {@code timeout} and
 * {@code fault} are kept as details. Any other body (a proxy's HTML page, truncated JSON, nothing)
 * falls back to the status alone ({@link VendorErrorDecoder}).
 *
 * <p>Retry choice: {@code temporary=true} marks the error retryable for every operation, creates
 * included, only where it also shows that nothing was done: a 4xx refusal other than 408 and 499
 * that is neither a {@code timeout} nor a {@code fault}. A temporary 5xx, timeout or cancellation
 * may have happened after the service acted, so it is left to the retry policy's idempotency rules.
 */
public final class IacmErrorDecoder extends VendorErrorDecoder<IacmError> {

    /** Detail holding Goa's {@code temporary} flag, {@code "true"} or {@code "false"}. */
    public static final String TEMPORARY = "temporary";
    /** Detail holding Goa's {@code timeout} flag, {@code "true"} or {@code "false"}. */
    public static final String TIMEOUT = "timeout";
    /** Detail holding Goa's {@code fault} flag, {@code "true"} or {@code "false"}. */
    public static final String FAULT = "fault";

    private static final ObjectReader READER = JsonMappers.create(EpochUnit.MILLISECONDS).readerFor(IacmError.class);

    /** Creates the decoder. */
    public IacmErrorDecoder() {
    }

    @Override
    protected IacmError parse(String body) throws Exception {
        IacmError e = readJsonObject(READER, body);
        return e != null && (e.name() != null || e.message() != null) ? e : null;
    }

    @Override
    protected void describe(IacmError e, ErrorResponse response, ApiError.Builder error) {
        error.vendorCode(e.name())
                .vendorMessage(e.message())
                .detail(TEMPORARY, flag(e.temporary()))
                .detail(TIMEOUT, flag(e.timeout()))
                .detail(FAULT, flag(e.fault()))
                .vendorSaysRetryable(notDoneAndTemporary(response.statusCode(), e));
        if (e.id() != null && !e.id().isBlank()) {
            error.requestId(e.id());
        }
    }

    @Override
    protected ApiException classify(ApiError error, IacmError body) {
        return forStatus(error);
    }

    /**
     * The exception class for a status: IaCM's own for 408, 423 and 499, the standard ones otherwise.
     *
     * @param error what IaCM said
     * @return the exception to throw
     */
    static ApiException forStatus(ApiError error) {
        return switch (error.statusCode()) {
            case 408 -> new ServerTimeoutException(error);
            case 423 -> new ResourceLockedException(error);
            case 499 -> new RequestCancelledException(error);
            default -> StandardErrors.forStatus(error);
        };
    }

    private static boolean notDoneAndTemporary(int status, IacmError e) {
        boolean refusedBeforeActing = status >= 400 && status < 500 && status != 408 && status != 499;
        return Boolean.TRUE.equals(e.temporary()) && !Boolean.TRUE.equals(e.timeout())
                && !Boolean.TRUE.equals(e.fault()) && refusedBeforeActing;
    }

    private static String flag(Boolean value) {
        return value == null ? null : value.toString();
    }
}
