package dev.waiver.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.VendorStubs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end: environment, vendors read, formats, exit codes, streams. */
class RiskRegisterCommandTest {

    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private Map<String, String> harnessEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("WAIVER_HARNESS_API_KEY", "pat.test.key");
        env.put("WAIVER_HARNESS_ACCOUNT_ID", VendorStubs.ACCOUNT);
        env.put("WAIVER_HARNESS_BASE_URL", wm.baseUrl());
        env.put("WAIVER_HARNESS_ORG_ID", VendorStubs.ORG);
        env.put("WAIVER_HARNESS_PROJECT_ID", VendorStubs.PROJECT);
        return env;
    }

    private Map<String, String> allEnv() {
        Map<String, String> env = harnessEnv();
        env.put("WAIVER_QUALYS_USERNAME", "test_user");
        env.put("WAIVER_QUALYS_PASSWORD", "test-password");
        env.put("WAIVER_QUALYS_BASE_URL", wm.baseUrl());
        return env;
    }

    private void stubAll() {
        for (AcceptanceVendor v : AcceptanceVendor.values()) {
            VendorStubs.stubList(wm, v, 0);
        }
    }

    @Test
    void withOnlyTheHarnessVariablesReadsOnlyHarnessAndExitsZero() {
        stubAll();

        CliRun run = CliRun.run(harnessEnv(), "risk-register");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo(VendorStubs.QUALYS_PATH)))).isEmpty();
        assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo(VendorStubs.STO_PATH)))).hasSize(1);
        assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo(VendorStubs.HAR_PATH)))).hasSize(1);
        assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo(VendorStubs.IACM_PATH)))).hasSize(1);
        assertThat(run.out).contains("read 2026-11-30T10:00:00Z: STO 3, HAR 2, IaCM 2").doesNotContain("Qualys");
        assertThat(run.err).isEmpty();
    }

    @Test
    void theTableHoldsTheActiveAcceptancesByExpiryAndNothingElseIsOnStdout() {
        stubAll();

        CliRun run = CliRun.run(allEnv(), "risk-register", "--days", "8");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).startsWith("expires").contains("flag", "vendor", "id", "covers", "kind", "vendorStatus",
                "requestedBy", "approvedBy", "created");
        assertThat(lines.subList(1, 5)).satisfiesExactly(
                l -> assertThat(l).startsWith("2026-12-07T00:00:00Z  EXPIRING").contains("STO", "exmA000000000000000001"),
                l -> assertThat(l).startsWith("2026-12-07T00:00:00Z  EXPIRING").contains("HAR", "lodash@4.17.20|4.17.21"),
                l -> assertThat(l).startsWith("2026-12-09T00:00:00Z").doesNotContain("EXPIRING").contains("Qualys", "289"),
                l -> assertThat(l).startsWith("never").contains("NEVER-EXPIRES", "IaCM", "stage apply_staging"));
        assertThat(lines.subList(5, lines.size())).containsExactly(
                "4 active risk acceptances, 2 need attention (expiring within 8 days or expired while active)",
                "read 2026-11-30T10:00:00Z: STO 3, HAR 2, IaCM 2, Qualys 3");
        assertThat(run.err).as("no terminal: no progress").isEmpty();
    }

    @Test
    void progressGoesToStderrOnATerminalAndNeverToStdout() {
        stubAll();

        CliRun quiet = CliRun.run(allEnv(), false, "risk-register", "--format", "csv");
        CliRun shown = CliRun.run(allEnv(), true, "risk-register", "--format", "csv");

        assertThat(shown.exitCode).isEqualTo(0);
        assertThat(shown.out).isEqualTo(quiet.out);
        assertThat(shown.err).contains("STO: 3 acceptances in", "HAR: 2 acceptances in", "IaCM: 2 acceptances in",
                "Qualys: 3 acceptances in");
    }

    @Test
    void aVendorAnswering503IsNamedOnStderrTheOthersArePrintedAndTheExitCodeIsFour() {
        VendorStubs.stubFailure(wm, AcceptanceVendor.STO);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        VendorStubs.stubFailure(wm, AcceptanceVendor.QUALYS);

        CliRun run = CliRun.run(allEnv(), "risk-register", "--fail-on-expiring");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(4);
        assertThat(run.out).contains("lodash", "stage apply_staging")
                .contains("read 2026-11-30T10:00:00Z: STO FAILED (HTTP 503), HAR 2, IaCM 2, Qualys FAILED (HTTP 200, vendor code 2001)");
        assertThat(run.err.lines()).anySatisfy(l -> assertThat(l)
                .startsWith("waiver: STO failed: HTTP 503, vendor code -, request id req-sto-503: ServerException: "));
        assertThat(run.err.lines()).anySatisfy(l -> assertThat(l)
                .startsWith("waiver: Qualys failed: HTTP 200, vendor code 2001, request id -: PermissionDeniedException: "));
        assertThat(run.err).doesNotContain("test-password", "pat.test.key");
    }

    @Test
    void failOnExpiringExitsThreeWhenSomethingExpiresWithinTheWindowAndZeroOtherwise() {
        stubAll();

        assertThat(CliRun.run(allEnv(), "risk-register", "--fail-on-expiring").exitCode).isEqualTo(3);
        assertThat(CliRun.run(allEnv(), "risk-register", "--fail-on-expiring", "--days", "5").exitCode).isEqualTo(0);
        assertThat(CliRun.run(allEnv(), "risk-register", "--days", "30").exitCode).as("without the option").isEqualTo(0);
    }

    @Test
    void aVendorAskedForButNotConfiguredIsAUsageErrorNamingItsVariablesAndNothingIsRead() {
        stubAll();

        CliRun run = CliRun.run(harnessEnv(), "risk-register", "--vendors", "sto,qualys");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("qualys needs WAIVER_QUALYS_USERNAME and WAIVER_QUALYS_PASSWORD");
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void noVendorConfiguredIsAUsageErrorNamingTheVariables() {
        CliRun run = CliRun.run(Map.of(), "risk-register");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("WAIVER_HARNESS_API_KEY", "WAIVER_HARNESS_ACCOUNT_ID", "WAIVER_QUALYS_USERNAME",
                "WAIVER_QUALYS_PASSWORD", "--demo");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.run(allEnv(), "risk-register", "--days", "-1").err).contains("--days must be 0 or more, was -1");
        assertThat(CliRun.run(allEnv(), "risk-register", "--days", "-1").exitCode).isEqualTo(2);
        assertThat(CliRun.run(allEnv(), "risk-register", "--format", "xml").exitCode).isEqualTo(2);
        assertThat(CliRun.run(allEnv(), "risk-register", "--vendors", "jira").err)
                .contains("--vendors takes sto, har, iacm, qualys; got 'jira'");
        assertThat(CliRun.run(allEnv(), "risk-register", "--api-key", "x").exitCode).isEqualTo(2);
        assertThat(CliRun.run(allEnv()).exitCode).as("no subcommand").isEqualTo(2);
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void helpDocumentsTheExitCodesAndTheVariables() {
        CliRun run = CliRun.run(Map.of(), "risk-register", "--help");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).contains("Exit codes:", "0   the register was printed", "2   usage error",
                "3   with --fail-on-expiring", "4   at least one vendor failed", "WAIVER_HARNESS_API_KEY",
                "WAIVER_QUALYS_PLATFORM", "--vendors", "--days", "--format", "--output", "--demo");
    }

    @Test
    void csvParsesBackToTheRegister() {
        stubAll();

        CliRun run = CliRun.run(allEnv(), "risk-register", "--format", "csv");

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).endsWith("\r\n");
        List<List<String>> rows = parseCsv(run.out);
        assertThat(rows.get(0)).containsExactly("expires", "flag", "vendor", "id", "covers", "kind", "vendorStatus",
                "requestedBy", "approvedBy", "created");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).containsExactly("2026-12-07T00:00:00Z", "EXPIRING", "STO", "exmA000000000000000001",
                "TARGET/default/payments/tgtCheckoutWeb00000001 issue issLog4jCve2021442280", "Acceptable Risk", "Approved",
                "Priya Nair", "Alex Smith", "2026-11-16T00:00:00Z");
        assertThat(rows.get(3)).containsExactly("2026-12-09T00:00:00Z", "EXPIRING", "Qualys", "289",
                "host 10.10.10.5, control 16832 (policy CIS Windows Server 2022)", "URGENT", "Approved",
                "Robin Roe (robin_r)", "", "2026-11-01T08:00:00Z");
        assertThat(rows.get(4)).containsExactly("never", "NEVER-EXPIRES", "IaCM", "337f16ff-cec4-45f5-92fc-4710f4b942c0",
                "default/payments workspace payments_staging execution Qm9v2nTgRZy1dE7uLw3H8g", "stage apply_staging",
                "approved", "", "Sam Okafor", "2026-11-16T00:00:00Z");
    }

    @Test
    void jsonParsesBackWithVendorsAndAcceptances() throws IOException {
        VendorStubs.stubList(wm, AcceptanceVendor.STO, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.HAR, 0);
        VendorStubs.stubList(wm, AcceptanceVendor.IACM, 0);
        VendorStubs.stubFailure(wm, AcceptanceVendor.QUALYS);

        CliRun run = CliRun.run(allEnv(), "risk-register", "--format", "json");

        assertThat(run.exitCode).isEqualTo(4);
        JsonNode root = new ObjectMapper().readTree(run.out);
        assertThat(root.get("readAt").asText()).isEqualTo("2026-11-30T10:00:00Z");
        assertThat(root.get("today").asText()).isEqualTo("2026-11-30");
        assertThat(root.get("windowDays").asInt()).isEqualTo(30);
        assertThat(root.get("vendors")).hasSize(4);
        assertThat(root.get("vendors").get(0).get("vendor").asText()).isEqualTo("STO");
        assertThat(root.get("vendors").get(0).get("status").asText()).isEqualTo("ok");
        assertThat(root.get("vendors").get(0).get("count").asInt()).isEqualTo(3);
        JsonNode qualys = root.get("vendors").get(3);
        assertThat(qualys.get("status").asText()).isEqualTo("failed");
        assertThat(qualys.has("count")).isFalse();
        assertThat(qualys.get("error").get("type").asText()).isEqualTo("PermissionDeniedException");
        assertThat(qualys.get("error").get("httpStatus").asInt()).isEqualTo(200);
        assertThat(qualys.get("error").get("vendorCode").asText()).isEqualTo("2001");
        assertThat(qualys.get("error").get("requestId").isNull()).isTrue();
        JsonNode acceptances = root.get("acceptances");
        assertThat(acceptances).hasSize(3);
        JsonNode first = acceptances.get(0);
        assertThat(first.get("vendor").asText()).isEqualTo("STO");
        assertThat(first.get("id").asText()).isEqualTo("exmA000000000000000001");
        assertThat(first.get("covers").asText()).isEqualTo("TARGET/default/payments/tgtCheckoutWeb00000001 issue issLog4jCve2021442280");
        assertThat(first.get("kind").asText()).isEqualTo("Acceptable Risk");
        assertThat(first.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(first.get("vendorStatus").asText()).isEqualTo("Approved");
        assertThat(first.get("requestedBy").asText()).isEqualTo("Priya Nair");
        assertThat(first.get("approvedBy").asText()).isEqualTo("Alex Smith");
        assertThat(first.get("created").asText()).isEqualTo("2026-11-16T00:00:00Z");
        assertThat(first.get("expires").asText()).isEqualTo("2026-12-07T00:00:00Z");
        assertThat(first.get("flag").asText()).isEqualTo("EXPIRING_SOON");
        JsonNode iacm = acceptances.get(2);
        assertThat(iacm.get("expires").isNull()).isTrue();
        assertThat(iacm.get("requestedBy").isNull()).isTrue();
        assertThat(iacm.get("flag").asText()).isEqualTo("NEVER_EXPIRES");
    }

    @Test
    void markdownIsATableWithTheTotalsAndVendors() {
        stubAll();

        CliRun run = CliRun.run(allEnv(), "risk-register", "--format", "markdown");

        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Risk register 2026-11-30");
        assertThat(lines.get(2)).isEqualTo("| expires | flag | vendor | id | covers | kind | vendorStatus | requestedBy | approvedBy | created |");
        assertThat(lines.get(3)).isEqualTo("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        assertThat(lines.subList(4, 8)).allMatch(l -> l.startsWith("| ") && l.endsWith(" |") && l.split(" \\| ").length == 10);
        assertThat(lines.get(8)).isEmpty();
        assertThat(lines.get(9)).isEqualTo("4 active risk acceptances, 3 need attention (expiring within 30 days or expired while active).");
        assertThat(lines.get(11)).isEqualTo("Read 2026-11-30T10:00:00Z: STO 3, HAR 2, IaCM 2, Qualys 3.");
    }

    @Test
    void outputWritesTheRegisterToAFileAndNothingToStdout(@TempDir Path dir) throws IOException {
        stubAll();
        Path file = dir.resolve("register.csv");

        CliRun run = CliRun.run(allEnv(), "risk-register", "--format", "csv", "--output", file.toString());

        assertThat(run.exitCode).isEqualTo(0);
        assertThat(run.out).isEmpty();
        assertThat(parseCsv(Files.readString(file, StandardCharsets.UTF_8))).hasSize(5);
    }

    @Test
    void demoReadsTheSeededStandInsOfferingNoRealVendorAndSaysSo() {
        CliRun run = CliRun.run(Map.of(), "risk-register", "--demo", "--format", "json");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(0);
        assertThat(run.err).contains("--demo: reading seeded offline stand-ins of STO, HAR, IaCM, Qualys, not the real vendors");
        assertThat(run.out).contains("\"vendor\" : \"STO\"", "\"vendor\" : \"HAR\"", "\"vendor\" : \"IaCM\"",
                "\"vendor\" : \"Qualys\"");
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
