package dev.waiver.core.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per attempt: method, path, status, duration, attempt and request id. Query values
 * are replaced by {@code ***}; headers are logged at DEBUG from an allow-list only, so credentials
 * (which travel in headers such as {@code x-api-key} and {@code Authorization}) never appear.
 */
final class RequestLog {

    /** The logger every Waiver client writes to. */
    static final Logger LOG = LoggerFactory.getLogger("dev.waiver.http");

    private static final Set<String> HEADER_ALLOW_LIST = Set.of(
            "content-type", "content-length", "accept", "user-agent", "retry-after", "location",
            "x-request-id", "x-correlation-id", "x-page-size", "x-total-items", "x-total-pages",
            "x-ratelimit-limit", "x-ratelimit-window-sec", "x-ratelimit-remaining", "x-ratelimit-towait-sec",
            "x-concurrency-limit-limit", "x-concurrency-limit-running");

    private RequestLog() {
    }

    static String redactedTarget(HttpUrl url) {
        StringBuilder sb = new StringBuilder(url.encodedPath());
        if (url.querySize() > 0) {
            StringJoiner q = new StringJoiner("&", "?", "");
            for (int i = 0; i < url.querySize(); i++) {
                q.add(url.queryParameterName(i) + "=***");
            }
            sb.append(q);
        }
        return sb.toString();
    }

    static String allowedHeaders(Headers headers) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, List<String>> e : headers.toMultimap().entrySet()) {
            if (HEADER_ALLOW_LIST.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                j.add(e.getKey() + "=" + String.join(",", e.getValue()));
            }
        }
        return j.toString();
    }
}
