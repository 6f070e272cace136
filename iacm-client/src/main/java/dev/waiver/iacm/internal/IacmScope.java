package dev.waiver.iacm.internal;

import dev.waiver.core.internal.RequestChecks;

/**
 * The one IaCM rule for account, organisation and project identifiers (the {@code Harness-Account}
 * header and the {@code org}, {@code project} path parameters): 1 to 128 characters. Not API.
 */
public final class IacmScope {

    /** The most characters IaCM accepts for an account, organisation or project identifier. */
    public static final int MAX_LENGTH = 128;

    private IacmScope() {
    }

    /**
     * @param value the identifier
     * @param where the request, operation or builder, for the message
     * @param field the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if it is missing or not 1 to 128 characters long
     */
    public static String check(String value, String where, String field) {
        RequestChecks check = RequestChecks.named(where);
        if (value == null) {
            throw check.violation(field, "is required (1 to " + MAX_LENGTH + " characters)");
        }
        return check.length(value, field, 1, MAX_LENGTH);
    }
}
