package dev.waiver.cli.render;

import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.WaiverException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The top of the HTML page: when the register was read, the window, the counts that need a
 * reader's attention, the vendors read, and, first and unmissable when any vendor failed, the
 * "failed vendors" box (status, vendor code, message, request id) saying that the register is
 * incomplete.
 */
final class HtmlSummary {

    private static final String NONE = "&#x2014;";

    private HtmlSummary() {
    }

    /**
     * @param view the register
     * @return the {@code <header>} and the vendor sections, escaped
     */
    static String render(RegisterView view) {
        List<VendorOutcome> failures = view.snapshot().failures();
        StringBuilder html = new StringBuilder(4096);
        html.append("<header>\n<h1>Risk register").append(failures.isEmpty() ? "" : " <span class=\"incomplete\">(incomplete)</span>")
                .append("</h1>\n<p class=\"meta\">Read at <time id=\"read-at\" datetime=\"")
                .append(HtmlDates.iso(view.snapshot().readAt())).append("\">")
                .append(HtmlDates.dateTime(view.snapshot().readAt())).append("</time>; expiring-soon window <span id=\"window-days\">")
                .append(view.windowDays()).append(view.windowDays() == 1 ? " day" : " days").append("</span>, until ")
                .append(HtmlDates.date(view.now().plus(Duration.ofDays(view.windowDays())))).append(".</p>\n");
        counts(html, view);
        html.append("</header>\n");
        if (!failures.isEmpty()) {
            failureBox(html, failures, view.snapshot().outcomes().size());
        }
        vendors(html, view);
        return html.toString();
    }

    private static void counts(StringBuilder html, RegisterView view) {
        html.append("<ul class=\"counts\">\n");
        count(html, "active", view.rows().size(), "active");
        count(html, FlagStyle.cssClass(RowFlag.EXPIRING_SOON), rows(view, RowFlag.EXPIRING_SOON), "expiring soon");
        count(html, FlagStyle.cssClass(RowFlag.EXPIRED_BUT_ACTIVE), rows(view, RowFlag.EXPIRED_BUT_ACTIVE),
                "expired but active");
        count(html, FlagStyle.cssClass(RowFlag.NEVER_EXPIRES), rows(view, RowFlag.NEVER_EXPIRES), "never expire");
        count(html, "failed", view.snapshot().failures().size(), "failed vendors");
        html.append("</ul>\n");
    }

    private static long rows(RegisterView view, RowFlag flag) {
        return view.rows().stream().filter(r -> r.flag() == flag).count();
    }

    private static void count(StringBuilder html, String css, long n, String words) {
        html.append("<li id=\"count-").append(css).append("\" class=\"count ").append(css).append(n == 0 ? " zero" : "")
                .append("\"><span class=\"n\">").append(n).append("</span> ").append(words).append("</li>\n");
    }

    private static void failureBox(StringBuilder html, List<VendorOutcome> failures, int read) {
        html.append("<section id=\"failures\" class=\"failures\" aria-labelledby=\"failures-title\">\n")
                .append("<h2 id=\"failures-title\">Failed vendors: ").append(failures.size()).append(" of ").append(read)
                .append(" could not be read</h2>\n")
                .append("<p>Their risk acceptances are missing from this page: the register is incomplete, and a failed ")
                .append("vendor is not an empty one.</p>\n")
                .append("<table class=\"failures-table\">\n<thead><tr><th scope=\"col\">Vendor</th><th scope=\"col\">HTTP status</th>")
                .append("<th scope=\"col\">Vendor code</th><th scope=\"col\">Message</th><th scope=\"col\">Request id</th>")
                .append("<th scope=\"col\">Error</th></tr></thead>\n<tbody>\n");
        for (VendorOutcome outcome : failures) {
            WaiverException failure = outcome.failure().orElseThrow();
            html.append("<tr data-vendor=\"").append(outcome.vendor().key()).append("\"><th scope=\"row\">")
                    .append(HtmlText.escape(outcome.vendor().displayName())).append("</th><td>")
                    .append(FailureText.status(failure).map(HtmlText::escape).orElse("no answer")).append("</td><td>")
                    .append(orNone(FailureText.vendorCode(failure))).append("</td><td>")
                    .append(HtmlText.escape(FailureText.message(failure))).append("</td><td>")
                    .append(orNone(FailureText.requestId(failure))).append("</td><td>")
                    .append(HtmlText.escape(FailureText.kind(failure))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void vendors(StringBuilder html, RegisterView view) {
        html.append("<section id=\"vendors\" aria-labelledby=\"vendors-title\">\n<h2 id=\"vendors-title\">Vendors read</h2>\n")
                .append("<table class=\"vendors-table\">\n<thead><tr><th scope=\"col\">Vendor</th><th scope=\"col\">Result</th>")
                .append("<th scope=\"col\">Active acceptances</th><th scope=\"col\">Read in</th></tr></thead>\n<tbody>\n");
        for (VendorOutcome outcome : view.snapshot().outcomes()) {
            long active = view.rows().stream().filter(r -> r.acceptance().vendor() == outcome.vendor()).count();
            html.append("<tr data-vendor=\"").append(outcome.vendor().key()).append('"')
                    .append(outcome.failed() ? " class=\"failed\"" : "").append("><th scope=\"row\">")
                    .append(HtmlText.escape(outcome.vendor().displayName())).append("</th><td>")
                    .append(outcome.failed() ? "FAILED: " + HtmlText.escape(RegisterColumns.failureBrief(outcome.failure().orElseThrow()))
                            : "read").append("</td><td>")
                    .append(outcome.failed() ? "unknown" : String.valueOf(active)).append("</td><td>")
                    .append(outcome.elapsed().toMillis()).append(" ms</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String orNone(Optional<String> value) {
        return value.map(HtmlText::escape).orElse(NONE);
    }
}
