package dev.waiver.testkit.internal.qualys;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The parameters of one call: the query string's, then the form body's, each
 * {@code application/x-www-form-urlencoded}. A parameter given twice keeps its last value, as
 * Qualys documents ("the last silently wins"); names keep their first position.
 */
public final class QualysParams {

    private final Map<String, String> values;

    private QualysParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * @param query the raw query string, or {@code null}
     * @param body  the raw form body, or {@code null}
     * @return the parameters
     */
    public static QualysParams of(String query, String body) {
        Map<String, String> values = new LinkedHashMap<>();
        addEncoded(query, values);
        addEncoded(body, values);
        return new QualysParams(values);
    }

    private static void addEncoded(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            into.put(name, value);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * @param name a parameter name
     * @return its value, or {@code null} if absent
     */
    public String get(String name) {
        return values.get(name);
    }

    /**
     * @param name a parameter name
     * @return whether it was given with a non-blank value
     */
    public boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isBlank();
    }

    /** @return every parameter in first-seen order, last value each */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * @param known the parameters an action accepts
     * @return the given names it does not accept, in order, comma-separated; empty if none
     */
    public String unknown(Set<String> known) {
        StringJoiner out = new StringJoiner(",");
        values.keySet().stream().filter(n -> !known.contains(n)).forEach(out::add);
        return out.toString();
    }

    /**
     * @param skip names to leave out
     * @return the parameters as a query string, encoded, without the skipped names
     */
    public String toQuery(Set<String> skip) {
        StringJoiner out = new StringJoiner("&");
        values.forEach((k, v) -> {
            if (!skip.contains(k)) {
                out.add(encode(k) + '=' + encode(v));
            }
        });
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
