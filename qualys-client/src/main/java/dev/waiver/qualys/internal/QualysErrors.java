package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.http.ErrorDecoder;
import dev.waiver.core.http.ErrorResponse;
import dev.waiver.core.http.StandardErrors;
import dev.waiver.core.http.VendorErrorDecoder;
import dev.waiver.core.mapping.XmlElements;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps a Qualys {@code SIMPLE_RETURN} error ({@code CODE}, {@code TEXT}, {@code DATETIME},
 * items) to the SDK's exception tree, whatever the HTTP status it came with:
 * <ul>
 *   <li>1901, 1903, 1904, 1905, 1907, 1908, 1922 (bad parameters): {@link BadRequestException};</li>
 *   <li>1920 (blocked by other requests): {@link ConflictException};</li>
 *   <li>1960 (concurrency limit), 1965 (rate limit): {@link RateLimitedException}, marked retryable
 *       (Qualys did not process the call), waiting {@code X-RateLimit-ToWait-Sec} or
 *       {@code SECONDS_TO_WAIT} (the longer);</li>
 *   <li>2000 (bad login), 2011 (SecureID required): {@link AuthenticationException};</li>
 *   <li>2001 (account expired), 2003 (registration not completed): {@link PermissionDeniedException};</li>
 *   <li>anything else: by HTTP status.</li>
 * </ul>
 * The code is the exception's vendor code, the text its vendor message; the answer's
 * {@code DATETIME} is the detail {@code datetime} and each item a detail under its key.
 */
public final class QualysErrors {

    /** Detail name under which the answer's {@code DATETIME} is kept. */
    public static final String DATETIME = "datetime";

    private static final Set<String> BAD_REQUEST = Set.of("1901", "1903", "1904", "1905", "1907", "1908", "1922");

    private QualysErrors() {
    }

    /**
     * The decoder for non-2xx answers; records their limit headers first.
     *
     * @param tracker where the limit headers go
     * @return the decoder
     */
    public static ErrorDecoder decoder(RateLimitTracker tracker) {
        return new Decoder(tracker);
    }

    /** Qualys' part of the core decoder skeleton: the {@code SIMPLE_RETURN} shape and its codes. */
    private static final class Decoder extends VendorErrorDecoder<SimpleReturn> {
        private final RateLimitTracker tracker;

        Decoder(RateLimitTracker tracker) {
            this.tracker = tracker;
        }

        @Override
        protected void observe(ErrorResponse response) {
            tracker.record(response.headers());
        }

        @Override
        protected SimpleReturn parse(String body) throws XMLStreamException {
            return QualysErrors.parse(body);
        }

        @Override
        protected void describe(SimpleReturn answer, ErrorResponse response, ApiError.Builder error) {
            QualysErrors.describe(error, answer, response.headers(), response.retryAfter());
        }

        @Override
        protected ApiException classify(ApiError error, SimpleReturn answer) {
            return answer == null ? StandardErrors.forStatus(error) : QualysErrors.classify(error, answer);
        }
    }

    /**
     * The exception for an error carried by an answer (of any status).
     *
     * @param base       the error pre-filled with status, headers, raw body and request id
     * @param answer     the parsed answer
     * @param headers    the answer's headers
     * @param retryAfter the wait from {@code Retry-After}, or {@code null}
     * @return the exception to throw
     */
    public static ApiException toException(ApiError.Builder base, SimpleReturn answer, Map<String, List<String>> headers,
                                           Duration retryAfter) {
        describe(base, answer, headers, retryAfter);
        return classify(base.build(), answer);
    }

    private static void describe(ApiError.Builder base, SimpleReturn answer, Map<String, List<String>> headers,
                                 Duration retryAfter) {
        base.vendorCode(answer.code()).vendorMessage(answer.text()).detail(DATETIME, answer.datetime());
        answer.items().forEach((key, values) -> base.detail(key, String.join(",", values)));
        if (isRateLimit(answer)) {
            Duration wait = longest(retryAfter, seconds(header(headers, "X-RateLimit-ToWait-Sec")),
                    seconds(answer.item("SECONDS_TO_WAIT").orElse(null)));
            base.retryAfter(wait).vendorSaysRetryable(true);
        }
    }

    private static boolean isRateLimit(SimpleReturn answer) {
        return "1960".equals(answer.code()) || "1965".equals(answer.code());
    }

    private static ApiException classify(ApiError error, SimpleReturn answer) {
        String code = answer.code() == null ? "" : answer.code();
        return switch (code) {
            case "1960", "1965" -> new RateLimitedException(error);
            case "2000", "2011" -> new AuthenticationException(error);
            case "2001", "2003" -> new PermissionDeniedException(error);
            case "1920" -> new ConflictException(error);
            default -> BAD_REQUEST.contains(code) ? new BadRequestException(error) : StandardErrors.forStatus(error);
        };
    }

    /** The {@code SIMPLE_RETURN} in a body, or {@code null} for another root. */
    private static SimpleReturn parse(String body) throws XMLStreamException {
        XMLStreamReader r = null;
        try {
            r = QualysXml.open(body);
            return XmlElements.toRoot(r).equals(SimpleReturn.ROOT) ? SimpleReturn.read(r) : null;
        } finally {
            QualysXml.closeQuietly(r);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (name.equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static Duration seconds(String text) {
        Long n = text == null ? null : QualysXml.number(text);
        return n == null || n < 0 ? null : Duration.ofSeconds(n);
    }

    private static Duration longest(Duration... waits) {
        Duration longest = null;
        for (Duration d : waits) {
            if (d != null && (longest == null || d.compareTo(longest) > 0)) {
                longest = d;
            }
        }
        return longest;
    }
}
