package dev.waiver.cli.render;

import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.RiskAcceptance;
import dev.waiver.acceptances.VendorOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The expiry timeline: an inline SVG of the register's acceptances by expiry date, one lane per
 * vendor read, with "now" and the "expiring soon" window marked.
 *
 * <p>Every dated row of the view is one mark (a {@code .mark} element with a {@code <title>}
 * tooltip) in its vendor's lane ({@code g.lane[data-vendor=key]}); expired-but-active ones are
 * diamonds, the others circles, and each carries its {@link FlagStyle#cssClass flag class}. Rows that
 * never expire have no place on a date axis: each lane counts them at its end. A vendor that could
 * not be read gets a lane that says so, never an empty-looking one. Drawn from the view alone (its
 * "now", never the clock), so the same view always gives the same SVG.
 */
final class TimelineSvg {

    private static final double WIDTH = 960;
    private static final double LEFT = 130;
    private static final double RIGHT = 130;
    private static final double TOP = 44;
    private static final double LANE = 40;
    private static final double AXIS = 40;
    private static final double RADIUS = 6;
    /** Vertical offsets tried in turn, so marks with close dates sit beside rather than on each other. */
    private static final double[] SLOTS = {0, -11, 11};

    private TimelineSvg() {
    }

    /**
     * @param view the register
     * @return the {@code <svg>} element, escaped and ready to embed in the page
     */
    static String render(RegisterView view) {
        List<VendorOutcome> lanes = view.snapshot().outcomes();
        List<RegisterRow> dated = view.rows().stream().filter(r -> r.acceptance().expires().isPresent()).toList();
        Instant now = view.now();
        Instant windowEnd = now.plus(Duration.ofDays(view.windowDays()));
        TimeAxis axis = TimeAxis.covering(now, windowEnd,
                dated.stream().map(r -> r.acceptance().expires().orElseThrow()).toList(), LEFT, WIDTH - RIGHT);
        double lanesBottom = TOP + lanes.size() * LANE;
        double height = lanesBottom + AXIS;

        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg id=\"timeline\" class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\"")
                .append(" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(height))
                .append("\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(height)).append("\">\n")
                .append("<title id=\"timeline-title\">Expiry timeline of the active risk acceptances</title>\n")
                .append("<desc id=\"timeline-desc\">").append(HtmlText.escape(description(view, lanes, dated, axis)))
                .append("</desc>\n");
        laneBackgrounds(svg, lanes);
        window(svg, axis, now, windowEnd, lanesBottom);
        grid(svg, axis, lanesBottom);
        for (int i = 0; i < lanes.size(); i++) {
            lane(svg, lanes.get(i), view, axis, TOP + i * LANE);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void laneBackgrounds(StringBuilder svg, List<VendorOutcome> lanes) {
        svg.append("<g class=\"lane-backgrounds\">\n");
        for (int i = 0; i < lanes.size(); i++) {
            String kind = lanes.get(i).failed() ? "lane-bg lane-failed" : i % 2 == 0 ? "lane-bg even" : "lane-bg odd";
            svg.append("<rect class=\"").append(kind).append("\" x=\"0\" y=\"").append(num(TOP + i * LANE))
                    .append("\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(LANE)).append("\"/>\n");
        }
        svg.append("</g>\n");
    }

    /** The shaded band from now to the window's end, and the two vertical lines with their labels. */
    private static void window(StringBuilder svg, TimeAxis axis, Instant now, Instant windowEnd, double lanesBottom) {
        double today = axis.x(now);
        double end = axis.x(windowEnd);
        double top = TOP - 6;
        if (windowEnd.isAfter(now)) {
            svg.append("<rect class=\"window\" x=\"").append(num(today)).append("\" y=\"").append(num(top))
                    .append("\" width=\"").append(num(end - today)).append("\" height=\"").append(num(lanesBottom - top))
                    .append("\"/>\n");
            svg.append("<line class=\"window-end\" x1=\"").append(num(end)).append("\" y1=\"").append(num(top))
                    .append("\" x2=\"").append(num(end)).append("\" y2=\"").append(num(lanesBottom)).append("\"/>\n");
            svg.append("<text class=\"window-label\" x=\"").append(num(end + 4)).append("\" y=\"").append(num(TOP - 10))
                    .append("\">window end ").append(HtmlDates.date(windowEnd)).append("</text>\n");
        }
        svg.append("<line class=\"today\" x1=\"").append(num(today)).append("\" y1=\"").append(num(TOP - 30))
                .append("\" x2=\"").append(num(today)).append("\" y2=\"").append(num(lanesBottom)).append("\"/>\n");
        svg.append("<text class=\"today-label\" x=\"").append(num(today - 4)).append("\" y=\"").append(num(TOP - 24))
                .append("\" text-anchor=\"end\">today ").append(HtmlDates.date(now)).append("</text>\n");
    }

    /** The axis line, month (or day) ticks with their labels, and faint grid lines through the lanes. */
    private static void grid(StringBuilder svg, TimeAxis axis, double lanesBottom) {
        svg.append("<g class=\"axis\">\n<line class=\"axis-line\" x1=\"").append(num(LEFT)).append("\" y1=\"")
                .append(num(lanesBottom)).append("\" x2=\"").append(num(WIDTH - RIGHT)).append("\" y2=\"")
                .append(num(lanesBottom)).append("\"/>\n");
        for (TimeAxis.Tick tick : axis.ticks()) {
            String x = num(axis.x(tick.at()));
            svg.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(num(TOP)).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(num(lanesBottom + 5)).append("\"/>\n");
            svg.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(num(lanesBottom + 18))
                    .append("\" text-anchor=\"middle\">").append(HtmlText.escape(tick.label()));
            if (!tick.year().isEmpty()) {
                svg.append("<tspan x=\"").append(x).append("\" dy=\"14\">").append(tick.year()).append("</tspan>");
            }
            svg.append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void lane(StringBuilder svg, VendorOutcome outcome, RegisterView view, TimeAxis axis, double top) {
        AcceptanceVendor vendor = outcome.vendor();
        double middle = top + LANE / 2;
        List<RegisterRow> rows = view.rows().stream().filter(r -> r.acceptance().vendor() == vendor).toList();
        svg.append("<g class=\"lane").append(outcome.failed() ? " lane-failed" : "").append("\" data-vendor=\"")
                .append(vendor.key()).append("\">\n");
        svg.append("<text class=\"lane-label\" x=\"8\" y=\"").append(num(middle + 4)).append("\">")
                .append(HtmlText.escape(vendor.displayName())).append("</text>\n");
        if (outcome.failed()) {
            note(svg, LEFT + 8, middle, "not read: " + RegisterColumns.failureBrief(outcome.failure().orElseThrow())
                    + " (see Failed vendors)", "start");
        } else if (rows.isEmpty()) {
            note(svg, LEFT + 8, middle, "no active acceptances", "start");
        }
        double[] lastX = new double[SLOTS.length];
        Arrays.fill(lastX, Double.NEGATIVE_INFINITY);
        long undated = 0;
        for (RegisterRow row : rows) {
            if (row.acceptance().expires().isEmpty()) {
                undated++;
                continue;
            }
            double x = axis.x(row.acceptance().expires().get());
            int slot = slot(lastX, x);
            lastX[slot] = x;
            mark(svg, row, view, x, middle + SLOTS[slot]);
        }
        if (undated > 0) {
            note(svg, WIDTH - RIGHT + 10, middle, undated + (undated == 1 ? " never expires" : " never expire"), "start");
        }
        svg.append("</g>\n");
    }

    /** The first slot whose last mark is far enough to the left, else the one whose last mark is farthest. */
    private static int slot(double[] lastX, double x) {
        int best = 0;
        for (int i = 0; i < lastX.length; i++) {
            if (x - lastX[i] >= 2 * RADIUS + 1) {
                return i;
            }
            best = lastX[i] < lastX[best] ? i : best;
        }
        return best;
    }

    private static void mark(StringBuilder svg, RegisterRow row, RegisterView view, double x, double y) {
        String css = "mark " + FlagStyle.cssClass(row.flag());
        if (row.flag() == RowFlag.EXPIRED_BUT_ACTIVE) {
            double r = RADIUS + 1.5;
            svg.append("<path class=\"").append(css).append("\" d=\"M").append(num(x)).append(',').append(num(y - r))
                    .append(" L").append(num(x + r)).append(',').append(num(y))
                    .append(" L").append(num(x)).append(',').append(num(y + r))
                    .append(" L").append(num(x - r)).append(',').append(num(y)).append(" Z\">");
            svg.append("<title>").append(HtmlText.escape(tooltip(row, view))).append("</title></path>\n");
        } else {
            svg.append("<circle class=\"").append(css).append("\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"").append(num(RADIUS)).append("\">");
            svg.append("<title>").append(HtmlText.escape(tooltip(row, view))).append("</title></circle>\n");
        }
    }

    private static String tooltip(RegisterRow row, RegisterView view) {
        RiskAcceptance a = row.acceptance();
        Instant expires = a.expires().orElseThrow();
        StringBuilder sb = new StringBuilder().append(a.vendor().displayName()).append(' ').append(a.id());
        if (!a.covers().isEmpty()) {
            sb.append("\nCovers: ").append(a.covers());
        }
        sb.append("\nExpires ").append(HtmlDates.date(expires)).append(" (").append(HtmlDates.relative(expires, view.now()))
                .append(')');
        if (row.flag() != RowFlag.NONE) {
            sb.append("\n").append(FlagStyle.label(row.flag()));
        }
        return sb.toString();
    }

    private static void note(StringBuilder svg, double x, double middle, String text, String anchor) {
        svg.append("<text class=\"lane-note\" x=\"").append(num(x)).append("\" y=\"").append(num(middle + 4))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(HtmlText.escape(text)).append("</text>\n");
    }

    private static String description(RegisterView view, List<VendorOutcome> lanes, List<RegisterRow> dated, TimeAxis axis) {
        long expired = dated.stream().filter(r -> r.flag() == RowFlag.EXPIRED_BUT_ACTIVE).count();
        long undated = view.rows().size() - dated.size();
        StringBuilder sb = new StringBuilder()
                .append(dated.size()).append(" active risk acceptances by expiry date, one lane per vendor read (")
                .append(lanes.stream().map(o -> o.vendor().displayName()).collect(Collectors.joining(", ")))
                .append("), from ").append(HtmlDates.date(axis.start())).append(" to ").append(HtmlDates.date(axis.end()))
                .append(". Today is ").append(HtmlDates.date(view.now())).append("; the expiring-soon window of ")
                .append(view.windowDays()).append(" days ends ")
                .append(HtmlDates.date(view.now().plus(Duration.ofDays(view.windowDays())))).append(". ")
                .append(expired).append(" expired but still active. ")
                .append(undated).append(" never expire and are not placed on the axis.");
        List<String> failed = new ArrayList<>();
        lanes.stream().filter(VendorOutcome::failed).forEach(o -> failed.add(o.vendor().displayName()));
        if (!failed.isEmpty()) {
            sb.append(" Not read: ").append(String.join(", ", failed)).append('.');
        }
        return sb.toString();
    }

    private static String num(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
