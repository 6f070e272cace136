package dev.waiver.qualys.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the dates and timestamps Qualys writes: ISO-8601 date-times, {@code yyyy-mm-dd},
 * {@code mm/dd/yyyy}, and {@code N/A} for no date. The common shapes are read digit by digit,
 * without a formatter and without exceptions, because a list of a million records reads several
 * per record; anything else goes through ISO-8601 parsing. Not API.
 */
final class QualysDates {

    /** What Qualys writes for a date that is not set, for example {@code EXPIRATION_DATE} until approval. */
    static final String NOT_APPLICABLE = "N/A";

    private QualysDates() {
    }

    /**
     * @param text a trimmed date field
     * @return whether it says "no date" ({@code N/A}, any case)
     */
    static boolean isNotApplicable(String text) {
        return text.equalsIgnoreCase(NOT_APPLICABLE);
    }

    /**
     * @param text a trimmed date or timestamp: {@code 2023-11-28T11:21:31Z}, {@code 2023-11-28},
     *             {@code 12/31/2026}, {@code 12/31/2026 23:59:59}, or any ISO-8601 date-time with or
     *             without offset; times without a zone are UTC
     * @return the instant, or {@code null} if the text is not a valid date in any of these shapes
     */
    static Instant parse(String text) {
        try {
            Instant common = commonShape(text);
            if (common != null) {
                return common;
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** The four shapes Qualys uses, or {@code null} for any other text. */
    private static Instant commonShape(String t) {
        int n = t.length();
        if (n == 20 && at(t, 4, '-') && at(t, 7, '-') && at(t, 10, 'T') && at(t, 13, ':') && at(t, 16, ':')
                && at(t, 19, 'Z')) {
            return utc(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), digits(t, 11, 13), digits(t, 14, 16),
                    digits(t, 17, 19));
        }
        if (n == 10 && at(t, 4, '-') && at(t, 7, '-')) {
            return utc(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), 0, 0, 0);
        }
        if ((n == 10 || n == 19) && at(t, 2, '/') && at(t, 5, '/')) {
            if (n == 10) {
                return utc(digits(t, 6, 10), digits(t, 0, 2), digits(t, 3, 5), 0, 0, 0);
            }
            if (at(t, 10, ' ') && at(t, 13, ':') && at(t, 16, ':')) {
                return utc(digits(t, 6, 10), digits(t, 0, 2), digits(t, 3, 5), digits(t, 11, 13), digits(t, 14, 16),
                        digits(t, 17, 19));
            }
        }
        return null;
    }

    private static boolean at(String t, int index, char expected) {
        return t.charAt(index) == expected;
    }

    /** A UTC instant; a field that was not all digits (-1) makes it invalid. */
    private static Instant utc(int year, int month, int day, int hour, int minute, int second) {
        if ((year | month | day | hour | minute | second) < 0) {
            throw new DateTimeException("not a date");
        }
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    /** The decimal value of {@code t[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
