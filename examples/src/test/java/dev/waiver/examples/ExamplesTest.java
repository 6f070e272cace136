package dev.waiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs each program against the test kit's fakes, as the README's first command does. */
class ExamplesTest {

    private static final String REGISTER_SUMMARY = "14 active risk acceptances, 7 need attention";

    /** The register of the examples' seeded fakes: vendor, id, flag, by expiry. */
    private static final String[] REGISTER_ROWS = {
            "STO exmA000000000000000003 EXPIRED_BUT_ACTIVE",
            "HAR 0b1f6a3e-0000-4000-8000-000000000005 EXPIRED_BUT_ACTIVE",
            "STO exmA000000000000000001 EXPIRING_SOON",
            "Qualys 289 EXPIRING_SOON",
            "HAR 0b1f6a3e-0000-4000-8000-000000000001 EXPIRING_SOON",
            "STO exmA000000000000000002 EXPIRING_SOON",
            "Qualys 295 EXPIRING_SOON",
            "STO exmA000000000000000007 NONE",
            "STO exmA000000000000000006 NONE",
            "Qualys 291 NONE",
            "STO exmA000000000000000010 NEVER_EXPIRES",
            "HAR 0b1f6a3e-0000-4000-8000-000000000002 NEVER_EXPIRES",
            "IaCM 337f16ff-cec4-45f5-92fc-4710f4b942c0 NEVER_EXPIRES",
            "IaCM 6c0a4d3e-2f5b-4a7c-8d8e-9f1a2b3c4d5e NEVER_EXPIRES"};

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
        assertThat(r.err()).contains("[STO] using the test kit's fake at http://")
                .contains("[HAR] using the test kit's fake at http://").contains("[IaCM] using the test kit's fake at http://")
                .contains("[Qualys] using the test kit's fake at http://").doesNotContain("error");
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
    void offlineTheRegisterReadsTheExamplesOwnFakesSortedByExpiryAndSaysSo() throws Exception {
        Run r = run("risk-register", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("waiver: --demo: reading seeded offline stand-ins of STO, HAR, IaCM, Qualys, "
                + "not the real vendors");
        JsonNode register = new ObjectMapper().readTree(r.out());
        assertThat(register.get("vendors")).extracting(v -> v.get("vendor").asText() + " " + v.get("status").asText())
                .containsExactly("STO ok", "HAR ok", "IaCM ok", "Qualys ok");
        List<JsonNode> rows = new ArrayList<>();
        register.get("acceptances").forEach(rows::add);
        assertThat(rows).extracting(a -> a.get("vendor").asText() + " " + a.get("id").asText() + " " + a.get("flag").asText())
                .containsExactly(REGISTER_ROWS);
        List<Instant> expiries = rows.stream().filter(a -> !a.get("expires").isNull())
                .map(a -> Instant.parse(a.get("expires").asText())).toList();
        assertThat(expiries).isSorted();
        assertThat(rows).filteredOn(a -> a.get("vendor").asText().equals("Qualys"))
                .allSatisfy(a -> assertThat(a.get("covers").asText()).matches("host \\d{1,3}(\\.\\d{1,3}){3}, control \\d+.*"));
    }

    @Test
    void theTableShowsEveryRowAndASummary() {
        Run r = run("risk-register");
        assertThat(r.exit()).isZero();
        assertThat(r.lines().get(0)).startsWith("expires ").endsWith("created");
        assertThat(r.lines()).filteredOn(l -> l.matches("^(\\d{4}-|never ).*")).hasSize(REGISTER_ROWS.length);
        assertThat(r.out()).contains(REGISTER_SUMMARY);
    }

    @Test
    void failOnExpiringGatesAPipelineAndBadOptionsAreUsageErrors() {
        assertThat(run("risk-register", "--fail-on-expiring").exit()).isEqualTo(3);
        assertThat(run("risk-register", "--fail-on-expiring", "--vendors", "iacm").exit()).as("IaCM never expires").isZero();
        Run format = run("risk-register", "--format", "xml");
        assertThat(format.exit()).isEqualTo(Examples.EXIT_USAGE);
        assertThat(format.err()).contains("--format must be table, csv, json, markdown or html, was 'xml'");
        assertThat(run("risk-register", "--days", "-1").err()).contains("--days must be 0 or more, was -1");
        assertThat(run("frobnicate").exit()).isEqualTo(Examples.EXIT_USAGE);
    }

    @Test
    void withCredentialsTheRegisterReadsOnlyTheConfiguredVendorsAndNeverWrites() {
        try (WaiverFakes standIn = ExampleData.start()) {
            String url = standIn.baseUrl(FakeVendor.STO);
            Map<String, String> harness = Map.of(
                    "WAIVER_HARNESS_API_KEY", TestCredentials.HARNESS_API_KEY,
                    "WAIVER_HARNESS_ACCOUNT_ID", TestCredentials.HARNESS_ACCOUNT_ID,
                    "WAIVER_HARNESS_BASE_URL", url,
                    "WAIVER_HARNESS_ORG_ID", "default",
                    "WAIVER_HARNESS_PROJECT_ID", "payments");
            Run r = run(harness, "risk-register");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("--demo").doesNotContain(TestCredentials.HARNESS_API_KEY);
            assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("read ").doesNotContain("Qualys"));
            assertThat(standIn.wireMock().getAllServeEvents()).isNotEmpty()
                    .allMatch(e -> e.getRequest().getMethod().getName().equals("GET"), "read-only")
                    .noneMatch(e -> e.getRequest().getUrl().contains("/fo/compliance/"), "Qualys not configured, not read");

            Map<String, String> all = new HashMap<>(harness);
            all.put("WAIVER_QUALYS_USERNAME", TestCredentials.QUALYS_USERNAME);
            all.put("WAIVER_QUALYS_PASSWORD", TestCredentials.QUALYS_PASSWORD);
            all.put("WAIVER_QUALYS_BASE_URL", url);
            Run both = run(all, "risk-register");
            assertThat(both.exit()).isZero();
            assertThat(both.out() + both.err()).doesNotContain(TestCredentials.HARNESS_API_KEY)
                    .doesNotContain(TestCredentials.QUALYS_PASSWORD);
            assertThat(both.out()).contains(REGISTER_SUMMARY);
            assertThat(standIn.wireMock().getAllServeEvents())
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
}
