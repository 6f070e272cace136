package dev.waiver.examples;

import dev.waiver.har.model.PackageType;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import dev.waiver.testkit.HarFake;
import dev.waiver.testkit.IacmFake;
import dev.waiver.testkit.QualysFake;
import dev.waiver.testkit.StoFake;
import dev.waiver.testkit.StoSeed;
import dev.waiver.testkit.WaiverFakes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * Starts the Waiver test kit's fakes of the four vendors and fills them with a small, realistic
 * account: the data the examples run against offline. Dates are relative to the moment of start,
 * so "expiring soon" stays true whenever the examples run. Two records show a vendor lag the risk
 * register must catch: approved, past their expiry, not yet marked expired by the vendor.
 */
public final class ExampleData {

    /** The organisation of the example account. */
    public static final String ORG = "default";
    /** The project of the example account. */
    public static final String PROJECT = "payments";
    /** The HAR registry the examples use. */
    public static final String HAR_REGISTRY = "3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b";

    private ExampleData() {
    }

    /**
     * Starts the fakes on a free loopback port and seeds them.
     *
     * @return the running, seeded fakes
     */
    public static WaiverFakes start() {
        WaiverFakes fakes = WaiverFakes.start();
        Instant now = fakes.clock().instant();
        sto(fakes.sto(), now);
        har(fakes.har(), now);
        iacm(fakes.iacm(), now);
        qualys(fakes.qualys(), now.atZone(ZoneOffset.UTC).toLocalDate());
        return fakes;
    }

    private static void sto(StoFake sto, Instant now) {
        Instant created = now.minus(Duration.ofDays(40));
        UnaryOperator<StoSeed> base = s -> s.place(ORG, PROJECT, null, null).created(created)
                .lastModified(created.plus(Duration.ofDays(1))).reason("Accepted by the security review board")
                .durationDays(30).requester("usr1Ab2Cd3Ef4Gh5Ij6Kl7", "Priya Nair", "priya.nair@example.com");
        sto.seed(s -> base.apply(s).id("exmA000000000000000001").issueId("issLog4jCve2021442280")
                .type(ExemptionType.ACCEPTABLE_RISK).approved().expiresIn(Duration.ofDays(5)));
        sto.seed(s -> base.apply(s).id("exmA000000000000000002").issueId("issXssSearchBox0000001")
                .type(ExemptionType.FALSE_POSITIVE).approved().place(ORG, PROJECT, null, "tgtCheckoutWeb00000001")
                .expiresIn(Duration.ofDays(21)));
        sto.seed(s -> base.apply(s).id("exmA000000000000000003").issueId("issOpensslOutdated0001")
                .type(ExemptionType.FIX_UNAVAILABLE).approved().expiresIn(Duration.ofDays(-3)).expiryNotYetApplied()
                .requester("usr9Zy8Xw7Vu6Ts5Rq4Po3", "Lee Chen", "lee.chen@example.com"));
        sto.seed(s -> base.apply(s).id("exmP000000000000000004").issueId("issHardcodedToken00001")
                .type(ExemptionType.OTHER));
        sto.seed(s -> base.apply(s).id("exmR000000000000000005").issueId("issSqlInjection0000001")
                .type(ExemptionType.ACCEPTABLE_USE).rejected());
        sto.seed(s -> base.apply(s).id("exmA000000000000000006").issueId("issWeakCipherTls000001")
                .type(ExemptionType.COMPENSATING_CONTROLS).approved().scope(ExemptionScopeLevel.ORG)
                .expiresIn(Duration.ofDays(120)));
        sto.seed(s -> base.apply(s).id("exmA000000000000000007").issueId("issJacksonGadget000001")
                .type(ExemptionType.of("Vendor Accepted")).approved().expiresIn(Duration.ofDays(45))
                .requester("usr9Zy8Xw7Vu6Ts5Rq4Po3", "Lee Chen", "lee.chen@example.com"));
        sto.seed(s -> base.apply(s).id("exmP000000000000000008").issueId("issPathTraversal000001")
                .type(ExemptionType.ACCEPTABLE_RISK));
        sto.seed(s -> base.apply(s).id("exmE000000000000000009").issueId("issOldJqueryVersion001")
                .type(ExemptionType.FIX_UNAVAILABLE).status(ExemptionStatus.APPROVED).expiresIn(Duration.ofDays(-10)));
        sto.seed(s -> base.apply(s).id("exmA000000000000000010").issueId("issDebugEndpoint000001")
                .type(ExemptionType.COMPENSATING_CONTROLS).approved());
    }

    private static void har(HarFake har, Instant now) {
        har.registry(HAR_REGISTRY, "npm-upstream-firewall", PackageType.NPM);
        Instant created = now.minus(Duration.ofDays(20));
        Instant changed = now.minus(Duration.ofDays(2));
        har.seed(s -> s.exceptionId("0b1f6a3e-0000-4000-8000-000000000001").registryId(HAR_REGISTRY).packageName("lodash")
                .versions("4.17.20").approved().expirationAt(now.plus(Duration.ofDays(12))).expireAfterDays(30)
                .created(created).statusChangedAt(changed).createdBy("jdoe", "Jane Doe", "jane.doe@example.com")
                .statusChangedBy("asmith", "Alex Smith", "alex.smith@example.com")
                .businessJustification("Pinned by a release branch until the upgrade lands")
                .remediationPlan("Upgrade in the next sprint"));
        har.seed(s -> s.exceptionId("0b1f6a3e-0000-4000-8000-000000000002").registryId(HAR_REGISTRY)
                .packageName("log4j-core").packageType(PackageType.MAVEN).versions("2.14.1").approved()
                .created(created).statusChangedAt(changed).createdBy("jdoe", "Jane Doe", "jane.doe@example.com")
                .statusChangedBy("asmith", "Alex Smith", "alex.smith@example.com"));
        har.seed(s -> s.exceptionId("0b1f6a3e-0000-4000-8000-000000000003").registryId(HAR_REGISTRY)
                .packageName("requests").packageType(PackageType.PYTHON).versions("2.19.0", "2.19.1").expireAfterDays(30)
                .created(created).createdBy("jdoe", "Jane Doe", "jane.doe@example.com"));
        har.seed(s -> s.exceptionId("0b1f6a3e-0000-4000-8000-000000000004").registryId(HAR_REGISTRY)
                .packageName("minimist").rejected().created(created).statusChangedAt(changed)
                .createdBy("jdoe", "Jane Doe", "jane.doe@example.com"));
        har.seed(s -> s.exceptionId("0b1f6a3e-0000-4000-8000-000000000005").registryId(HAR_REGISTRY)
                .packageName("zlib-ng").packageType(PackageType.of("ZIG")).versions("2.1.0").approved()
                .expirationAt(now.minus(Duration.ofDays(1))).expiryNotYetApplied().created(created)
                .statusChangedAt(changed).createdBy("asmith", "Alex Smith", "alex.smith@example.com"));
    }

    private static void iacm(IacmFake iacm, Instant now) {
        Instant created = now.minus(Duration.ofDays(6));
        Instant updated = now.minus(Duration.ofDays(1));
        String execution = "Qm9v2nTgRZy1dE7uLw3H8g";
        iacm.seed(s -> s.id("337f16ff-cec4-45f5-92fc-4710f4b942c0").in(ORG, PROJECT).pipelineExecutionId(execution)
                .pipelineStageId("apply_staging").workspaceId("payments_staging").approved()
                .actionedBy("Sam Okafor", "sam.okafor@example.com").created(created).updated(updated));
        iacm.seed(s -> s.id("4a8e2b1c-0d3f-4e5a-8b6c-7d9e0f1a2b3c").in(ORG, PROJECT).pipelineExecutionId(execution)
                .pipelineStageId("apply_prod").workspaceId("payments_prod").created(created).updated(updated));
        iacm.seed(s -> s.id("5b9f3c2d-1e4a-4f6b-9c7d-8e0f1a2b3c4d").in(ORG, PROJECT).pipelineExecutionId(execution)
                .pipelineStageId("destroy_sandbox").workspaceId("payments_sandbox").rejected()
                .actionedBy("Sam Okafor", "sam.okafor@example.com").created(created).updated(updated));
        iacm.seed(s -> s.id("6c0a4d3e-2f5b-4a7c-8d8e-9f1a2b3c4d5e").in(ORG, PROJECT).pipelineExecutionId(execution)
                .pipelineStageId("apply_dr").workspaceId("payments_dr").approved()
                .actionedBy("Lee Chen", "lee.chen@example.com").created(created).updated(updated));
        iacm.seed(s -> s.id("7d1b5e4f-3a6c-4b8d-9e9f-0a2b3c4d5e6f").in(ORG, PROJECT).pipelineExecutionId(execution)
                .pipelineStageId("plan_audit").workspaceId("payments_audit").status(ApprovalStatus.of("on_hold"))
                .created(created).updated(updated));
    }

    private static void qualys(QualysFake qualys, LocalDate today) {
        qualys.user(996765, "Jordan Doe", "jdoe_qa").user(996766, "Casey Ito", "cito_qa")
                .technology(390, "Windows 2022").policy(1366063, "CIS Benchmark for Microsoft Windows Server 2022")
                .host(3753490, "10.10.10.4", null)
                .control(16832, "Status of the 'Minimum password length' setting", 5, "URGENT");
        record Row(long number, String ip, long cid, String statement, int value, String label, long assignee,
                   ExceptionStatus status, Integer endInDays) {
        }
        Row[] rows = {
            new Row(289, "10.10.10.5", 16832, "Status of the 'Minimum password length' setting", 5, "URGENT", 996765,
                    ExceptionStatus.APPROVED, 9),
            new Row(290, "10.10.10.6", 1113, "Status of the SMBv1 protocol", 4, "CRITICAL", 996765, ExceptionStatus.PENDING, null),
            new Row(291, "10.10.10.7", 2235, "Status of the 'Audit Logon' setting", 3, "SERIOUS", 996766,
                    ExceptionStatus.APPROVED, 200),
            new Row(292, "10.10.10.8", 3376, "Status of the TLS 1.0 protocol", 4, "CRITICAL", 996765, ExceptionStatus.APPROVED, -2),
            new Row(293, "10.10.10.9", 4410, "Status of the Guest account", 2, "MEDIUM", 996765, ExceptionStatus.REJECTED, null),
            new Row(294, "10.10.10.10", 5520, "Status of the screen saver timeout", 1, "MINIMAL", 996765,
                    ExceptionStatus.APPROVED, -40),
            new Row(295, "10.10.10.11", 6630, "Status of the NTLMv1 setting", 5, "URGENT", 996765, ExceptionStatus.APPROVED, 25),
            new Row(296, "10.10.10.12", 7740, "Status of the RDP encryption level", 3, "SERIOUS", 996765, ExceptionStatus.PENDING, null),
        };
        for (Row row : rows) {
            qualys.add(b -> b.number(row.number()).host(3753400 + row.number(), row.ip()).technology(390, "Windows 2022")
                    .policy(1366063, "CIS Benchmark for Microsoft Windows Server 2022")
                    .control(row.cid(), row.statement(), row.value(), row.label()).assigneeId(row.assignee())
                    .status(row.status()).endDate(row.endInDays() == null ? null : today.plusDays(row.endInDays())));
        }
    }
}
