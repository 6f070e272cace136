package dev.waiver.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault a fake gives instead of (or, for a slow body, on top of) its normal answer. Arm one with
 * a fake's {@code failNext(...)}; the fake writes the error in its vendor's documented shape (STO
 * {@code {message,status}}, HAR {@code {error:{...}}}, IaCM a Goa error, Qualys a
 * {@code SIMPLE_RETURN}).
 *
 * <pre>{@code
 * fakes.sto().failNext(StoFake.Operation.CREATE, 2, FakeFault.rateLimited(Duration.ofSeconds(3)));
 * }</pre>
 *
 * <p>Immutable; the {@code with...} methods return a copy.
 */
public final class FakeFault {

    /** What kind of fault. */
    public enum Kind {
        /** An HTTP error answer in the vendor's shape. */
        STATUS,
        /** The connection is reset before any answer; the operation is not performed. */
        CONNECTION_RESET,
        /** The operation is performed (its state applied), then the connection is reset instead of answering. */
        RECORD_THEN_RESET,
        /** The operation is performed and its normal answer is sent slowly, in chunks. */
        SLOW_BODY
    }

    private final Kind kind;
    private final int status;
    private final String message;
    private final String vendorCode;
    private final Duration retryAfter;
    private final Duration slowness;
    private final Map<String, String> headers;

    private FakeFault(Kind kind, int status, String message, String vendorCode, Duration retryAfter,
                      Duration slowness, Map<String, String> headers) {
        this.kind = kind;
        this.status = status;
        this.message = message;
        this.vendorCode = vendorCode;
        this.retryAfter = retryAfter;
        this.slowness = slowness;
        this.headers = Map.copyOf(headers);
    }

    /**
     * An error answer with the given HTTP status, in the vendor's error shape.
     *
     * @param status an HTTP status, 400..599 (or 200 for a Qualys error inside a 200 answer)
     * @return the fault
     */
    public static FakeFault status(int status) {
        if (status != 200 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be 400..599 (or 200 for a vendor error in a 200 answer), was " + status);
        }
        return new FakeFault(Kind.STATUS, status, null, null, null, null, Map.of());
    }

    /** @return a 401 in the vendor's shape */
    public static FakeFault unauthorized() {
        return status(401);
    }

    /** @return a 403 in the vendor's shape */
    public static FakeFault forbidden() {
        return status(403);
    }

    /** @return a 404 in the vendor's shape */
    public static FakeFault notFound() {
        return status(404);
    }

    /** @return a 409 in the vendor's shape */
    public static FakeFault conflict() {
        return status(409);
    }

    /** @return a 500 in the vendor's shape */
    public static FakeFault serverError() {
        return status(500);
    }

    /** @return a 503 in the vendor's shape */
    public static FakeFault unavailable() {
        return status(503);
    }

    /**
     * A 429 with a {@code Retry-After} header in whole seconds.
     *
     * @param retryAfter how long the client is told to wait
     * @return the fault
     */
    public static FakeFault rateLimited(Duration retryAfter) {
        return status(429).withRetryAfter(retryAfter);
    }

    /**
     * A vendor error code inside an answer of the given HTTP status, for vendors that have codes
     * (Qualys: 1965 rate limit, 2001 concurrency limit inside HTTP 200 or 409).
     *
     * @param httpStatus the HTTP status of the answer
     * @param vendorCode the vendor's code
     * @return the fault
     */
    public static FakeFault vendorError(int httpStatus, String vendorCode) {
        return status(httpStatus).withVendorCode(vendorCode);
    }

    /** @return the connection is reset by the peer before any answer; the vendor's state is unchanged */
    public static FakeFault connectionReset() {
        return new FakeFault(Kind.CONNECTION_RESET, 0, null, null, null, null, Map.of());
    }

    /**
     * The answer lost after the vendor acted: the fake performs the operation (a create records its
     * record) and then resets the connection instead of answering, as a vendor whose answer dies on
     * the way back. The client sees a {@code TransportException} whose
     * {@code requestMayHaveReachedServer()} is {@code true}.
     *
     * @return the fault
     */
    public static FakeFault recordThenReset() {
        return new FakeFault(Kind.RECORD_THEN_RESET, 0, null, null, null, null, Map.of());
    }

    /**
     * The operation is performed and its normal answer dribbles in over the given time (to test
     * read timeouts).
     *
     * @param total how long the whole body takes to arrive
     * @return the fault
     */
    public static FakeFault slowBody(Duration total) {
        Objects.requireNonNull(total, "total");
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("total must be positive, was " + total);
        }
        return new FakeFault(Kind.SLOW_BODY, 0, null, null, null, total, Map.of());
    }

    /**
     * @param message the error message the vendor body carries (else a default per status)
     * @return a copy with the message
     */
    public FakeFault withMessage(String message) {
        return new FakeFault(kind, status, Objects.requireNonNull(message, "message"), vendorCode, retryAfter, slowness, headers);
    }

    /**
     * @param code the vendor's error code (Qualys {@code CODE}; Goa {@code name} for IaCM)
     * @return a copy with the code
     */
    public FakeFault withVendorCode(String code) {
        return new FakeFault(kind, status, message, Objects.requireNonNull(code, "code"), retryAfter, slowness, headers);
    }

    /**
     * @param retryAfter the wait the vendor asks for: {@code Retry-After} for Harness, {@code SECONDS_TO_WAIT} /
     *                   {@code X-RateLimit-ToWait-Sec} for Qualys
     * @return a copy with the wait
     */
    public FakeFault withRetryAfter(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
        }
        return new FakeFault(kind, status, message, vendorCode, retryAfter, slowness, headers);
    }

    /**
     * @param name  a response header
     * @param value its value
     * @return a copy that also sends the header
     */
    public FakeFault withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new FakeFault(kind, status, message, vendorCode, retryAfter, slowness, h);
    }

    /** @return the kind of fault */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP status of a {@link Kind#STATUS} fault, else 0 */
    public int status() {
        return status;
    }

    /** @return the message to put in the vendor's error body, if one was given */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** @return the vendor error code, if one was given */
    public Optional<String> vendorCode() {
        return Optional.ofNullable(vendorCode);
    }

    /** @return the wait the answer asks for, if any */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return how long a {@link Kind#SLOW_BODY} answer takes, else empty */
    public Optional<Duration> slowness() {
        return Optional.ofNullable(slowness);
    }

    /** @return extra response headers */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        switch (kind) {
            case CONNECTION_RESET:
                return "FakeFault[connection reset]";
            case RECORD_THEN_RESET:
                return "FakeFault[record then connection reset]";
            case SLOW_BODY:
                return "FakeFault[slow body " + slowness + "]";
            default:
                return "FakeFault[" + status + (vendorCode == null ? "" : " code " + vendorCode)
                        + (retryAfter == null ? "" : " retry after " + retryAfter) + "]";
        }
    }
}
