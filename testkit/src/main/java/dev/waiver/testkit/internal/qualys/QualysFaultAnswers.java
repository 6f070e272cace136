package dev.waiver.testkit.internal.qualys;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.internal.Answers;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an armed {@link FakeFault} the way Qualys writes errors: a {@code SIMPLE_RETURN} with
 * {@code CODE} and {@code TEXT} (Qualys API User Guide, Appendix "Error Codes"), whatever the HTTP
 * status, so 2001 can come inside HTTP 200. Without a vendor code, the documented code of the
 * status is used (401: 2000, 409: 1920); other statuses carry none. A 1965 carries
 * {@code SECONDS_TO_WAIT} and {@code X-RateLimit-ToWait-Sec} (the fault's wait, 60 s if none); a
 * 1960 carries {@code CALLS_TO_FINISH}; a plain status with a wait carries {@code Retry-After}.
 */
final class QualysFaultAnswers {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Instant now;
    private final QualysEndpoint endpoint;

    QualysFaultAnswers(String baseUrl, Instant now, QualysEndpoint endpoint) {
        this.baseUrl = baseUrl;
        this.now = now;
        this.endpoint = endpoint;
    }

    ResponseDefinition render(FakeFault fault) {
        int status = fault.status();
        String code = fault.vendorCode().orElse(status == 401 ? "2000" : status == 409 ? "1920" : null);
        Map<String, String> headers = new LinkedHashMap<>();
        if (!"2000".equals(code)) {
            headers.putAll(endpoint.rateLimitHeaders(now));
        }
        Map<String, String> items = new LinkedHashMap<>();
        String text = fault.message().orElse(null);
        if ("1965".equals(code)) {
            String wait = Answers.seconds(fault.retryAfter().orElse(DEFAULT_WAIT));
            items.put("SECONDS_TO_WAIT", wait);
            headers.put("X-RateLimit-Remaining", "0");
            headers.put("X-RateLimit-ToWait-Sec", wait);
            text = text != null ? text : "This API cannot be run again for another " + wait + " seconds.";
        } else if ("1960".equals(code)) {
            items.put("CALLS_TO_FINISH", "1");
        } else if (code == null && fault.retryAfter().isPresent()) {
            headers.put("Retry-After", Answers.seconds(fault.retryAfter().get()));
        }
        String body = new QualysXmlWriter(baseUrl).simpleReturn(now, code, text != null ? text : defaultText(code, status),
                items, null);
        return Answers.text(status, QualysAnswer.XML, body, headers);
    }

    /** Qualys' texts for its documented codes; for a bare status, its reason. */
    private static String defaultText(String code, int status) {
        if (code == null) {
            return switch (status) {
                case 403 -> "Forbidden";
                case 404 -> "Not Found";
                case 429 -> "Too Many Requests";
                case 500 -> "Internal Server Error";
                case 503 -> "Service Unavailable";
                default -> "HTTP " + status;
            };
        }
        return switch (code) {
            case "2000" -> "Bad Login/Password";
            case "2001" -> "This account has expired.";
            case "2003" -> "Registration must be completed before API requests will be served for this account";
            case "2011" -> "SecureID authentication is required for this account, so API access is blocked";
            case "1960" -> "This API cannot be run again until 1 currently running instance has finished.";
            case "1920", "1965" -> "The requested operation is blocked by one or more existing Business Objects";
            default -> "Error " + code;
        };
    }
}
