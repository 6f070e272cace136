package dev.waiver.testkit.internal.qualys;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP call as the Qualys backend sees it, independent of the server that received it.
 *
 * @param method  the HTTP method
 * @param path    the path, without query
 * @param query   the raw query string, or {@code null}
 * @param headers the headers (looked up ignoring case)
 * @param body    the raw body, or {@code null}
 */
public record QualysCall(String method, String path, String query, Map<String, List<String>> headers, String body) {

    /** Copies the headers into a case-insensitive map. */
    public QualysCall {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = h;
    }

    /**
     * @param name a header name, any case
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
