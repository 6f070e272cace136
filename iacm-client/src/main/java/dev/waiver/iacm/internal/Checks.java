package dev.waiver.iacm.internal;

import dev.waiver.core.ApiError;
import java.util.regex.Pattern;

/**
 * Validation of inputs before anything is sent: only the rules IaCM's published description
 * states, each broken rule an {@link IllegalArgumentException} naming where (the request or the
 * operation), the field and the rule. Not API.
 */
public final class Checks {

    /** The most characters Harness accepts for an account, organisation or project identifier. */
    public static final int MAX_SCOPE_LENGTH = 128;

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Checks() {
    }

    /**
     * Refuses a scope identifier (account, org, project) that is missing or not 1..128 characters.
     *
     * @param value the identifier
     * @param name  the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static String scope(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required (1 to " + MAX_SCOPE_LENGTH + " characters)");
        }
        if (value.isEmpty() || value.length() > MAX_SCOPE_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_SCOPE_LENGTH + " characters long, was "
                    + value.length());
        }
        return value;
    }

    /**
     * Refuses a scope identifier (account, org, project) that is missing or not 1..128 characters.
     *
     * @param value the identifier
     * @param where the request or operation, for the message
     * @param name  the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static String scope(String value, String where, String name) {
        required(value, where, name);
        if (value.isEmpty() || value.length() > MAX_SCOPE_LENGTH) {
            throw new IllegalArgumentException(where + ": " + name + " must be 1 to " + MAX_SCOPE_LENGTH
                    + " characters long, was " + value.length());
        }
        return value;
    }

    /**
     * Refuses an approval id that is not a UUID (the description's {@code format: uuid}).
     *
     * @param value the id
     * @param where the request or operation, for the message
     * @param name  the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static String uuid(String value, String where, String name) {
        required(value, where, name);
        if (!UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + name
                    + " must be a UUID such as 6f66d9a7-9f45-40f2-8af5-6516000d8b98, was '" + ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * Refuses a number outside a range.
     *
     * @param value the number
     * @param where the request or operation, for the message
     * @param name  the field, for the message
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static long range(long value, String where, String name, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(where + ": " + name + " must be between " + min + " and " + max
                    + ", was " + value);
        }
        return value;
    }

    /**
     * Refuses a number below a minimum.
     *
     * @param value the number
     * @param where the request or operation, for the message
     * @param name  the field, for the message
     * @param min   the smallest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static long atLeast(long value, String where, String name, long min) {
        if (value < min) {
            throw new IllegalArgumentException(where + ": " + name + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Refuses a missing required value.
     *
     * @param value the value
     * @param where the request or operation, for the message
     * @param name  the field, for the message
     * @param <T>   the value's type
     * @return {@code value}
     * @throws IllegalArgumentException if it is {@code null}
     */
    public static <T> T required(T value, String where, String name) {
        if (value == null) {
            throw new IllegalArgumentException(where + ": " + name + " is required");
        }
        return value;
    }
}
