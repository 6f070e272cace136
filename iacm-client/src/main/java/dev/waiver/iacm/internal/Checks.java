package dev.waiver.iacm.internal;

import dev.waiver.core.ApiError;
import java.util.regex.Pattern;

/**
 * Validation of inputs before anything is sent, with messages that name the field and the rule.
 * Not API.
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
     * Refuses an approval id that is not a UUID.
     *
     * @param value the id
     * @param name  the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static String uuid(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required (a UUID such as 6f66d9a7-9f45-40f2-8af5-6516000d8b98)");
        }
        if (!UUID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a UUID such as 6f66d9a7-9f45-40f2-8af5-6516000d8b98, was '"
                    + ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * Refuses a number outside a range.
     *
     * @param value the number
     * @param name  the field, for the message
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static long range(long value, String name, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * Refuses a number below a minimum.
     *
     * @param value the number
     * @param name  the field, for the message
     * @param min   the smallest allowed value
     * @param why   why, appended to the message (for example "pages are numbered from 1")
     * @return {@code value}
     * @throws IllegalArgumentException if the rule is broken
     */
    public static long atLeast(long value, String name, long min, String why) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + " (" + why + "), was " + value);
        }
        return value;
    }

    /**
     * Refuses a required text that is missing or blank.
     *
     * @param value the text
     * @param name  the field, for the message
     * @return {@code value}
     * @throws IllegalStateException if the text is missing or blank
     */
    public static String requiredText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required and must not be blank: call ." + name + "(...)");
        }
        return value;
    }
}
