package dev.waiver.har.internal;

import dev.waiver.core.ApiError;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of inputs before anything is sent: only the rules HAR's published description
 * states, each broken rule an {@link IllegalArgumentException} naming where (the request or the
 * operation), the field and the rule. Not API.
 */
public final class Checks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Checks() {
    }

    /**
     * @param value a required value
     * @param where the request or operation, for the message
     * @param field the field's name, for the message
     * @param <T>   the value's type
     * @return {@code value}
     * @throws IllegalArgumentException if it is {@code null}
     */
    public static <T> T required(T value, String where, String field) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": " + field + " is required");
        }
        return value;
    }

    /**
     * A path parameter: required, and not empty (an empty one would name another resource).
     *
     * @param value the path parameter
     * @param where the operation, for the message
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if it is {@code null} or empty
     */
    public static String pathParam(String value, String where, String field) {
        required(value, where, field);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": " + field + " must not be empty (it is a path parameter)");
        }
        return value;
    }

    /**
     * @param value a value the description declares {@code format: uuid}, or {@code null} (not set)
     * @param where the request or operation, for the message
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException unless it is {@code null} or a UUID in its 36-character text form
     */
    public static String uuid(String value, String where, String field) {
        if (value != null && !UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + field
                    + " must be a UUID (8-4-4-4-12 hexadecimal digits), was '" + ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * @param values values the description declares {@code format: uuid}
     * @param where  the request or operation, for the message
     * @param field  the field's name, for the message
     * @throws IllegalArgumentException unless each is a UUID
     */
    public static void uuids(Collection<String> values, String where, String field) {
        int i = 0;
        for (String v : values) {
            uuid(v, where, field + "[" + i++ + "]");
        }
    }

    /**
     * @param value a page number the description numbers from 0
     * @param where the request, for the message
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if it is negative
     */
    public static long page(long value, String where, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(where + ": " + field + " must be 0 or more (pages are numbered from 0), was "
                    + value);
        }
        return value;
    }

    /**
     * @param value a page size, or {@code null} (not set)
     * @param where the request, for the message
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException unless it is {@code null} or between 1 and 100
     */
    public static Integer size(Integer value, String where, String field) {
        if (value != null && (value < 1 || value > 100)) {
            throw new IllegalArgumentException(where + ": " + field + " must be between 1 and 100, was " + value);
        }
        return value;
    }

    /**
     * @param values a list whose items the description declares as strings, or {@code null} (not set)
     * @param where  the request, for the message
     * @param field  the field's name, for the message
     * @return an unmodifiable copy, or {@code null}
     * @throws IllegalArgumentException if an item is {@code null}
     */
    public static List<String> items(List<String> values, String where, String field) {
        if (values == null) {
            return null;
        }
        int i = 0;
        for (String v : values) {
            if (v == null) {
                throw new IllegalArgumentException(where + ": " + field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }
}
