package dev.waiver.cli.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How the HTML page writes dates: calendar dates and times in UTC (the page never depends on the
 * reader's or the machine's time zone), and an expiry relative to the view's "now" in whole days.
 */
final class HtmlDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlDates() {
    }

    /**
     * @param instant a point in time
     * @return its calendar date in UTC, ISO-8601 ({@code 2026-12-05})
     */
    static String date(Instant instant) {
        return utcDate(instant).toString();
    }

    /**
     * @param instant a point in time
     * @return its UTC date and time to the minute ({@code 2026-11-30 10:02 UTC})
     */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /**
     * @param instant a point in time
     * @return the ISO-8601 instant to the second, for {@code datetime} attributes and sort keys
     */
    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * @param instant a point in time
     * @return its calendar date in UTC
     */
    static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * @param expires an expiry
     * @param now     the view's "now"
     * @return how far the expiry's UTC date is from today's: {@code today}, {@code in 3 days},
     *         {@code 12 days ago}
     */
    static String relative(Instant expires, Instant now) {
        long days = ChronoUnit.DAYS.between(utcDate(now), utcDate(expires));
        if (days == 0) {
            return "today";
        }
        String amount = Math.abs(days) + (Math.abs(days) == 1 ? " day" : " days");
        return days > 0 ? "in " + amount : amount + " ago";
    }
}
