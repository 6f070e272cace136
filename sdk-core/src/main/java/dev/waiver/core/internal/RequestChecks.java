package dev.waiver.core.internal;

import dev.waiver.core.ApiError;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks a request's {@code build()} makes before anything is sent, for every vendor module:
 * every violation is an {@link IllegalArgumentException} whose message names the request type, the
 * field and the rule broken, for example
 * {@code CreateExemptionRequest.reason is required: set .reason(...)}. Immutable; one per request
 * type, kept in a constant:
 *
 * <pre>{@code
 * private static final RequestChecks CHECK = RequestChecks.of(CreateExemptionRequest.class);
 * ...
 * CHECK.required(reason, "reason");
 * CHECK.range(pageSize, "pageSize", 1, 100);
 * }</pre>
 *
 * Values are quoted only as a short excerpt, never whole. Not API.
 */
public final class RequestChecks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String type;

    private RequestChecks(String type) {
        this.type = type;
    }

    /**
     * Checks for one request type.
     *
     * @param requestType the request's class; its simple name starts every message
     * @return the checks
     */
    public static RequestChecks of(Class<?> requestType) {
        return new RequestChecks(requestType.getSimpleName());
    }

    /**
     * Checks for a request named in words (for example a path argument: {@code get(id)}).
     *
     * @param requestName the name that starts every message, for example {@code Approvals.get}
     * @return the checks
     */
    public static RequestChecks named(String requestName) {
        return new RequestChecks(Objects.requireNonNull(requestName, "requestName"));
    }

    /**
     * The failure for a field, for rules not covered here.
     *
     * @param field the field's name
     * @param rule  what the field must be, for example {@code "must be after startDate"}
     * @return the exception to throw
     */
    public IllegalArgumentException violation(String field, String rule) {
        return new IllegalArgumentException(type + "." + field + " " + rule);
    }

    /**
     * A field that must be set.
     *
     * @param value the value
     * @param field the field's name
     * @param <T>   the value type
     * @return the value
     */
    public <T> T required(T value, String field) {
        if (value == null) {
            throw violation(field, "is required: set ." + field + "(...)");
        }
        return value;
    }

    /**
     * A text field that must be set and not blank.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public String requiredText(String value, String field) {
        required(value, field);
        return notBlank(value, field);
    }

    /**
     * An optional text field that, when set, must not be blank.
     *
     * @param value the value, or {@code null}
     * @param field the field's name
     * @return the value
     */
    public String notBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw violation(field, "must not be blank: leave it unset instead");
        }
        return value;
    }

    /**
     * An optional text field that, when set, must have a length in range.
     *
     * @param value the value, or {@code null}
     * @param field the field's name
     * @param min   the shortest allowed length
     * @param max   the longest allowed length
     * @return the value
     */
    public String length(String value, String field, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            throw violation(field, "must be " + min + " to " + max + " characters long, was " + value.length());
        }
        return value;
    }

    /**
     * An optional field that, when set, must be a UUID (8-4-4-4-12 hexadecimal digits).
     *
     * @param value the value, or {@code null}
     * @param field the field's name
     * @return the value
     */
    public String uuid(String value, String field) {
        if (value != null && !UUID.matcher(value).matches()) {
            throw violation(field, "must be a UUID (8-4-4-4-12 hexadecimal digits, for example "
                    + "6f66d9a7-9f45-40f2-8af5-6516000d8b98), was '" + ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * An optional text field that, when set, must match a pattern.
     *
     * @param value       the value, or {@code null}
     * @param field       the field's name
     * @param pattern     the pattern the whole value must match
     * @param description the rule in words, for example {@code "a date as YYYY-MM-DD"}
     * @return the value
     */
    public String matches(String value, String field, Pattern pattern, String description) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw violation(field, "must be " + description + ", was '" + ApiError.excerpt(value) + "'");
        }
        return value;
    }

    /**
     * A number that must lie in a range (bounds included).
     *
     * @param value the value
     * @param field the field's name
     * @param min   the least allowed value
     * @param max   the greatest allowed value
     * @return the value
     */
    public long range(long value, String field, long min, long max) {
        if (value < min || value > max) {
            throw violation(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /**
     * An optional number that, when set, must lie in a range (bounds included).
     *
     * @param value the value, or {@code null}
     * @param field the field's name
     * @param min   the least allowed value
     * @param max   the greatest allowed value
     * @param <N>   the number type
     * @return the value
     */
    public <N extends Number> N range(N value, String field, long min, long max) {
        if (value != null) {
            range(value.longValue(), field, min, max);
        }
        return value;
    }

    /**
     * A number that must be at least a minimum.
     *
     * @param value the value
     * @param field the field's name
     * @param min   the least allowed value
     * @param why   the reason in words, for example {@code "pages are numbered from 0"}
     * @return the value
     */
    public long atLeast(long value, String field, long min, String why) {
        if (value < min) {
            throw violation(field, "must be at least " + min + " (" + why + "), was " + value);
        }
        return value;
    }

    /**
     * A number that must be 1 or more.
     *
     * @param value the value
     * @param field the field's name
     * @return the value
     */
    public long positive(long value, String field) {
        if (value < 1) {
            throw violation(field, "must be positive, was " + value);
        }
        return value;
    }

    /**
     * An optional collection that, when set, must hold no {@code null} entry.
     *
     * @param values the collection, or {@code null}
     * @param field  the field's name
     * @param <C>    the collection type
     * @return the collection
     */
    public <C extends Collection<?>> C noNulls(C values, String field) {
        if (values != null) {
            int i = 0;
            for (Object v : values) {
                if (v == null) {
                    throw violation(field + "[" + i + "]", "must not be null");
                }
                i++;
            }
        }
        return values;
    }

    /**
     * An optional list of texts that, when set, must hold no {@code null} or blank entry.
     *
     * @param values the texts, or {@code null}
     * @param field  the field's name
     * @return an unmodifiable copy, or {@code null}
     */
    public List<String> noBlanks(Collection<String> values, String field) {
        if (values == null) {
            return null;
        }
        int i = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw violation(field + "[" + i + "]", "must not be null or blank");
            }
            i++;
        }
        return List.copyOf(values);
    }

    /**
     * An optional collection that, when set, must not be empty.
     *
     * @param values the collection, or {@code null}
     * @param field  the field's name
     * @param <C>    the collection type
     * @return the collection
     */
    public <C extends Collection<?>> C notEmpty(C values, String field) {
        if (values != null && values.isEmpty()) {
            throw violation(field, "must hold at least one entry: leave it unset instead");
        }
        return values;
    }

    /**
     * An optional list of texts that, when set, must not contain a character in any entry (for
     * example Qualys' comma, which separates a list sent as one value).
     *
     * @param values    the texts, or {@code null}
     * @param field     the field's name
     * @param forbidden the character no entry may contain
     * @param why       the reason in words
     * @return the texts
     */
    public Collection<String> noneContains(Collection<String> values, String field, char forbidden, String why) {
        if (values != null) {
            int i = 0;
            for (String v : values) {
                if (v != null && v.indexOf(forbidden) >= 0) {
                    throw violation(field + "[" + i + "]", "must not contain '" + forbidden + "' (" + why + "), was '"
                            + ApiError.excerpt(v) + "'");
                }
                i++;
            }
        }
        return values;
    }
}
