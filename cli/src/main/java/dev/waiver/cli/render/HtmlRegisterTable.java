package dev.waiver.cli.render;

import dev.waiver.acceptances.RiskAcceptance;
import java.time.Instant;
import java.util.List;

/**
 * The register as an HTML table ({@code #register-table}): one row per active acceptance, in the
 * view's order (soonest expiry first), readable as is with scripting off. Cells whose text does not
 * sort well (expiry, flag) carry a {@code data-sort} key that the page's sort script uses; each row
 * carries its flag's class and its original position ({@code data-order}) so sorting is stable.
 */
final class HtmlRegisterTable {

    /** Column headings, in order. */
    static final List<String> COLUMNS = List.of("Vendor", "ID", "Covers", "Kind", "Vendor status", "Requested by",
            "Approved by", "Expires", "Flag");

    private static final int EXPIRES_COLUMN = COLUMNS.indexOf("Expires");
    /** Sort key of a row that never expires: after every ISO-8601 instant. */
    private static final String NEVER = "~never";

    private HtmlRegisterTable() {
    }

    /**
     * @param view the register
     * @return the section holding the table, escaped
     */
    static String render(RegisterView view) {
        List<RegisterRow> rows = view.rows();
        StringBuilder html = new StringBuilder(1024 + rows.size() * 512);
        html.append("<section id=\"register\" aria-labelledby=\"register-title\">\n")
                .append("<h2 id=\"register-title\">Active risk acceptances</h2>\n")
                .append("<p id=\"sort-hint\" class=\"hint\" hidden>Select a column heading to sort by it; select it again ")
                .append("to reverse the order.</p>\n")
                .append("<table id=\"register-table\" class=\"register\">\n<caption>")
                .append(rows.size()).append(rows.size() == 1 ? " active risk acceptance" : " active risk acceptances")
                .append(", soonest expiry first</caption>\n<thead><tr>");
        for (int i = 0; i < COLUMNS.size(); i++) {
            html.append("<th scope=\"col\"").append(i == EXPIRES_COLUMN ? " aria-sort=\"ascending\"" : "").append('>')
                    .append(COLUMNS.get(i)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            row(html, rows.get(i), i, view.now());
        }
        if (rows.isEmpty()) {
            html.append("<tr class=\"empty\"><td colspan=\"").append(COLUMNS.size())
                    .append("\">No active risk acceptances at the vendors that answered.</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, RegisterRow row, int order, Instant now) {
        RiskAcceptance a = row.acceptance();
        html.append("<tr class=\"").append(FlagStyle.cssClass(row.flag())).append("\" data-order=\"").append(order)
                .append("\">");
        cell(html, a.vendor().displayName());
        cell(html, a.id());
        cell(html, a.covers());
        cell(html, a.kind());
        cell(html, a.vendorStatus());
        cell(html, a.requestedBy().orElse(""));
        cell(html, a.approvedBy().orElse(""));
        if (a.expires().isPresent()) {
            Instant expires = a.expires().get();
            html.append("<td data-sort=\"").append(HtmlDates.iso(expires)).append("\"><time datetime=\"")
                    .append(HtmlDates.iso(expires)).append("\">").append(HtmlDates.date(expires)).append("</time> <span class=\"rel\">(")
                    .append(HtmlDates.relative(expires, now)).append(")</span></td>");
        } else {
            html.append("<td data-sort=\"").append(NEVER).append("\">never</td>");
        }
        html.append("<td data-sort=\"").append(FlagStyle.sortKey(row.flag())).append("\">")
                .append(FlagStyle.label(row.flag())).append("</td></tr>\n");
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(HtmlText.escape(text)).append("</td>");
    }
}
