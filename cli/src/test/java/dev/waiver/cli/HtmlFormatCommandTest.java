package dev.waiver.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.waiver.cli.render.HtmlPages.select;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.VendorStubs;
import dev.waiver.cli.render.HtmlPages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code risk-register --format html} end to end: the page the command prints, in a headless browser. */
class HtmlFormatCommandTest {

    @TempDir
    Path dir;

    private WireMockServer wm;
    private final HtmlPages browser = new HtmlPages(true);

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
        browser.close();
    }

    private Map<String, String> env() {
        return Map.of("WAIVER_HARNESS_API_KEY", "pat.test.key", "WAIVER_HARNESS_ACCOUNT_ID", VendorStubs.ACCOUNT,
                "WAIVER_HARNESS_BASE_URL", wm.baseUrl(), "WAIVER_HARNESS_ORG_ID", VendorStubs.ORG,
                "WAIVER_HARNESS_PROJECT_ID", VendorStubs.PROJECT, "WAIVER_QUALYS_USERNAME", "test_user",
                "WAIVER_QUALYS_PASSWORD", "test-password", "WAIVER_QUALYS_BASE_URL", wm.baseUrl());
    }

    @Test
    void pageListsWhatTheCsvListsAndShowsTheFailedVendor() throws IOException {
        // Qualys refuses in its own way (code 2001 with HTTP 200): not retried, so the test needs no back-off.
        VendorStubs.stubList(wm, AcceptanceVendor.STO, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        VendorStubs.stubFailure(wm, AcceptanceVendor.QUALYS);

        CliRun html = CliRun.run(env(), "risk-register", "--format", "html", "--days", "8");
        CliRun csv = CliRun.run(env(), "risk-register", "--format", "csv", "--days", "8");
        HtmlPage page = browser.load(html.out, dir);

        assertThat(html.exitCode).as(html.toString()).isEqualTo(4);
        assertThat(html.out).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(browser.parserProblems).isEmpty();
        assertThat(browser.cssProblems).isEmpty();
        assertThat(browser.requests).isEmpty();
        List<List<String>> expected = RiskRegisterCommandTest.parseCsv(csv.out).stream().skip(1).toList();
        assertThat(expected).isNotEmpty();
        List<DomElement> rows = select(page, "#register-table tbody tr");
        assertThat(rows).extracting(r -> cell(r, 0) + " " + cell(r, 1))
                .containsExactlyElementsOf(expected.stream().map(c -> c.get(2) + " " + c.get(3)).toList());
        assertThat(select(page, "#timeline .mark")).hasSize((int) expected.stream().filter(c -> !c.get(0).equals("never")).count());
        List<DomElement> lanes = select(page, "#timeline g.lane");
        assertThat(lanes).extracting(l -> l.getAttribute("class") + " " + l.getAttribute("data-vendor"))
                .containsExactly("lane sto", "lane har", "lane iacm", "lane lane-failed qualys");
        List<DomNode> failure = select(page, "#failures tbody tr th, #failures tbody tr td");
        assertThat(failure).extracting(DomNode::getTextContent)
                .containsExactly("Qualys", "200", "2001", "This account has expired.", "\u2014", "PermissionDeniedException");
    }

    @Test
    void demoPageLoadsCleanly() throws IOException {
        CliRun run = CliRun.run(Map.of(), "risk-register", "--demo", "--format", "html");
        HtmlPage page = browser.load(run.out, dir);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(browser.parserProblems).isEmpty();
        assertThat(browser.requests).isEmpty();
        assertThat(page.getElementById("failures")).isNull();
        assertThat(select(page, "#timeline g.lane")).hasSize(AcceptanceVendor.values().length);
        assertThat(select(page, "#register-table tbody tr[data-order]")).isNotEmpty();
    }

    private static String cell(DomElement row, int index) {
        return HtmlPages.<DomNode>select(row, "td").get(index).getTextContent();
    }
}
