package dev.waiver.core;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a vendor said when it refused a call: HTTP status, vendor error code and message, request
 * id, and the raw answer for diagnosis.
 *
 * <p>Built by each vendor module's error decoder and carried by every {@link ApiException}.
 * Immutable and serializable, so an exception carrying it survives Java serialization intact.
 */
public final class ApiError implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest excerpt of a vendor message or body that ever appears in an exception message. */
    public static final int MAX_EXCERPT = 200;

    private final int statusCode;
    private final String vendorCode;
    private final String vendorMessage;
    private final String requestId;
    private final String rawBody;
    private final Duration retryAfter;
    private final boolean vendorSaysRetryable;
    private final Map<String, String> details;
    private final Map<String, List<String>> headers;

    private ApiError(Builder b) {
        this.statusCode = b.statusCode;
        this.vendorCode = b.vendorCode;
        this.vendorMessage = b.vendorMessage;
        this.requestId = b.requestId;
        this.rawBody = b.rawBody == null ? "" : b.rawBody;
        this.retryAfter = b.retryAfter;
        this.vendorSaysRetryable = b.vendorSaysRetryable;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(b.details));
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        b.headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(h);
    }

    /**
     * Starts an error description for an HTTP status.
     *
     * @param statusCode the HTTP status of the answer
     * @return a builder
     */
    public static Builder builder(int statusCode) {
        return new Builder(statusCode);
    }

    /** @return a builder holding this error's values, to adjust one field */
    public Builder toBuilder() {
        Builder b = new Builder(statusCode);
        b.vendorCode = vendorCode;
        b.vendorMessage = vendorMessage;
        b.requestId = requestId;
        b.rawBody = rawBody;
        b.retryAfter = retryAfter;
        b.vendorSaysRetryable = vendorSaysRetryable;
        b.details.putAll(details);
        b.headers.putAll(headers);
        return b;
    }

    /** @return the HTTP status code of the answer */
    public int statusCode() {
        return statusCode;
    }

    /** @return the vendor's own error code (for example {@code 1965} or {@code bad_request}), if it sent one */
    public Optional<String> vendorCode() {
        return Optional.ofNullable(vendorCode);
    }

    /** @return the vendor's human-readable message, if it sent one */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }

    /** @return the request id the vendor assigned (from a response header or the body), if any */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The answer's body as received (bounded in size by the transport). Never part of
     * {@link ApiException#getMessage()} beyond a short excerpt.
     *
     * @return the raw body, empty if there was none
     */
    public String rawBody() {
        return rawBody;
    }

    /** @return how long the vendor asked the caller to wait before trying again, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Whether the vendor said the request was not processed and may be sent again, even for a
     * non-idempotent operation (for example a rate-limit refusal).
     *
     * @return {@code true} if the vendor marked the failure as retryable
     */
    public boolean vendorSaysRetryable() {
        return vendorSaysRetryable;
    }

    /**
     * Vendor-specific fields of the error (for example {@code param} naming the offending field).
     *
     * @return an unmodifiable map, empty if the vendor sent none
     */
    public Map<String, String> details() {
        return details;
    }

    /**
     * One vendor-specific field of the error.
     *
     * @param name the field's name
     * @return its value, if the vendor sent it
     */
    public Optional<String> detail(String name) {
        return Optional.ofNullable(details.get(name));
    }

    /** @return the answer's headers (names case-insensitive), for example rate-limit counters */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * A short, single-line, printable excerpt of a text, safe for an exception message.
     *
     * @param text any text, possibly {@code null}
     * @return at most {@link #MAX_EXCERPT} characters, control characters replaced by spaces
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        StringBuilder sb = new StringBuilder(Math.min(trimmed.length(), MAX_EXCERPT + 3));
        for (int i = 0; i < trimmed.length() && sb.length() < MAX_EXCERPT; i++) {
            char c = trimmed.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (trimmed.length() > MAX_EXCERPT) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** Builds an {@link ApiError}. */
    public static final class Builder {
        private final int statusCode;
        private String vendorCode;
        private String vendorMessage;
        private String requestId;
        private String rawBody;
        private Duration retryAfter;
        private boolean vendorSaysRetryable;
        private final Map<String, String> details = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder(int statusCode) {
            this.statusCode = statusCode;
        }

        /**
         * @param vendorCode the vendor's error code, or {@code null}
         * @return this builder
         */
        public Builder vendorCode(String vendorCode) {
            this.vendorCode = blankToNull(vendorCode);
            return this;
        }

        /**
         * @param vendorMessage the vendor's message, or {@code null}
         * @return this builder
         */
        public Builder vendorMessage(String vendorMessage) {
            this.vendorMessage = blankToNull(vendorMessage);
            return this;
        }

        /**
         * @param requestId the vendor's request id, or {@code null}
         * @return this builder
         */
        public Builder requestId(String requestId) {
            this.requestId = blankToNull(requestId);
            return this;
        }

        /**
         * @param rawBody the answer's body, or {@code null}
         * @return this builder
         */
        public Builder rawBody(String rawBody) {
            this.rawBody = rawBody;
            return this;
        }

        /**
         * @param retryAfter how long the vendor asked to wait, or {@code null}
         * @return this builder
         */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /**
         * @param retryable whether the vendor says the request may be sent again as is
         * @return this builder
         */
        public Builder vendorSaysRetryable(boolean retryable) {
            this.vendorSaysRetryable = retryable;
            return this;
        }

        /**
         * Adds a vendor-specific field; {@code null} values are skipped.
         *
         * @param name  the field's name
         * @param value its value, or {@code null}
         * @return this builder
         */
        public Builder detail(String name, String value) {
            if (value != null) {
                details.put(Objects.requireNonNull(name, "name"), value);
            }
            return this;
        }

        /**
         * @param headers the answer's headers
         * @return this builder
         */
        public Builder headers(Map<String, List<String>> headers) {
            this.headers.clear();
            headers.forEach((k, v) -> this.headers.put(k.toLowerCase(Locale.ROOT), v));
            return this;
        }

        /** @return the error description */
        public ApiError build() {
            return new ApiError(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
