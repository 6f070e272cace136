package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.Page;
import dev.waiver.har.model.FirewallException;
import dev.waiver.iacm.model.Approval;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeding in bulk and walking it back through the clients with exactly the expected pages. */
class SeedingTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final WaiverFakes FAKES = WaiverFakes.builder().only(FakeVendor.STO, FakeVendor.HAR, FakeVendor.IACM)
            .clock(T0).start();

    @AfterAll
    static void stop() {
        FAKES.close();
    }

    @BeforeEach
    void clean() {
        FAKES.reset();
    }

    @Test
    void tenThousandApprovedExemptionsWalkInExactlyOneHundredPages() {
        List<String> ids = FAKES.sto().seed(10_000, (i, e) -> e.approved().expiresIn(Duration.ofDays(1 + i % 90)));

        List<Page<Exemption>> pages = new ArrayList<>();
        FAKES.stoClient().exemptions().list(r -> r.pageSize(100)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(100);
        assertThat(FAKES.sto().requests()).hasSize(100);
        assertThat(pages.get(99).isLast()).isTrue();
        assertThat(pages.get(0).totalItems()).hasValue(10_000);
        List<String> walked = pages.stream().flatMap(p -> p.items().stream()).map(Exemption::id).toList();
        assertThat(walked).containsExactlyElementsOf(ids);
        assertThat(new HashSet<>(walked)).hasSize(10_000);
    }

    @Test
    void expiringWithinThirtyDaysIsTheSameOnEveryRun() {
        FAKES.sto().seed(10_000, (i, e) -> e.approved().expiresIn(Duration.ofDays(1 + i % 90)));
        Instant horizon = T0.plus(Duration.ofDays(30));

        long soon = FAKES.stoClient().exemptions().list(r -> r.pageSize(100)).stream()
                .filter(e -> e.expiration().map(x -> !x.isAfter(horizon)).orElse(false)).count();
        assertThat(soon).isEqualTo(111 * 30 + 10);

        FAKES.clock().advance(Duration.ofDays(10));
        long expired = FAKES.stoClient().exemptions().list(r -> r.pageSize(100)).stream()
                .filter(e -> e.status().equals(ExemptionStatus.EXPIRED)).count();
        assertThat(expired).isEqualTo(111 * 10 + 10);
    }

    @Test
    void tenThousandFirewallExceptionsWalkInExactlyOneHundredPages() {
        FAKES.har().seed(10_000, (i, s) -> s.approved().expireAfterDays(1 + i % 90));

        List<Page<FirewallException>> pages = new ArrayList<>();
        FAKES.harClient().firewallExceptions().list(r -> r.size(100)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(100);
        assertThat(FAKES.har().requests()).hasSize(100);
        assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(10_000);
    }

    @Test
    void tenThousandApprovalsWalkInExactlyTenPagesOfAThousand() {
        FAKES.iacm().seed(10_000, (i, s) -> { });

        List<Page<Approval>> pages = new ArrayList<>();
        FAKES.iacmClient().approvals(TestCredentials.HARNESS_ORG_ID, TestCredentials.HARNESS_PROJECT_ID)
                .list(r -> r.limit(1000)).byPage().forEach(pages::add);

        assertThat(pages).hasSize(10);
        assertThat(FAKES.iacm().requests()).hasSize(10);
        assertThat(pages.get(0).totalPages()).hasValue(10);
        assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isEqualTo(10_000);
    }

    @Test
    void seedsCarryTheirDefaultsAndWhatWasSet() {
        String pending = FAKES.sto().seed(e -> { });
        String approved = FAKES.sto().seed(e -> e.approved().durationDays(5).expiresIn(Duration.ofDays(5)).comment("ok"));

        Exemption p = FAKES.sto().exemption(pending).orElseThrow();
        assertThat(p.status()).isEqualTo(ExemptionStatus.PENDING);
        assertThat(p.orgId()).hasValue(TestCredentials.HARNESS_ORG_ID);
        assertThat(p.projectId()).hasValue(TestCredentials.HARNESS_PROJECT_ID);
        assertThat(p.created()).isEqualTo(T0);
        assertThat(p.approverId()).isEmpty();
        Exemption a = FAKES.sto().exemption(approved).orElseThrow();
        assertThat(a.status()).isEqualTo(ExemptionStatus.APPROVED);
        assertThat(a.approverId()).hasValue(TestCredentials.HARNESS_USER_ID);
        assertThat(a.reviewedOn()).hasValue(T0);
        assertThat(a.expiration()).hasValue(T0.plus(Duration.ofDays(5)));
        assertThat(FAKES.stoClient().exemptions().get(approved).comment()).hasValue("ok");
    }

    @Test
    void resetForgetsRecordsFaultsJournalAndClock() {
        FAKES.sto().seed(3, (i, e) -> { });
        FAKES.clock().advance(Duration.ofDays(1));
        FAKES.stoClient().exemptions().list().stream().toList();
        FAKES.sto().failNext(StoFake.Operation.LIST, FakeFault.forbidden());

        FAKES.reset();

        assertThat(FAKES.sto().exemptions()).isEmpty();
        assertThat(FAKES.clock().instant()).isEqualTo(T0);
        assertThat(FAKES.wireMock().getAllServeEvents()).isEmpty();
        assertThat(FAKES.stoClient().exemptions().list().stream().toList()).isEmpty();
    }
}
