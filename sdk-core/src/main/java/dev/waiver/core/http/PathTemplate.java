package dev.waiver.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A request's path template split once into literal segments and whole-segment placeholders
 * ({@code /sto/api/v2/exemptions/{id}}), so a call only fills in its parameters. Vendor modules
 * use a handful of constant templates; they are kept (at most {@value #CACHED} of them).
 */
final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final int CACHED = 512;
    private static final Map<String, PathTemplate> TEMPLATES = new ConcurrentHashMap<>();

    /** Literal segments as they are; placeholders by name, with {@link #isParameter} set. */
    private final String[] parts;
    private final boolean[] isParameter;
    private final boolean trailingSlash;
    /** The segments of a template without placeholders, made once. */
    private final List<String> literal;

    private PathTemplate(String template) {
        List<String> p = new ArrayList<>();
        List<Boolean> param = new ArrayList<>();
        for (String raw : template.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.length() > 2 && raw.charAt(0) == '{' && raw.charAt(raw.length() - 1) == '}'
                    && PLACEHOLDER.matcher(raw).matches()) {
                p.add(raw.substring(1, raw.length() - 1));
                param.add(Boolean.TRUE);
            } else if (raw.contains("{") || raw.contains("}")) {
                throw new IllegalArgumentException("a path placeholder must fill a whole segment: " + raw);
            } else {
                p.add(raw);
                param.add(Boolean.FALSE);
            }
        }
        this.parts = p.toArray(new String[0]);
        this.isParameter = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            isParameter[i] = param.get(i);
        }
        // a trailing slash is significant to some vendors (Qualys)
        this.trailingSlash = template.endsWith("/") && parts.length > 0;
        this.literal = param.contains(Boolean.TRUE) ? null : segments(Map.of());
    }

    /**
     * @param template a path template
     * @return it, split
     * @throws IllegalArgumentException if a placeholder does not fill a whole segment
     */
    static PathTemplate of(String template) {
        PathTemplate t = TEMPLATES.get(template);
        if (t == null) {
            t = new PathTemplate(template);
            if (TEMPLATES.size() < CACHED) {
                TEMPLATES.putIfAbsent(template, t);
            }
        }
        return t;
    }

    /**
     * @param params the placeholders' values by name
     * @return the decoded segments; a last empty segment is a trailing slash
     * @throws IllegalArgumentException if a placeholder has no value, or a blank, {@code .} or {@code ..} one
     */
    List<String> resolve(Map<String, String> params) {
        return literal != null ? literal : segments(params);
    }

    private List<String> segments(Map<String, String> params) {
        List<String> segments = new ArrayList<>(parts.length + (trailingSlash ? 1 : 0));
        for (int i = 0; i < parts.length; i++) {
            if (!isParameter[i]) {
                segments.add(parts[i]);
                continue;
            }
            String name = parts[i];
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException("path parameter '" + name + "' is required");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be blank");
            }
            if (value.equals(".") || value.equals("..")) {
                throw new IllegalArgumentException("path parameter '" + name + "' must not be '" + value
                        + "': it would change the request path");
            }
            segments.add(value);
        }
        if (trailingSlash) {
            segments.add("");
        }
        return Collections.unmodifiableList(segments);
    }
}
