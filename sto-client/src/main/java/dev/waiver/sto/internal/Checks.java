package dev.waiver.sto.internal;

import java.util.Collection;
import java.util.List;

/**
 * The checks STO requests make before anything is sent, each an {@link IllegalArgumentException}
 * naming the request, the field and the rule. Only what Harness' published description requires is
 * checked; the service decides the rest. Not API.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * @param value   the field's value
     * @param request the request's name, for example {@code CreateExemptionRequest}
     * @param field   the field's name as the builder spells it
     * @param <T>     its type
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public static <T> T required(T value, String request, String field) {
        if (value == null) {
            throw new IllegalArgumentException(request + "." + field + " is required: set ." + field + "(...)");
        }
        return value;
    }

    /**
     * An id that becomes a path segment: an empty one would change the route.
     *
     * @param value     the id
     * @param operation the operation, for example {@code Exemptions.get}
     * @param field     the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is {@code null} or empty
     */
    public static String pathId(String value, String operation, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(operation + ": " + field + " is required: pass the id, it is sent in"
                    + " the path");
        }
        return value;
    }

    /**
     * @param value   the field's value
     * @param min     the least value allowed
     * @param max     the greatest value allowed
     * @param request the request's name
     * @param field   the field's name
     * @return {@code value}
     * @throws IllegalArgumentException if outside {@code min..max}
     */
    public static int range(int value, int min, int max, String request, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(request + "." + field + " must be "
                    + (max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max)
                    + " (Harness' limits), was " + value);
        }
        return value;
    }

    /**
     * @param values  list entries
     * @param min     the fewest entries allowed
     * @param max     the most entries allowed
     * @param request the request's name
     * @param field   the list's name
     * @throws IllegalArgumentException if the list has fewer or more entries
     */
    public static void size(Collection<?> values, int min, int max, String request, String field) {
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(request + "." + field + " must hold " + min + " to " + max
                    + " entries, had " + values.size() + (values.size() > max ? ": split it into several calls" : ""));
        }
    }

    /**
     * @param values  a list a builder was given, or {@code null}
     * @param request the request's name
     * @param field   the list's name
     * @param <T>     the entry type
     * @return an unmodifiable copy, or {@code null} when {@code values} is {@code null} or empty (not set)
     * @throws IllegalArgumentException if an entry is {@code null}
     */
    public static <T> List<T> listOf(Collection<T> values, String request, String field) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(request + "." + field + " must not contain null entries");
            }
        }
        return List.copyOf(values);
    }
}
