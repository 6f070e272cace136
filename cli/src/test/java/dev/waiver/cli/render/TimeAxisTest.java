package dev.waiver.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span, positions and ticks of the timeline's date axis. */
class TimeAxisTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void spansNowTheWindowAndEveryExpiryWithPadding() {
        TimeAxis axis = TimeAxis.covering(NOW, Instant.parse("2026-12-30T10:00:00Z"),
                List.of(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2027-06-01T00:00:00Z")), 100, 900);

        assertThat(axis.start()).isBefore(Instant.parse("2026-10-01T00:00:00Z")).isAfter(Instant.parse("2026-09-01T00:00:00Z"));
        assertThat(axis.end()).isAfter(Instant.parse("2027-06-01T00:00:00Z")).isBefore(Instant.parse("2027-07-01T00:00:00Z"));
        assertThat(axis.x(axis.start())).isEqualTo(100);
        assertThat(axis.x(axis.end())).isEqualTo(900);
        assertThat(axis.x(NOW)).isBetween(axis.x(Instant.parse("2026-10-01T00:00:00Z")), axis.x(Instant.parse("2027-06-01T00:00:00Z")));
    }

    @Test
    void monthTicksOnTheFirstWithTheYearWhereItStartsOrChanges() {
        TimeAxis axis = TimeAxis.covering(NOW, NOW, List.of(Instant.parse("2027-03-10T00:00:00Z")), 0, 1000);

        assertThat(axis.ticks()).extracting(TimeAxis.Tick::at).containsExactly(Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"),
                Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(axis.ticks()).extracting(t -> t.label() + "/" + t.year())
                .containsExactly("Dec/2026", "Jan/2027", "Feb/", "Mar/");
    }

    @Test
    void longSpansThinTheTicksToAtMostTwelve() {
        TimeAxis twoYears = TimeAxis.covering(NOW, NOW, List.of(Instant.parse("2028-11-01T00:00:00Z")), 0, 1000);
        TimeAxis decades = TimeAxis.covering(NOW, NOW, List.of(Instant.parse("2099-12-31T00:00:00Z")), 0, 1000);

        assertThat(twoYears.ticks()).hasSizeBetween(8, TimeAxis.MAX_TICKS)
                .extracting(TimeAxis.Tick::label).first().isEqualTo("Jan");
        assertThat(decades.ticks()).hasSizeBetween(6, TimeAxis.MAX_TICKS)
                .allMatch(t -> t.label().matches("\\d{4}") && t.year().isEmpty());
        assertThat(decades.ticks()).extracting(TimeAxis.Tick::label).startsWith("2030", "2040", "2050");
    }

    @Test
    void aFewDaysGetDayTicks() {
        TimeAxis axis = TimeAxis.covering(NOW, NOW, List.of(), 0, 1000);

        assertThat(axis.ticks()).extracting(t -> t.label() + "/" + t.year())
                .containsExactly("29 Nov/2026", "30 Nov/", "1 Dec/", "2 Dec/");
    }

    @Test
    void absurdDatesStayOnTheAxisEdge() {
        TimeAxis axis = TimeAxis.covering(NOW, NOW, List.of(Instant.MAX, Instant.MIN), 0, 1000);

        assertThat(axis.x(Instant.MAX)).isBetween(900.0, 1000.0);
        assertThat(axis.x(Instant.MIN)).isBetween(0.0, 100.0);
        assertThat(axis.x(NOW)).isBetween(200.0, 250.0);
        assertThat(axis.ticks()).hasSizeBetween(2, TimeAxis.MAX_TICKS);
    }
}
