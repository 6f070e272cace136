package dev.waiver.sto.internal;

import java.util.Collection;

/**
 * Client-side checks whose messages name the field and the rule. Not API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param value the field's value
     * @param field the field's name as the builder spells it
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code null} or blank
     */
    public static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required: set ." + field + "(...)");
        }
        return notBlank(value, field);
    }

    /**
     * @param value the field's value
     * @param field the field's name
     * @param <T>   its type
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required: set ." + field + "(...)");
        }
        return value;
    }

    /**
     * @param value an optional id or text
     * @param field its name
     * @return {@code value}, possibly {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static String notBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: leave it unset instead");
        }
        return value;
    }

    /**
     * @param pageSize the requested page size, or {@code null}
     * @return {@code pageSize}
     * @throws IllegalArgumentException if outside 1..100
     */
    public static Integer pageSize(Integer pageSize) {
        if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100 (the service's limits), was "
                    + pageSize);
        }
        return pageSize;
    }

    /**
     * @param page a 0-based page number
     * @return {@code page}
     * @throws IllegalArgumentException if negative
     */
    public static int page(int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more (pages are 0-based), was " + page);
        }
        return page;
    }

    /**
     * @param values list entries
     * @param field  the list's name
     * @throws IllegalArgumentException if an entry is {@code null}
     */
    public static void noNulls(Collection<?> values, String field) {
        if (values != null && values.contains(null)) {
            throw new IllegalArgumentException(field + " must not contain null entries");
        }
    }
}
