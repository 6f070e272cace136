package dev.waiver.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs each program against the embedded server, as the README's first command does. */
class ExamplesTest {

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
        assertThat(r.out())
                .contains("STO  created exemption exmNewWalkthrough00001 for issue issPrototypePollution1")
                .contains("STO  listed 10 exemptions in 3 pages, 2 pending review")
                .contains("STO  approved exmNewWalkthrough00001: Approved, expires ")
                .contains("STO  promoted exmNewWalkthrough00001 to scope ORG")
                .contains("STO  issue issPrototypePollution1 is exempted by exmNewWalkthrough00001 at scope ORG")
                .contains("STO  exported 3 history rows of issue issPrototypePollution1 as "
                        + "exemption-history-issPrototypePollution1.csv")
                .contains("HAR  created firewall exception 7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d for axios@0.21.1 (PENDING")
                .contains("HAR  updated 7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d: never expires (expirationAt=null)")
                .contains("HAR  approved 7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d by Alex Smith")
                .contains("HAR  listed 5 exceptions in 2 pages (the registry reports 5)")
                .contains("IaCM created approval 9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42 for stage apply_prod of workspace payments_prod")
                .contains("IaCM listed 5 approvals in default/payments, 1 pending")
                .contains("IaCM approval 9a3c5e2f-61b4-4f0d-8d2e-7b1a6c9e0f42 is now approved (by Sam Okafor)")
                .contains("QLYS requested exception 297 for control 16832 on host 3753490")
                .contains("QLYS listed 8 exceptions across truncated batches, 2 pending")
                .contains("QLYS approved 297 until ")
                .contains("QLYS deleted 297: Exception(s) deleted successfully")
                .contains("QLYS 287 calls left in this rate-limit window")
                .contains("11 active risk acceptances, 5 need attention");
    }

    @Test
    void offlineTheRegisterIsTheWaiverCommandsDemoAndSaysSoOnStderr() {
        Run r = run("risk-register", "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("waiver: --demo: reading seeded offline stand-ins of STO, HAR, IaCM, Qualys, "
                + "not the real vendors");
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("expires,flag,vendor,id,covers,kind,vendorStatus,requestedBy,approvedBy,created");
        assertThat(lines.subList(1, lines.size())).hasSize(11)
                .anyMatch(l -> l.contains(",STO,")).anyMatch(l -> l.contains(",HAR,"))
                .anyMatch(l -> l.contains(",IaCM,")).anyMatch(l -> l.contains(",Qualys,"));
        assertThat(r.out()).doesNotContain("embedded");
    }

    @Test
    void failOnExpiringGatesAPipelineAndBadOptionsAreUsageErrors() {
        assertThat(run("risk-register", "--fail-on-expiring").exit()).isEqualTo(3);
        assertThat(run("risk-register", "--fail-on-expiring", "--days", "0").exit()).isZero();
        Run format = run("risk-register", "--format", "xml");
        assertThat(format.exit()).isEqualTo(Examples.EXIT_USAGE);
        assertThat(format.err()).contains("--format must be table, csv, json, markdown or html, was 'xml'");
        assertThat(run("frobnicate").exit()).isEqualTo(Examples.EXIT_USAGE);
    }

    @Test
    void withOnlyHarnessCredentialsTheRegisterReadsOnlyHarnessAndNeverWrites() {
        try (EmbeddedVendors standIn = EmbeddedVendors.start()) {
            Map<String, String> env = Map.of(
                    "WAIVER_HARNESS_API_KEY", "pat.real-looking.key",
                    "WAIVER_HARNESS_ACCOUNT_ID", Connections.EMBEDDED_ACCOUNT,
                    "WAIVER_HARNESS_BASE_URL", standIn.baseUrl(),
                    "WAIVER_HARNESS_ORG_ID", "default",
                    "WAIVER_HARNESS_PROJECT_ID", "payments");
            Run r = run(env, "risk-register");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("--demo");
            assertThat(r.out() + r.err()).doesNotContain("pat.real-looking.key");
            assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("read ").contains("STO 10, HAR 5, IaCM 5")
                    .doesNotContain("Qualys"));
            assertThat(standIn.requests()).isNotEmpty()
                    .allMatch(line -> line.startsWith("GET "), "read-only")
                    .noneMatch(line -> line.contains("/fo/compliance/"), "Qualys is not configured: never called");
        }
    }

    @Test
    void withHarnessCredentialsButNoIdsTheWriteWalkThroughsAreSkipped() {
        try (EmbeddedVendors standIn = EmbeddedVendors.start()) {
            Map<String, String> env = Map.of("WAIVER_HARNESS_API_KEY", "pat.real-looking.key",
                    "WAIVER_HARNESS_ACCOUNT_ID", Connections.EMBEDDED_ACCOUNT, "WAIVER_HARNESS_BASE_URL", standIn.baseUrl());
            Run r = run(env, "sto");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("STO  skipped the write walk-through against the real service: set "
                    + "WAIVER_STO_ISSUE_ID, WAIVER_HARNESS_USER_ID");
            assertThat(standIn.requests()).isEmpty();
        }
    }
}
