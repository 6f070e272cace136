package dev.waiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.examples.register.HarRiskSource;
import dev.waiver.examples.register.IacmRiskSource;
import dev.waiver.examples.register.QualysRiskSource;
import dev.waiver.examples.register.RegisterFormat;
import dev.waiver.examples.register.RiskRegister;
import dev.waiver.examples.register.StoRiskSource;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs each program against the test kit's fakes, as the README's first command does. */
class ExamplesTest {

    private static final String REGISTER_SUMMARY = "14 active risk acceptances, 7 need attention";

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Examples.run(Arrays.asList(args), env, Clock.systemUTC(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void everyWalkThroughRunsOfflineAndSaysWhatItDid() {
        Run r = run("all");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("[STO] using the embedded server at http://")
                .contains("[HAR] using the embedded server at http://").contains("[IaCM] using the embedded server at http://")
                .contains("[Qualys] using the embedded server at http://").doesNotContain("error");
        String sto = "exmp000000000000000001";
        String har = "00000000-0000-4000-8000-000000000001";
        String iacm = "00000000-0000-4000-9000-000000000001";
        assertThat(r.out())
                .contains("STO  created exemption " + sto + " for issue issPrototypePollution1")
                .contains("STO  listed 11 exemptions in 3 pages, 3 pending review")
                .contains("STO  approved " + sto + ": Approved, expires ")
                .contains("STO  promoted " + sto + " to scope ORG")
                .contains("STO  issue issPrototypePollution1 is exempted by " + sto + " at scope ORG")
                .contains("STO  exported 3 history rows of issue issPrototypePollution1 as "
                        + "exemption-history-issPrototypePollution1.csv")
                .contains("HAR  created firewall exception " + har + " for axios@0.21.1 (PENDING, expires null)")
                .contains("HAR  updated " + har + ": never expires (expirationAt=null)")
                .contains("HAR  approved " + har + " by Waiver Test Kit")
                .contains("HAR  listed 6 exceptions in 2 pages (the registry reports 6)")
                .contains("IaCM created approval " + iacm + " for stage apply_prod of workspace payments_prod")
                .contains("IaCM listed 6 approvals in default/payments, 2 pending")
                .contains("IaCM approval " + iacm + " is now approved (by Sam Okafor)")
                .contains("QLYS requested exception 297 for control 16832 on host 3753490")
                .contains("QLYS listed 3 exceptions across truncated batches, 3 pending")
                .contains("QLYS approved 297 until ")
                .contains("QLYS deleted 297: Exception(s) deleted successfully")
                .contains("QLYS 296 calls left in this rate-limit window")
                // The walk-throughs' new HAR exception and IaCM approval are active too; the STO one was
                // promoted to the organisation, outside the project the register reads.
                .contains("16 active risk acceptances, 7 need attention");
    }

    @Test
    void theRiskRegisterListsActiveEntriesOfAllFourVendorsSortedByExpiryAndFlagged() {
        Run r = run("risk-register", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<List<String>> rows = parseCsv(r.out());
        assertThat(rows.get(0)).isEqualTo(RegisterFormat.HEADER);
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(7)).containsExactly(
                "STO exmA000000000000000003 EXPIRED-STILL-ACTIVE",
                "HAR 0b1f6a3e-0000-4000-8000-000000000005 EXPIRED-STILL-ACTIVE",
                "STO exmA000000000000000001 EXPIRING",
                "Qualys 289 EXPIRING",
                "HAR 0b1f6a3e-0000-4000-8000-000000000001 EXPIRING",
                "STO exmA000000000000000002 EXPIRING",
                "Qualys 295 EXPIRING",
                "STO exmA000000000000000007 ",
                "STO exmA000000000000000006 ",
                "Qualys 291 ",
                "HAR 0b1f6a3e-0000-4000-8000-000000000002 ",
                "IaCM 337f16ff-cec4-45f5-92fc-4710f4b942c0 ",
                "IaCM 6c0a4d3e-2f5b-4a7c-8d8e-9f1a2b3c4d5e ",
                "STO exmA000000000000000010 ");
        List<Instant> expiries = data.stream().map(row -> row.get(6)).filter(e -> !e.equals("never")).map(Instant::parse).toList();
        assertThat(expiries).isSorted();
        assertThat(data.get(0)).containsExactly("STO", "exmA000000000000000003",
                "PROJECT/default/payments issue issOpensslOutdated0001", "Fix Unavailable", "Approved", "Lee Chen",
                data.get(0).get(6), "EXPIRED-STILL-ACTIVE");
        assertThat(Duration.between(Instant.now(), Instant.parse(data.get(0).get(6))).toDays()).isBetween(-4L, -2L);
        assertThat(data.get(4)).containsExactly("HAR", "0b1f6a3e-0000-4000-8000-000000000001",
                "npm-upstream-firewall: lodash@4.17.20", "NPM", "APPROVED", "Jane Doe", data.get(4).get(6), "EXPIRING");
        assertThat(data.get(3).subList(0, 6)).containsExactly("Qualys", "289", "10.10.10.5", "control 16832",
                "Approved", "Jordan Doe");
        assertThat(data.get(11)).containsExactly("IaCM", "337f16ff-cec4-45f5-92fc-4710f4b942c0",
                "default/payments workspace payments_staging", "stage apply_staging", "approved by Sam Okafor", "", "never", "");
        assertThat(data.get(7).get(3)).as("an exemption type this SDK does not know is kept").isEqualTo("Vendor Accepted");
    }

    @Test
    void everyQualysRowShowsTheHostIpAndTheControlFromTheDocumentedAnswer() {
        Run r = run("risk-register", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<List<String>> qualys = parseCsv(r.out()).stream().filter(row -> row.get(0).equals("Qualys")).toList();
        assertThat(qualys).extracting(row -> row.get(1) + " " + row.get(2) + " " + row.get(3)).containsExactly(
                "289 10.10.10.5 control 16832",
                "295 10.10.10.11 control 6630",
                "291 10.10.10.7 control 2235");
        assertThat(qualys).allSatisfy(row -> {
            assertThat(row.get(2)).as("host IP of %s", row.get(1)).matches("\\d{1,3}(\\.\\d{1,3}){3}");
            assertThat(row.get(3)).as("control of %s", row.get(1)).matches("control \\d+");
        });
    }

    @Test
    void csvAndJsonCarryTheSameRows() throws Exception {
        RiskRegister register;
        try (Connections c = new Connections(Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            register = RiskRegister.build(List.of(new StoRiskSource(c.sto()), new HarRiskSource(c.har()),
                    new IacmRiskSource(c.iacm(), c.org(), c.project()), new QualysRiskSource(c.qualys().client())),
                    Instant.now(), 30);
        }
        List<List<String>> csv = parseCsv(print(register, RegisterFormat.CSV));
        JsonNode json = new ObjectMapper().readTree(print(register, RegisterFormat.JSON));
        List<List<String>> fromJson = new ArrayList<>();
        fromJson.add(RegisterFormat.HEADER);
        for (JsonNode row : json) {
            fromJson.add(RegisterFormat.HEADER.stream().map(h -> row.path(h).asText()).toList());
        }
        assertThat(fromJson).hasSize(15).isEqualTo(csv);
        assertThat(csv.subList(1, csv.size())).isEqualTo(register.stream().map(RegisterFormat::cells).toList());
    }

    private static String print(RiskRegister register, RegisterFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.print(register, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTableShowsEveryRowAndASummary() {
        Run r = run("risk-register");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("vendor  id ").endsWith("flag"));
        assertThat(r.lines()).filteredOn(l -> l.matches("^(STO|HAR|IaCM|Qualys) .*")).hasSize(14);
        assertThat(r.out()).contains(REGISTER_SUMMARY);
    }

    @Test
    void failOnExpiringGatesAPipelineAndTheWindowIsConfigurable() {
        assertThat(run("risk-register", "--fail-on-expiring").exit()).isEqualTo(RiskRegisterProgram.EXIT_EXPIRING);
        Run zero = run("risk-register", "--days", "0", "--format", "csv");
        assertThat(parseCsv(zero.out())).filteredOn(row -> row.get(7).equals("EXPIRING")).isEmpty();
        assertThat(parseCsv(zero.out())).filteredOn(row -> row.get(7).equals("EXPIRED-STILL-ACTIVE")).hasSize(2);
        Run wide = run("risk-register", "--days", "400", "--format", "csv");
        assertThat(parseCsv(wide.out())).filteredOn(row -> row.get(7).equals("EXPIRING")).hasSize(8);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run unknown = run("risk-register", "--since", "3");
        assertThat(unknown.exit()).isEqualTo(Examples.EXIT_USAGE);
        assertThat(unknown.err()).contains("unknown option '--since'");
        Run format = run("risk-register", "--format", "xml");
        assertThat(format.exit()).isEqualTo(Examples.EXIT_USAGE);
        assertThat(format.err()).contains("--format must be table, csv or json, was 'xml'");
        Run days = run("risk-register", "--days", "-1");
        assertThat(days.err()).contains("--days must be a whole number of days, 0 or more, was '-1'");
        assertThat(run("frobnicate").exit()).isEqualTo(Examples.EXIT_USAGE);
    }

    @Test
    void withHarnessCredentialsTheRegisterCallsThatEndpointAndNeverWrites() {
        try (WaiverFakes standIn = ExampleData.start()) {
            String url = standIn.baseUrl(FakeVendor.STO);
            Map<String, String> env = Map.of(
                    "WAIVER_HARNESS_API_KEY", TestCredentials.HARNESS_API_KEY,
                    "WAIVER_HARNESS_ACCOUNT_ID", TestCredentials.HARNESS_ACCOUNT_ID,
                    "WAIVER_HARNESS_BASE_URL", url,
                    "WAIVER_HARNESS_ORG_ID", "default",
                    "WAIVER_HARNESS_PROJECT_ID", "payments",
                    "WAIVER_QUALYS_USERNAME", TestCredentials.QUALYS_USERNAME,
                    "WAIVER_QUALYS_PASSWORD", TestCredentials.QUALYS_PASSWORD,
                    "WAIVER_QUALYS_BASE_URL", url);
            Run r = run(env, "risk-register");
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains("[STO] using Harness at " + url)
                    .contains("[Qualys] using Qualys at " + url)
                    .doesNotContain("embedded server");
            assertThat(r.out() + r.err()).doesNotContain(TestCredentials.HARNESS_API_KEY)
                    .doesNotContain(TestCredentials.QUALYS_PASSWORD);
            assertThat(r.out()).contains(REGISTER_SUMMARY);
            assertThat(standIn.wireMock().getAllServeEvents()).isNotEmpty()
                    .allMatch(e -> e.getRequest().getMethod().getName().equals("GET")
                            || e.getRequest().getBodyAsString().contains("action=list"), "read-only");
        }
    }

    @Test
    void withHarnessCredentialsButNoIdsTheWriteWalkThroughsAreSkipped() {
        try (WaiverFakes standIn = ExampleData.start()) {
            Map<String, String> env = Map.of("WAIVER_HARNESS_API_KEY", TestCredentials.HARNESS_API_KEY,
                    "WAIVER_HARNESS_ACCOUNT_ID", TestCredentials.HARNESS_ACCOUNT_ID,
                    "WAIVER_HARNESS_BASE_URL", standIn.baseUrl(FakeVendor.STO));
            Run r = run(env, "sto");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("STO  skipped the write walk-through against the real service: set "
                    + "WAIVER_STO_ISSUE_ID, WAIVER_HARNESS_USER_ID");
            assertThat(standIn.wireMock().getAllServeEvents()).isEmpty();
        }
    }

    /** A small RFC 4180 reader, enough to read the register back. */
    private static List<List<String>> parseCsv(String text) {
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
