package dev.waiver.cli.render;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline's horizontal axis: which dates it spans, where a date falls between two x
 * coordinates, and its labelled ticks.
 *
 * <p>The span runs from the earlier of "now" and the earliest expiry to the later of the window's
 * end and the latest expiry (so the whole window band is visible), padded on both sides by 4% of the
 * span and at least two days. Ticks fall on the first of a month, every 1, 2, 3, 6 or 12 months (or
 * every 2, 5, 10, 20... years for a long span) so that at most {@value #MAX_TICKS} are drawn; a span too short
 * for two month ticks gets day ticks instead. All dates are UTC.
 */
final class TimeAxis {

    /** At most this many labelled ticks, so labels never crowd each other. */
    static final int MAX_TICKS = 12;

    private static final Duration MIN_PAD = Duration.ofDays(2);
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
    private static final int[] DAY_STEPS = {1, 2, 7, 14};

    /**
     * One tick on the axis.
     *
     * @param at    where it falls (midnight UTC)
     * @param label its first label line (month or day)
     * @param year  its second label line: the year where it starts or changes, else empty
     */
    record Tick(Instant at, String label, String year) {
    }

    private final Instant start;
    private final Instant end;
    private final double x0;
    private final double x1;

    private TimeAxis(Instant start, Instant end, double x0, double x1) {
        this.start = start;
        this.end = end;
        this.x0 = x0;
        this.x1 = x1;
    }

    /**
     * @param now       the view's "now"
     * @param windowEnd the end of the "expiring soon" window
     * @param expiries  the dates to place, possibly none
     * @param x0        the x coordinate of the span's start
     * @param x1        the x coordinate of the span's end, greater than {@code x0}
     * @return an axis spanning them all
     */
    static TimeAxis covering(Instant now, Instant windowEnd, List<Instant> expiries, double x0, double x1) {
        Instant lo = now;
        Instant hi = windowEnd.isAfter(now) ? windowEnd : now;
        for (Instant e : expiries) {
            lo = e.isBefore(lo) ? e : lo;
            hi = e.isAfter(hi) ? e : hi;
        }
        lo = clamp(lo);
        hi = clamp(hi);
        long spanSeconds = hi.getEpochSecond() - lo.getEpochSecond();
        Duration pad = Duration.ofSeconds(Math.max(MIN_PAD.getSeconds(), spanSeconds / 25));
        return new TimeAxis(lo.minus(pad), hi.plus(pad), x0, x1);
    }

    /** @return the first instant the axis shows */
    Instant start() {
        return start;
    }

    /** @return the last instant the axis shows */
    Instant end() {
        return end;
    }

    /**
     * @param instant a point in time
     * @return its x coordinate; an instant beyond the years 0001 to 9999 sits at the axis' edge
     */
    double x(Instant instant) {
        double span = (double) end.getEpochSecond() - start.getEpochSecond();
        double offset = (double) clamp(instant).getEpochSecond() - start.getEpochSecond();
        return x0 + (x1 - x0) * Math.max(0, Math.min(1, offset / span));
    }

    /** Keeps a date a vendor may have set absurdly far away (a "forever" sentinel) within four-digit years. */
    private static Instant clamp(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }

    /** @return the labelled ticks, in date order, at most {@value #MAX_TICKS} */
    List<Tick> ticks() {
        LocalDate first = HtmlDates.utcDate(start);
        LocalDate last = HtmlDates.utcDate(end);
        List<Tick> months = monthTicks(first, last);
        return months.size() >= 2 ? months : dayTicks(first, last);
    }

    private List<Tick> monthTicks(LocalDate first, LocalDate last) {
        YearMonth from = YearMonth.from(first);
        if (midnight(from.atDay(1)).isBefore(start)) {
            from = from.plusMonths(1);
        }
        YearMonth to = YearMonth.from(last);
        int step = step(ChronoUnit.MONTHS.between(from, to) + 1, MONTH_STEPS, 12);
        YearMonth tick = step < 12 ? from.plusMonths(Math.floorMod(1 - from.getMonthValue(), step)) : firstJanuary(from, step / 12);
        List<Tick> ticks = new ArrayList<>();
        for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
            boolean yearLabel = ticks.isEmpty() || tick.getMonthValue() == 1;
            String label = step >= 12 ? String.valueOf(tick.getYear())
                    : tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            ticks.add(new Tick(midnight(tick.atDay(1)), label,
                    step < 12 && yearLabel ? String.valueOf(tick.getYear()) : ""));
        }
        return ticks;
    }

    /** The first January at or after {@code from} whose year is a multiple of {@code years}. */
    private static YearMonth firstJanuary(YearMonth from, int years) {
        int year = from.getMonthValue() == 1 ? from.getYear() : from.getYear() + 1;
        return YearMonth.of(year + Math.floorMod(-year, years), 1);
    }

    private List<Tick> dayTicks(LocalDate first, LocalDate last) {
        LocalDate from = first.plusDays(1);
        long days = ChronoUnit.DAYS.between(from, last) + 1;
        int step = step(days, DAY_STEPS, 7);
        LocalDate tick = step >= 7 ? from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)) : from;
        List<Tick> ticks = new ArrayList<>();
        for (; !tick.isAfter(last); tick = tick.plusDays(step)) {
            boolean yearLabel = ticks.isEmpty() || tick.getDayOfYear() <= step;
            ticks.add(new Tick(midnight(tick),
                    tick.getDayOfMonth() + " " + tick.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                    yearLabel ? String.valueOf(tick.getYear()) : ""));
        }
        return ticks;
    }

    /**
     * The smallest step from {@code steps} giving at most MAX_TICKS ticks; beyond them a round number
     * of {@code unit}s (1, 2 or 5 times a power of ten).
     */
    private static int step(long count, int[] steps, int unit) {
        for (int s : steps) {
            if ((count + s - 1) / s <= MAX_TICKS) {
                return s;
            }
        }
        long needed = ((count + unit - 1) / unit + MAX_TICKS - 1) / MAX_TICKS;
        for (long power = 1; ; power *= 10) {
            for (long nice : new long[] {power, 2 * power, 5 * power}) {
                if (nice >= needed) {
                    return (int) (unit * nice);
                }
            }
        }
    }

    private static boolean atMidnight(Instant instant) {
        return instant.getEpochSecond() % 86_400 == 0;
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
