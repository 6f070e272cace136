package dev.waiver.core.http;

/** The HTTP methods the vendor APIs use, with their default idempotency. For vendor modules. */
public enum HttpMethod {
    /** Read. Idempotent. */
    GET(true),
    /** Create or action. Not idempotent. */
    POST(false),
    /** Replace or action. Idempotent. */
    PUT(true),
    /** Remove. Idempotent. */
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** @return whether a request with this method may be sent twice without a different effect */
    public boolean isIdempotent() {
        return idempotent;
    }
}
