package dev.waiver.qualys;

import java.util.List;

/**
 * The checks the request builders make before anything is sent: only rules Qualys' documentation
 * states. Every broken rule is an {@link IllegalArgumentException} whose message names the
 * request, the field and the rule, for example {@code CreateExceptionRequest: comments is required}.
 */
final class Validation {

    private Validation() {
    }

    /**
     * @param value   the value, or {@code null} if not set
     * @param request the request type, for the message
     * @param field   the field (its builder method), for the message
     * @param <T>     the value type
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not set
     */
    static <T> T required(T value, String request, String field) {
        if (value == null) {
            throw fail(request, field, "is required: call ." + field + "(...)");
        }
        return value;
    }

    /**
     * A required text parameter: Qualys reads an empty value as a missing parameter (error 1903).
     *
     * @param value   the text, or {@code null} if not set
     * @param request the request type, for the message
     * @param field   the field, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if the text is not set or empty
     */
    static String requiredText(String value, String request, String field) {
        if (required(value, request, field).isEmpty()) {
            throw fail(request, field, "is required and must not be empty");
        }
        return value;
    }

    /**
     * A tag set: Qualys takes tags separated by commas, so a tag that is missing, empty or holds a
     * comma cannot be sent as one tag.
     *
     * @param tags    the tags, or {@code null} when not set
     * @param request the request type, for the message
     * @param field   the field, for the message
     * @return the tags as an unmodifiable list, empty when not set
     * @throws IllegalArgumentException if a tag is missing, empty or holds a comma
     */
    static List<String> tags(List<String> tags, String request, String field) {
        if (tags == null) {
            return List.of();
        }
        for (String tag : tags) {
            if (tag == null || tag.isEmpty()) {
                throw fail(request, field, "must not contain a missing or empty tag (Qualys separates tags with commas)");
            }
            if (tag.contains(",")) {
                throw fail(request, field, "must not contain a tag with a comma (Qualys separates tags with commas): '"
                        + tag + "'");
            }
        }
        return List.copyOf(tags);
    }

    /**
     * @param request the request type
     * @param field   the field
     * @param rule    the rule, as the rest of the sentence
     * @return the exception to throw
     */
    static IllegalArgumentException fail(String request, String field, String rule) {
        return new IllegalArgumentException(request + ": " + field + " " + rule);
    }
}
