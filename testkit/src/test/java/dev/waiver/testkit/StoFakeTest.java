package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.core.AuthenticationException;
import dev.waiver.core.NotFoundException;
import dev.waiver.sto.HarnessScope;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.UpdateExemptionRequest;
import dev.waiver.sto.model.BulkExemptionResult;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionHistoryEvent;
import dev.waiver.sto.model.ExemptionHistoryExport;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every STO operation through the real STO client against the fake. */
class StoFakeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ISSUE = "issueAAAAAAAAAAAAAAAA1";

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.STO).clock(T0));

    private String create(StoClient sto, String issueId) {
        return sto.exemptions().create(r -> r.issueId(issueId).type(ExemptionType.FALSE_POSITIVE)
                .reason("scanner misreads the lockfile").durationDays(30).link("https://jira.example/SEC-1")).id();
    }

    @Test
    void createListApproveListShowsApproved(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);

        List<Exemption> listed = sto.exemptions().list().stream().toList();
        assertThat(listed).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id).hasSize(22);
            assertThat(e.status()).isEqualTo(ExemptionStatus.PENDING);
            assertThat(e.issueId()).isEqualTo(ISSUE);
            assertThat(e.type()).isEqualTo(ExemptionType.FALSE_POSITIVE);
            assertThat(e.scope()).hasValue(ExemptionScopeLevel.PROJECT);
            assertThat(e.orgId()).hasValue(TestCredentials.HARNESS_ORG_ID);
            assertThat(e.projectId()).hasValue(TestCredentials.HARNESS_PROJECT_ID);
            assertThat(e.created()).isEqualTo(T0);
            assertThat(e.requestedOn()).hasValue(T0);
            assertThat(e.requesterId()).isEqualTo(TestCredentials.HARNESS_USER_ID);
            assertThat(e.pendingChanges().durationDays()).hasValue(30L);
            assertThat(e.reviewedOn()).isEmpty();
            assertThat(e.approverId()).isEmpty();
        });

        all.clock().advance(Duration.ofHours(2));
        Exemption approved = sto.exemptions().approve(id, r -> r.comment("ok by security"));

        assertThat(approved.status()).isEqualTo(ExemptionStatus.APPROVED);
        assertThat(approved.approverId()).hasValue(TestCredentials.HARNESS_USER_ID);
        assertThat(approved.approverName()).hasValue(TestCredentials.HARNESS_USER_NAME);
        assertThat(approved.reviewedOn()).hasValue(T0.plus(Duration.ofHours(2)));
        assertThat(approved.lastModified()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(approved.expiration()).hasValue(T0.plus(Duration.ofHours(2)).plus(Duration.ofDays(30)));
        assertThat(approved.comment()).hasValue("ok by security");
        assertThat(sto.exemptions().list().stream().map(Exemption::status)).containsExactly(ExemptionStatus.APPROVED);
        assertThat(all.sto().exemption(id)).get().extracting(Exemption::status).isEqualTo(ExemptionStatus.APPROVED);
    }

    @Test
    void approvedExemptionExpiresWhenTheClockPassesItsExpiration(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        sto.exemptions().approve(id, r -> r.durationDaysOverride(7));

        all.clock().advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(sto.exemptions().get(id).status()).isEqualTo(ExemptionStatus.APPROVED);
        all.clock().advance(Duration.ofSeconds(1));
        assertThat(sto.exemptions().get(id).status()).isEqualTo(ExemptionStatus.EXPIRED);
    }

    @Test
    void rejectRecordsTheReviewer(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption rejected = sto.exemptions().reject(id, r -> r.comment("fix it"));

        assertThat(rejected.status()).isEqualTo(ExemptionStatus.REJECTED);
        assertThat(rejected.approverId()).hasValue(TestCredentials.HARNESS_USER_ID);
        assertThat(rejected.reviewedOn()).hasValue(T0);
        assertThat(rejected.expiration()).isEmpty();
    }

    @Test
    void promoteMovesTheScopeAsTheCallNamesIt(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption org = sto.exemptions().promote(id, r -> r.scope(HarnessScope.org("default")).comment("org-wide"));
        assertThat(org.scope()).hasValue(ExemptionScopeLevel.ORG);
        assertThat(org.orgId()).hasValue("default");
        assertThat(org.projectId()).isEmpty();
        assertThat(org.status()).isEqualTo(ExemptionStatus.APPROVED);

        Exemption account = sto.exemptions().promote(id, r -> r.scope(HarnessScope.account()));
        assertThat(account.scope()).hasValue(ExemptionScopeLevel.ACCOUNT);
        assertThat(account.orgId()).isEmpty();

        Exemption pipeline = sto.exemptions().promote(id, r -> r.pipelineId("build_main"));
        assertThat(pipeline.scope()).hasValue(ExemptionScopeLevel.PIPELINE);
        assertThat(pipeline.pipelineId()).hasValue("build_main");
    }

    @Test
    void updateChangesTheFieldsGiven(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        all.clock().advance(Duration.ofMinutes(5));

        Exemption updated = sto.exemptions().update(id, r -> r.reason("new reason").type(ExemptionType.ACCEPTABLE_RISK)
                .durationDays(3).expiration(T0.plus(Duration.ofDays(3))));

        assertThat(updated.reason()).isEqualTo("new reason");
        assertThat(updated.type()).isEqualTo(ExemptionType.ACCEPTABLE_RISK);
        assertThat(updated.expiration()).hasValue(T0.plus(Duration.ofDays(3)));
        assertThat(updated.lastModified()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(updated.link()).hasValue("https://jira.example/SEC-1");
        assertThat(updated.pendingChanges().durationDays()).hasValue(3L);
    }

    @Test
    void updateFromTheCurrentExemptionChangesOneField(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption updated = sto.exemptions().update(id,
                UpdateExemptionRequest.from(sto.exemptions().get(id)).reason("only this").build());

        assertThat(updated.reason()).isEqualTo("only this");
        assertThat(updated.type()).isEqualTo(ExemptionType.FALSE_POSITIVE);
        assertThat(updated.pendingChanges().durationDays()).hasValue(30L);
    }

    @Test
    void getOfAnUnknownIdIsTheDocumented404(StoClient sto) {
        assertThatThrownBy(() -> sto.exemptions().get("doesNotExist0000000000"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("Not Found"));
    }

    @Test
    void bulkCreateMakesOnePendingExemptionPerItem(StoClient sto, WaiverFakes all) {
        BulkExemptionResult result = sto.exemptions().bulkCreate(r -> r.type(ExemptionType.OTHER).reason("batch")
                .durationDays(14).issueIds("issueBBBBBBBBBBBBBBBBB1", "issueBBBBBBBBBBBBBBBBB2"));

        assertThat(result.succeeded()).isEqualTo(2L);
        assertThat(result.failed()).isZero();
        assertThat(result.results()).extracting(r -> r.issueId())
                .containsExactly("issueBBBBBBBBBBBBBBBBB1", "issueBBBBBBBBBBBBBBBBB2");
        assertThat(all.sto().exemptions()).extracting(Exemption::status)
                .containsOnly(ExemptionStatus.PENDING).hasSize(2);
    }

    @Test
    void issueExemptionHistoryAndExportFollowTheLifecycle(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        all.clock().advance(Duration.ofMinutes(1));
        sto.exemptions().approve(id, r -> r.comment("fine"));

        assertThat(sto.exemptions().getForIssue(ISSUE).id()).isEqualTo(id);
        List<ExemptionHistoryEvent> events = sto.exemptions().history(ISSUE).stream().toList();
        assertThat(events).extracting(ExemptionHistoryEvent::status)
                .containsExactly(ExemptionStatus.PENDING, ExemptionStatus.APPROVED);
        assertThat(events).extracting(ExemptionHistoryEvent::exemptionId).containsOnly(id);
        assertThat(events.get(1).created()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(events.get(1).comment()).hasValue("fine");

        ExemptionHistoryExport export = sto.exemptions().exportHistory(ISSUE);
        assertThat(export.totalRows()).isEqualTo(2L);
        assertThat(export.issueId()).isEqualTo(ISSUE);
        assertThat(export.data()).hasSize(2);
        assertThat(export.headers()).hasSize(export.data().get(0).size());
    }

    @Test
    void wrongKeyIsTheDocumented401(WaiverFakes all) {
        try (StoClient wrong = StoClient.builder().baseUrl(all.baseUrl(FakeVendor.STO)).apiKey("not-the-key")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).orgId("default").projectId("payments").build()) {
            assertThatThrownBy(() -> wrong.exemptions().list().stream().toList())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
        }
        try (StoClient wrong = StoClient.builder().baseUrl(all.baseUrl(FakeVendor.STO)).apiKey(TestCredentials.HARNESS_API_KEY)
                .accountId("someOtherAccount000000").orgId("default").projectId("payments").build()) {
            assertThatThrownBy(() -> wrong.exemptions().list().stream().toList())
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void aRequestBreakingTheDescriptionIsThe400(WaiverFakes all) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(all.baseUrl(FakeVendor.STO)
                        + "/sto/api/v2/exemptions?accountId=" + TestCredentials.HARNESS_ACCOUNT_ID + "&orgId=default&projectId=payments"))
                .header("X-Api-Key", TestCredentials.HARNESS_API_KEY)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"issueId\":\"" + ISSUE + "\",\"type\":\"Bogus\",\"reason\":\"r\",\"pendingChanges\":{}}"))
                .build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400").contains("type must be one of");
        assertThat(all.sto().exemptions()).isEmpty();
    }
}
