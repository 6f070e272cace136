package dev.waiver.cli.render;

import static dev.waiver.cli.render.HtmlPages.select;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.acceptances.AcceptanceState;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.acceptances.VendorOutcome;
import dev.waiver.core.TransportTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The expiry timeline, as the browser sees it in the rendered page. */
class TimelineSvgTest extends BrowserTestBase {

    private HtmlPage page(RegisterView view) throws IOException {
        HtmlPage page = load(view);
        assertThat(browser.parserProblems).isEmpty();
        return page;
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        DomElement svg = page.getElementById("timeline");
        assertThat(svg.getTagName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("timeline-title timeline-desc");
        assertThat(page.getElementById("timeline-title").getTextContent())
                .isEqualTo("Expiry timeline of the active risk acceptances");
        assertThat(page.getElementById("timeline-desc").getTextContent()).isEqualTo(
                "4 active risk acceptances by expiry date, one lane per vendor read (STO, HAR, IaCM, Qualys), "
                        + "from 2026-11-15 to 2027-03-05. Today is 2026-11-30; the expiring-soon window of 30 days ends "
                        + "2026-12-30. 1 expired but still active. 1 never expire and are not placed on the axis. "
                        + "Not read: Qualys.");
    }

    @Test
    void hasOneLanePerVendorReadAndOneMarkPerDatedAcceptance() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        List<DomElement> lanes = select(page, "#timeline g.lane");
        assertThat(lanes).extracting(l -> l.getAttribute("data-vendor")).containsExactly("sto", "har", "iacm", "qualys");
        assertThat(lanes).extracting(l -> l.querySelector(".lane-label", l).getTextContent())
                .containsExactly("STO", "HAR", "IaCM", "Qualys");
        assertThat(marks(page, "sto")).extracting(TimelineSvgTest::tooltipFirstLine).containsExactly("STO EX-1", "STO EX-2");
        assertThat(marks(page, "har")).extracting(TimelineSvgTest::tooltipFirstLine)
                .containsExactly("HAR " + RegisterFixture.HOSTILE_ID, "HAR fw-7");
        assertThat(marks(page, "iacm")).isEmpty();
        assertThat(marks(page, "qualys")).isEmpty();
        assertThat(select(page, "#timeline .mark")).hasSize(4);
    }

    @Test
    void expiredButActiveMarksAreDiamondsWithTheirOwnClass() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        List<DomElement> marks = select(page, "#timeline .mark");
        assertThat(marks).filteredOn(m -> m.getAttribute("class").contains("flag-expired-but-active"))
                .extracting(DomElement::getTagName, TimelineSvgTest::tooltipFirstLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("path", "HAR " + RegisterFixture.HOSTILE_ID));
        assertThat(marks).filteredOn(m -> !m.getAttribute("class").contains("flag-expired-but-active"))
                .extracting(DomElement::getTagName).containsOnly("circle").hasSize(3);
        assertThat(marks(page, "sto")).extracting(m -> m.getAttribute("class"))
                .containsExactly("mark flag-expiring-soon", "mark flag-none");
    }

    @Test
    void marksSitInDateOrderBetweenTodayAndTheWindowWhereTheyBelong() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        double today = Double.parseDouble(((DomElement) page.querySelector("#timeline line.today", page)).getAttribute("x1"));
        DomElement window = page.querySelector("#timeline rect.window", page);
        double windowStart = Double.parseDouble(window.getAttribute("x"));
        double windowEnd = windowStart + Double.parseDouble(window.getAttribute("width"));
        double expired = x(marks(page, "har").get(0));
        double soon = x(marks(page, "sto").get(0));
        double soonHar = x(marks(page, "har").get(1));
        double later = x(marks(page, "sto").get(1));

        assertThat(windowStart).isEqualTo(today);
        assertThat(expired).isLessThan(today);
        assertThat(soon).isBetween(today, windowEnd);
        assertThat(soonHar).isBetween(soon, windowEnd);
        assertThat(later).isGreaterThan(windowEnd);
        assertThat(page.querySelector("#timeline .today-label", page).getTextContent()).isEqualTo("today 2026-11-30");
        assertThat(page.querySelector("#timeline .window-label", page).getTextContent()).isEqualTo("window end 2026-12-30");
    }

    @Test
    void monthTicksAreLabelled() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        List<DomNode> ticks = select(page, "#timeline text.tick");
        assertThat(ticks).extracting(DomNode::getTextContent).containsExactly("Dec2026", "Jan2027", "Feb", "Mar");
    }

    @Test
    void neverExpiringOnesAreCountedNotPlacedAndFailedOrEmptyLanesSaySo() throws IOException {
        HtmlPage page = page(RegisterFixture.view());

        assertThat(notes(page, "sto")).containsExactly("1 never expires");
        assertThat(notes(page, "har")).isEmpty();
        assertThat(notes(page, "iacm")).containsExactly("no active acceptances");
        assertThat(notes(page, "qualys")).containsExactly("not read: HTTP 503, vendor code 1965 (see Failed vendors)");
        assertThat(lane(page, "qualys").getAttribute("class")).isEqualTo("lane lane-failed");
        assertThat(page.getElementById("undated-note").getTextContent())
                .isEqualTo("1 active acceptance never expires and so has no place on the axis; each lane counts them at its end.");
    }

    @Test
    void aVendorWithNoAnswerAndCloseDatesStillDrawOneMarkEach() throws IOException {
        Instant now = RegisterFixture.NOW;
        VendorOutcome sto = VendorOutcome.success(AcceptanceVendor.STO, List.of(
                RegisterFixture.acceptance(AcceptanceVendor.STO, "a", AcceptanceState.ACTIVE, now.plusSeconds(60)),
                RegisterFixture.acceptance(AcceptanceVendor.STO, "b", AcceptanceState.ACTIVE, now.plusSeconds(120)),
                RegisterFixture.acceptance(AcceptanceVendor.STO, "c", AcceptanceState.ACTIVE, now.plusSeconds(180)),
                RegisterFixture.acceptance(AcceptanceVendor.STO, "d", AcceptanceState.ACTIVE, now.plusSeconds(240))),
                Duration.ZERO);
        VendorOutcome har = VendorOutcome.failure(AcceptanceVendor.HAR,
                new TransportTimeoutException("read timed out after 30 s", null, true), Duration.ofSeconds(30));
        RegisterView view = new RegisterView(new RegisterSnapshot(now, List.of(sto, har)), now, 0);

        HtmlPage page = page(view);

        assertThat(marks(page, "sto")).hasSize(4);
        assertThat(marks(page, "sto")).extracting(m -> m.getAttribute("cy")).containsExactly("64", "53", "75", "64");
        assertThat(notes(page, "har")).containsExactly("not read: read timed out after 30 s (see Failed vendors)");
        assertThat(page.<DomNode>querySelector("#timeline rect.window", page)).isNull();
        List<DomNode> ticks = select(page, "#timeline text.tick");
        assertThat(ticks).isNotEmpty();
        assertThat(page.getElementById("undated-note").getTextContent()).isEqualTo("Every active acceptance has an expiry date.");
        DomElement failure = page.querySelector("#failures tbody tr", page);
        List<DomNode> cells = select(failure, "th, td");
        assertThat(cells).extracting(DomNode::getTextContent).containsExactly(
                "HAR", "no answer", "\u2014", "read timed out after 30 s", "\u2014", "TransportTimeoutException");
    }

    private static DomElement lane(HtmlPage page, String vendor) {
        return page.querySelector("#timeline g.lane[data-vendor=" + vendor + "]", page);
    }

    private static List<DomElement> marks(HtmlPage page, String vendor) {
        DomElement lane = lane(page, vendor);
        return select(lane, ".mark");
    }

    private static List<String> notes(HtmlPage page, String vendor) {
        DomElement lane = lane(page, vendor);
        return select(lane, ".lane-note").stream().map(DomNode::getTextContent).toList();
    }

    private static String tooltipFirstLine(DomElement mark) {
        return mark.querySelector("title", mark).getTextContent().lines().findFirst().orElseThrow();
    }

    private static double x(DomElement mark) {
        if (mark.getTagName().equals("circle")) {
            return Double.parseDouble(mark.getAttribute("cx"));
        }
        String d = mark.getAttribute("d");
        return Double.parseDouble(d.substring(1, d.indexOf(',')));
    }
}
