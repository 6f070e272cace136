package dev.waiver.cli.render;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format html}: the register as one self-contained HTML page.
 *
 * <p>The page needs nothing but itself: its style sheet and its small sort script are inline, it
 * references no external URL, and a Content-Security-Policy forbids loading anything else. From top
 * to bottom: when the register was read and the window; the counts (active, expiring soon, expired
 * but active, never expiring, failed vendors); a "failed vendors" box, when any vendor could not be
 * read, with each one's HTTP status, vendor code, message and request id; the vendors read; the
 * expiry timeline (an SVG, one lane per vendor, today and the window marked); and the sortable table
 * of active acceptances, readable with scripting off (sorting by a column heading is an
 * enhancement). Every text a vendor sent is escaped. The page is drawn from the view alone, using
 * its "now" and never the clock, so one view always gives the same page; it is pure ASCII, so it
 * reads the same whatever charset {@code out} encodes with.
 */
public final class HtmlRenderer implements RegisterRenderer {

    /** Creates the renderer; it holds no state and can be shared. */
    public HtmlRenderer() {
        // nothing to configure
    }

    @Override
    public void render(RegisterView view, Writer out) throws IOException {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PageAssets.CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>Risk register ")
                .append(HtmlDates.date(view.snapshot().readAt()))
                .append(view.snapshot().failures().isEmpty() ? "" : " (incomplete)").append("</title>\n")
                .append("<style>").append(PageAssets.CSS).append("</style>\n</head>\n<body>\n")
                .append(HtmlSummary.render(view))
                .append("<section id=\"expiry-timeline\" aria-labelledby=\"timeline-heading\">\n")
                .append("<h2 id=\"timeline-heading\">Expiry timeline</h2>\n<figure>\n")
                .append(TimelineSvg.render(view))
                .append(legend(view))
                .append("</figure>\n</section>\n")
                .append(HtmlRegisterTable.render(view))
                .append("<script>").append(PageAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(page.toString());
    }

    private static String legend(RegisterView view) {
        long undated = view.rows().stream().filter(r -> r.acceptance().expires().isEmpty()).count();
        StringBuilder html = new StringBuilder("<figcaption>\n<ul class=\"legend\">\n");
        legendItem(html, FlagStyle.cssClass(RowFlag.NONE), "active (circle)");
        legendItem(html, FlagStyle.cssClass(RowFlag.EXPIRING_SOON), "expiring soon (circle)");
        legendItem(html, FlagStyle.cssClass(RowFlag.EXPIRED_BUT_ACTIVE), "expired but still active (diamond)");
        legendItem(html, "window", "today to the window's end");
        html.append("</ul>\n<p id=\"undated-note\">");
        if (undated == 0) {
            html.append("Every active acceptance has an expiry date.");
        } else {
            html.append(undated).append(undated == 1 ? " active acceptance never expires" : " active acceptances never expire")
                    .append(" and so has no place on the axis; each lane counts them at its end.");
        }
        return html.append("</p>\n</figcaption>\n").toString();
    }

    private static void legendItem(StringBuilder html, String css, String words) {
        html.append("<li><span class=\"swatch ").append(css).append("\"></span>").append(words).append("</li>\n");
    }
}
