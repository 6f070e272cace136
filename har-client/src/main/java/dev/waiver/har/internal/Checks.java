package dev.waiver.har.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Client-side validation with messages that name the field and the rule. */
public final class Checks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Checks() {
    }

    /**
     * @param value a required text
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if it is {@code null} or blank
     */
    public static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be null or blank");
        }
        return value;
    }

    /**
     * @param value a required text
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalStateException if it is missing or blank when the request is built
     */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(field + " is required: call ." + field + "(...) on the builder");
        }
        return value;
    }

    /**
     * @param value a registry id
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException unless it is a UUID in its 36-character text form
     */
    public static String uuid(String value, String field) {
        notBlank(value, field);
        if (!UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a UUID (8-4-4-4-12 hexadecimal digits), was '"
                    + dev.waiver.core.ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * @param values a list of texts
     * @param field  the field's name, for the message
     * @return an unmodifiable copy
     * @throws IllegalArgumentException if the list or any element is {@code null} or blank
     */
    public static List<String> noBlanks(Collection<String> values, String field) {
        if (values == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        List<String> copy = new ArrayList<>(values.size());
        int i = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null or blank");
            }
            copy.add(v);
            i++;
        }
        return List.copyOf(copy);
    }

    /**
     * @param page  a 0-based page number
     * @return {@code page}
     * @throws IllegalArgumentException if it is negative
     */
    public static long page(long page) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more (pages are numbered from 0), was " + page);
        }
        return page;
    }

    /**
     * @param size a page size
     * @return {@code size}
     * @throws IllegalArgumentException unless it is between 1 and 100
     */
    public static int size(int size) {
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size must be between 1 and 100, was " + size);
        }
        return size;
    }
}
