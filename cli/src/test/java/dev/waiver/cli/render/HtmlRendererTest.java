package dev.waiver.cli.render;

import static dev.waiver.cli.render.HtmlPages.select;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_COVERS;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_ID;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_KIND;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_MESSAGE;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_REQUESTER;
import static dev.waiver.cli.render.RegisterFixture.HOSTILE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableCell;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;

/** The {@code --format html} page, loaded and clicked in a headless browser (HtmlUnit). */
class HtmlRendererTest extends BrowserTestBase {

    private static final List<List<String>> EXPECTED_ROWS = List.of(
            List.of("HAR", HOSTILE_ID, HOSTILE_COVERS, HOSTILE_KIND, HOSTILE_STATUS, HOSTILE_REQUESTER, "",
                    "2026-11-20 (10 days ago)", "Expired but active"),
            List.of("STO", "EX-1", "project EX-1", "Compensating control", "active", "alice", "bob",
                    "2026-12-05 (in 5 days)", "Expiring soon"),
            List.of("HAR", "fw-7", "project fw-7", "Compensating control", "active", "alice", "bob",
                    "2026-12-20 (in 20 days)", "Expiring soon"),
            List.of("STO", "EX-2", "project EX-2", "Compensating control", "active", "alice", "bob",
                    "2027-03-01 (in 91 days)", ""),
            List.of("STO", "EX-3", "project EX-3", "Compensating control", "active", "alice", "bob", "never",
                    "Never expires"));

    private HtmlPage page() throws IOException {
        return load(RegisterFixture.view());
    }

    @Test
    void loadsWithoutScriptParserOrCssErrorsAndRequestsNothing() throws IOException {
        HtmlPage page = page();

        assertThat(page.getTitleText()).isEqualTo("Risk register 2026-11-30 (incomplete)");
        assertThat(browser.parserProblems).isEmpty();
        assertThat(browser.cssProblems).isEmpty();
        assertThat(browser.requests).isEmpty();
        // The script ran: it turned each heading into a button and showed the hint.
        assertThat(select(page, "#register-table thead th button")).hasSize(HtmlRegisterTable.COLUMNS.size());
        assertThat(page.getElementById("sort-hint").hasAttribute("hidden")).isFalse();
    }

    @Test
    void tableHasOneRowPerActiveAcceptanceWithItsCells() throws IOException {
        HtmlPage page = page();

        assertThat(cells(page)).isEqualTo(EXPECTED_ROWS);
        assertThat(rowClasses(page)).containsExactly("flag-expired-but-active", "flag-expiring-soon",
                "flag-expiring-soon", "flag-none", "flag-never-expires");
        assertThat(headings(page)).isEqualTo(HtmlRegisterTable.COLUMNS);
    }

    @Test
    void tableReadsTheSameWithScriptingOff() throws IOException {
        try (HtmlPages noScript = new HtmlPages(false)) {
            HtmlPage page = noScript.load(HtmlPages.render(RegisterFixture.view()), dir);

            assertThat(cells(page)).isEqualTo(EXPECTED_ROWS);
            assertThat(headings(page)).isEqualTo(HtmlRegisterTable.COLUMNS);
            assertThat(select(page, "#register-table button")).isEmpty();
            assertThat(page.getElementById("sort-hint").hasAttribute("hidden")).isTrue();
            assertThat(noScript.parserProblems).isEmpty();
        }
    }

    @Test
    void clickingAHeadingSortsByItAndAgainReverses() throws IOException {
        HtmlPage page = page();

        page = click(page, "Vendor");
        assertThat(column(page, 1)).containsExactly(HOSTILE_ID, "fw-7", "EX-1", "EX-2", "EX-3");
        assertThat(sortState(page)).containsExactly("ascending", null, null, null, null, null, null, null, null);

        page = click(page, "Vendor");
        assertThat(column(page, 1)).containsExactly("EX-1", "EX-2", "EX-3", HOSTILE_ID, "fw-7");
        assertThat(sortState(page).get(0)).isEqualTo("descending");

        page = click(page, "Flag");
        assertThat(column(page, 1)).containsExactly(HOSTILE_ID, "EX-1", "fw-7", "EX-2", "EX-3");
        assertThat(cells(page)).containsExactlyInAnyOrderElementsOf(EXPECTED_ROWS);
    }

    @Test
    void expiresIsSortedAscendingAtFirstSoItsFirstClickReverses() throws IOException {
        HtmlPage page = page();
        assertThat(sortState(page).get(7)).isEqualTo("ascending");

        page = click(page, "Expires");

        assertThat(column(page, 1)).containsExactly("EX-3", "EX-2", "fw-7", "EX-1", HOSTILE_ID);
        assertThat(sortState(page).get(7)).isEqualTo("descending");
    }

    @Test
    void headerShowsReadAtWindowAndCounts() throws IOException {
        HtmlPage page = page();

        assertThat(page.getElementById("read-at").getTextContent()).isEqualTo("2026-11-30 09:59 UTC");
        assertThat(page.getElementById("read-at").getAttribute("datetime")).isEqualTo("2026-11-30T09:59:30Z");
        assertThat(page.getElementById("window-days").getTextContent()).isEqualTo("30 days");
        assertThat(count(page, "active")).isEqualTo("5");
        assertThat(count(page, "flag-expiring-soon")).isEqualTo("2");
        assertThat(count(page, "flag-expired-but-active")).isEqualTo("1");
        assertThat(count(page, "flag-never-expires")).isEqualTo("1");
        assertThat(count(page, "failed")).isEqualTo("1");
    }

    @Test
    void failedVendorIsListedWithStatusCodeMessageAndRequestIdAndNeverLooksEmpty() throws IOException {
        HtmlPage page = page();

        DomElement box = page.getElementById("failures");
        assertThat(box.querySelector("h2", box).getTextContent()).isEqualTo("Failed vendors: 1 of 4 could not be read");
        List<HtmlTableRow> rows = select(box, "tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(texts(rows.get(0).getCells()))
                .containsExactly("Qualys", "503", "1965", HOSTILE_MESSAGE, "req-<42>", "ServerException");
        assertThat(vendorRow(page, "qualys")).containsExactly("Qualys", "FAILED: HTTP 503, vendor code 1965", "unknown", "300 ms");
        assertThat(vendorRow(page, "iacm")).containsExactly("IaCM", "read", "0", "40 ms");
        assertThat(vendorRow(page, "sto")).containsExactly("STO", "read", "3", "120 ms");
    }

    @Test
    void noFailureBoxWhenEveryVendorAnswered() throws IOException {
        RegisterView view = new RegisterView(new dev.waiver.acceptances.RegisterSnapshot(RegisterFixture.READ_AT,
                RegisterFixture.snapshot().outcomes().stream().filter(o -> !o.failed()).toList()), RegisterFixture.NOW, 30);

        HtmlPage page = load(view);

        assertThat(page.getElementById("failures")).isNull();
        assertThat(page.getTitleText()).isEqualTo("Risk register 2026-11-30");
        assertThat(count(page, "failed")).isEqualTo("0");
    }

    @Test
    void hostileVendorTextStaysText() throws IOException {
        String html = HtmlPages.render(RegisterFixture.view());
        HtmlPage page = browser.load(html, dir);

        assertThat(select(page, "img")).isEmpty();
        assertThat(select(page, "b, i")).isEmpty();
        assertThat(select(page, "script")).hasSize(1);
        assertThat(select(page, "#register-table tbody tr")).hasSize(EXPECTED_ROWS.size());
        for (DomNode node : select(page, "*")) {
            DomElement element = (DomElement) node;
            assertThat(element.getAttributesMap().keySet()).as("attributes of <%s>", element.getTagName())
                    .noneMatch(name -> name.toLowerCase().startsWith("on"));
        }
        assertThat(html).doesNotContain("<img", "<b>", "<i>", "<script>alert", "\" onmouseover");
        DomNode mark = select(page, "g.lane[data-vendor=har] .mark").get(0);
        assertThat(mark.querySelector("title", mark).getTextContent()).isEqualTo("HAR " + HOSTILE_ID + "\nCovers: "
                + HOSTILE_COVERS + "\nExpires 2026-11-20 (10 days ago)\nExpired but active");
    }

    @Test
    void pageReferencesNothingOutsideItself() throws IOException {
        String html = HtmlPages.render(RegisterFixture.view());
        HtmlPage page = browser.load(html, dir);

        for (DomNode node : select(page, "*")) {
            DomElement element = (DomElement) node;
            assertThat(element.getAttributesMap().keySet()).as("attributes of <%s>", element.getTagName())
                    .doesNotContainAnyElementsOf(List.of("src", "href", "xlink:href", "srcset", "action", "formaction",
                            "poster", "data", "background"));
        }
        assertThat(select(page, "link, iframe, object, embed, img, audio, video, base, form")).isEmpty();
        assertThat(html).doesNotContainPattern("(?i)https?:|//[a-z0-9]");
        assertThat(html).doesNotContainPattern("(?i)@import|url\\(");
        assertThat(html.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
        assertThat(browser.requests).isEmpty();
    }

    @Test
    void contentSecurityPolicyAllowsExactlyTheInlineStyleAndScript() throws IOException {
        HtmlPage page = page();

        String policy = ((DomElement) page.querySelector("meta[http-equiv=Content-Security-Policy]", page))
                .getAttribute("content");
        String script = page.querySelector("script", page).getTextContent();
        String style = page.querySelector("style", page).getTextContent();
        assertThat(policy).startsWith("default-src 'none';")
                .contains("script-src '" + PageAssets.sha256(script) + "'")
                .contains("style-src '" + PageAssets.sha256(style) + "'")
                .doesNotContain("unsafe");
    }

    @Test
    void sameViewGivesTheSamePage() {
        assertThat(HtmlPages.render(RegisterFixture.view())).isEqualTo(HtmlPages.render(RegisterFixture.view()));
    }

    private static HtmlPage click(HtmlPage page, String heading) throws IOException {
        for (HtmlButton button : HtmlPages.<HtmlButton>select(page, "#register-table thead th button")) {
            if (button.getTextContent().equals(heading)) {
                return button.click();
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    private static HtmlTable table(HtmlPage page) {
        return (HtmlTable) page.getElementById("register-table");
    }

    static List<List<String>> cells(HtmlPage page) {
        return table(page).getBodies().get(0).getRows().stream().map(r -> texts(r.getCells())).toList();
    }

    private static List<String> column(HtmlPage page, int index) {
        return cells(page).stream().map(r -> r.get(index)).toList();
    }

    private static List<String> rowClasses(HtmlPage page) {
        return table(page).getBodies().get(0).getRows().stream().map(r -> r.getAttribute("class")).toList();
    }

    private static List<String> headings(HtmlPage page) {
        return texts(table(page).getHeader().getRows().get(0).getCells());
    }

    private static List<String> sortState(HtmlPage page) {
        return table(page).getHeader().getRows().get(0).getCells().stream()
                .map(c -> c.hasAttribute("aria-sort") ? c.getAttribute("aria-sort") : null).toList();
    }

    private static List<String> texts(List<HtmlTableCell> cells) {
        return cells.stream().map(DomNode::getTextContent).toList();
    }

    private static String count(HtmlPage page, String css) {
        DomElement count = page.getElementById("count-" + css);
        return count.querySelector(".n", count).getTextContent();
    }

    private static List<String> vendorRow(HtmlPage page, String key) {
        HtmlTableRow row = page.querySelector("#vendors tr[data-vendor=" + key + "]", page);
        return texts(row.getCells());
    }
}
