package dev.waiver.qualys.internal;

import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.RateLimitedException;
import dev.waiver.core.http.ErrorDecoder;
import dev.waiver.core.http.StandardErrors;
import dev.waiver.core.mapping.XmlElements;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return response -> {
            tracker.record(response.headers());
            Optional<SimpleReturn> parsed = parse(response.body());
            if (parsed.isEmpty()) {
                return StandardErrors.decodeUnrecognised(response);
            }
            return toException(response.baseError(), parsed.get(), response.headers(), response.retryAfter());
        };
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
        base.vendorCode(answer.code()).vendorMessage(answer.text()).detail(DATETIME, answer.datetime());
        answer.items().forEach((key, values) -> base.detail(key, String.join(",", values)));
        String code = answer.code() == null ? "" : answer.code();
        switch (code) {
            case "1960", "1965" -> {
                Duration wait = longest(retryAfter, seconds(header(headers, "X-RateLimit-ToWait-Sec")),
                        seconds(answer.item("SECONDS_TO_WAIT").orElse(null)));
                return new RateLimitedException(base.retryAfter(wait).vendorSaysRetryable(true).build());
            }
            case "2000", "2011" -> {
                return new AuthenticationException(base.build());
            }
            case "2001", "2003" -> {
                return new PermissionDeniedException(base.build());
            }
            case "1920" -> {
                return new ConflictException(base.build());
            }
            default -> {
                return BAD_REQUEST.contains(code) ? new BadRequestException(base.build()) : StandardErrors.forStatus(base.build());
            }
        }
    }

    private static Optional<SimpleReturn> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        XMLStreamReader r = null;
        try {
            r = QualysXml.open(body);
            if (!XmlElements.toRoot(r).equals(SimpleReturn.ROOT)) {
                return Optional.empty();
            }
            return Optional.of(SimpleReturn.read(r));
        } catch (XMLStreamException | RuntimeException e) {
            // HTML from a proxy, a cut body: the status alone must do
            return Optional.empty();
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
