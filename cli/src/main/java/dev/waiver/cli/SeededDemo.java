package dev.waiver.cli;

import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.HarAcceptanceSource;
import dev.waiver.acceptances.IacmAcceptanceSource;
import dev.waiver.acceptances.QualysAcceptanceSource;
import dev.waiver.acceptances.StoAcceptanceSource;
import dev.waiver.har.model.PackageType;
import dev.waiver.sto.model.ExemptionType;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * {@code --demo}: the test kit's fakes ({@link WaiverFakes}) on loopback, seeded with a small
 * register around the current time — some acceptances expiring within days, some in months, some
 * never, plus pending and rejected ones that the register leaves out. Nothing leaves the machine.
 */
final class SeededDemo implements DemoVendors {

    private static final String NPM_REGISTRY = "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b";
    private static final String MAVEN_REGISTRY = "8c4d2e1f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";

    @Override
    public OpenSources open(Set<AcceptanceVendor> vendors, Clock clock) {
        WaiverFakes fakes = WaiverFakes.builder()
                .only(vendors.stream().map(v -> FakeVendor.valueOf(v.name())).toArray(FakeVendor[]::new))
                .clock(clock.instant().truncatedTo(ChronoUnit.SECONDS))
                .start();
        OpenSources sources = new OpenSources();
        sources.own(fakes);
        try {
            for (AcceptanceVendor v : vendors) {
                switch (v) {
                    case STO -> {
                        seedSto(fakes);
                        sources.add(new StoAcceptanceSource(fakes.stoClient()));
                    }
                    case HAR -> {
                        seedHar(fakes);
                        sources.add(new HarAcceptanceSource(fakes.harClient()));
                    }
                    case IACM -> {
                        seedIacm(fakes);
                        sources.add(new IacmAcceptanceSource(fakes.iacmClient(), TestCredentials.HARNESS_ORG_ID,
                                TestCredentials.HARNESS_PROJECT_ID));
                    }
                    case QUALYS -> {
                        seedQualys(fakes);
                        sources.add(new QualysAcceptanceSource(fakes.qualysClient()));
                    }
                }
            }
            return sources;
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
    }

    private static void seedSto(WaiverFakes fakes) {
        String org = TestCredentials.HARNESS_ORG_ID;
        String project = TestCredentials.HARNESS_PROJECT_ID;
        fakes.sto().seed(s -> s.type(ExemptionType.ACCEPTABLE_RISK).approved().expiresIn(Duration.ofDays(5))
                .place(org, project, null, "checkout_web").requester("Priya Nair", "priya.nair@example.com"));
        fakes.sto().seed(s -> s.type(ExemptionType.FALSE_POSITIVE).approved().expiresIn(Duration.ofDays(21))
                .place(org, project, "build_and_scan", null).requester("Sam Okafor", "sam.okafor@example.com"));
        fakes.sto().seed(s -> s.type(ExemptionType.COMPENSATING_CONTROLS).approved().expiresIn(Duration.ofDays(120))
                .place(org, project, null, null).requester("Priya Nair", "priya.nair@example.com"));
        fakes.sto().seed(s -> s.type(ExemptionType.FIX_UNAVAILABLE).approved().place(org, project, null, null)
                .requester("Lee Chen", "lee.chen@example.com"));
        fakes.sto().seed(s -> s.type(ExemptionType.ACCEPTABLE_USE).place(org, project, null, null));
        fakes.sto().seed(s -> s.type(ExemptionType.OTHER).rejected().place(org, project, null, null));
    }

    private static void seedHar(WaiverFakes fakes) {
        fakes.har().registry(NPM_REGISTRY, "npm-upstream-firewall", PackageType.NPM)
                .registry(MAVEN_REGISTRY, "maven-central-firewall", PackageType.MAVEN);
        fakes.har().seed(s -> s.registryId(NPM_REGISTRY).packageName("lodash").versions("4.17.20")
                .expireAfterDays(12).approved()
                .createdBy("jdoe", "Jane Doe", "jane.doe@example.com")
                .statusChangedBy("asmith", "Alex Smith", "alex.smith@example.com"));
        fakes.har().seed(s -> s.registryId(MAVEN_REGISTRY).packageName("log4j-core").versions("2.14.1")
                .expireAfterDays(60).approved()
                .createdBy("jdoe", "Jane Doe", "jane.doe@example.com")
                .statusChangedBy("asmith", "Alex Smith", "alex.smith@example.com"));
        fakes.har().seed(s -> s.registryId(NPM_REGISTRY).packageName("minimist"));
        fakes.har().seed(s -> s.registryId(NPM_REGISTRY).packageName("event-stream").rejected());
    }

    private static void seedIacm(WaiverFakes fakes) {
        fakes.iacm().seed(s -> s.workspaceId("payments_staging").pipelineStageId("apply_staging").approved()
                .actionedBy("Sam Okafor", "sam.okafor@example.com"));
        fakes.iacm().seed(s -> s.workspaceId("payments_dr").pipelineStageId("apply_dr").approved()
                .actionedBy("Lee Chen", "lee.chen@example.com"));
        fakes.iacm().seed(s -> s.workspaceId("payments_prod").pipelineStageId("apply_prod"));
    }

    private static void seedQualys(WaiverFakes fakes) {
        fakes.qualys().seed().approved(2).expiringIn(Duration.ofDays(9))
                .policy(1366063, "CIS Benchmark for Microsoft Windows Server 2022")
                .control(16832, "Status of the 'Minimum password length' setting", 5, "URGENT").create();
        fakes.qualys().seed().approved(1).expiringIn(Duration.ofDays(45))
                .policy(1366063, "CIS Benchmark for Microsoft Windows Server 2022")
                .control(3376, "Status of the TLS 1.0 protocol", 4, "CRITICAL").create();
        fakes.qualys().seed().pending(1).control(6630, "Status of the NTLMv1 setting", 5, "URGENT").create();
    }
}
