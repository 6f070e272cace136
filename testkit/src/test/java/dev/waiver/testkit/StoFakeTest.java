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
                .reason("scanner misreads the lockfile").durationDays(30).link("https://jira.example/SEC-1")).getId();
    }

    @Test
    void createListApproveListShowsApproved(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);

        List<Exemption> listed = sto.exemptions().list().stream().toList();
        assertThat(listed).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo(id).hasSize(22);
            assertThat(e.getStatus()).isEqualTo(ExemptionStatus.PENDING);
            assertThat(e.getIssueId()).isEqualTo(ISSUE);
            assertThat(e.getType()).isEqualTo(ExemptionType.FALSE_POSITIVE);
            assertThat(e.getScope()).isEqualTo(ExemptionScopeLevel.PROJECT);
            assertThat(e.getOrgId()).isEqualTo(TestCredentials.HARNESS_ORG_ID);
            assertThat(e.getProjectId()).isEqualTo(TestCredentials.HARNESS_PROJECT_ID);
            assertThat(e.getCreated()).isEqualTo(T0);
            assertThat(e.getRequestedOn()).isEqualTo(T0);
            assertThat(e.getRequesterId()).isEqualTo(TestCredentials.HARNESS_USER_ID);
            assertThat(e.getPendingChanges().getDurationDays()).isEqualTo(30L);
            assertThat(e.getReviewedOn()).isNull();
            assertThat(e.getApproverId()).isNull();
        });

        all.clock().advance(Duration.ofHours(2));
        Exemption approved = sto.exemptions().approve(id, r -> r.comment("ok by security"));

        assertThat(approved.getStatus()).isEqualTo(ExemptionStatus.APPROVED);
        assertThat(approved.getApproverId()).isEqualTo(TestCredentials.HARNESS_USER_ID);
        assertThat(approved.getApproverName()).isEqualTo(TestCredentials.HARNESS_USER_NAME);
        assertThat(approved.getReviewedOn()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(approved.getLastModified()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(approved.getExpiration()).isEqualTo(T0.plus(Duration.ofHours(2)).plus(Duration.ofDays(30)));
        assertThat(approved.getComment()).isEqualTo("ok by security");
        assertThat(sto.exemptions().list().stream().map(Exemption::getStatus)).containsExactly(ExemptionStatus.APPROVED);
        assertThat(all.sto().exemption(id)).get().extracting(Exemption::getStatus).isEqualTo(ExemptionStatus.APPROVED);
    }

    @Test
    void approvedExemptionExpiresWhenTheClockPassesItsExpiration(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        sto.exemptions().approve(id, r -> r.durationDaysOverride(7));

        all.clock().advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(sto.exemptions().get(id).getStatus()).isEqualTo(ExemptionStatus.APPROVED);
        all.clock().advance(Duration.ofSeconds(1));
        assertThat(sto.exemptions().get(id).getStatus()).isEqualTo(ExemptionStatus.EXPIRED);
    }

    @Test
    void rejectRecordsTheReviewer(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption rejected = sto.exemptions().reject(id, r -> r.comment("fix it"));

        assertThat(rejected.getStatus()).isEqualTo(ExemptionStatus.REJECTED);
        assertThat(rejected.getApproverId()).isEqualTo(TestCredentials.HARNESS_USER_ID);
        assertThat(rejected.getReviewedOn()).isEqualTo(T0);
        assertThat(rejected.getExpiration()).isNull();
    }

    @Test
    void promoteMovesTheScopeAsTheCallNamesIt(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption org = sto.exemptions().promote(id, r -> r.scope(HarnessScope.org("default")).comment("org-wide"));
        assertThat(org.getScope()).isEqualTo(ExemptionScopeLevel.ORG);
        assertThat(org.getOrgId()).isEqualTo("default");
        assertThat(org.getProjectId()).isNull();
        assertThat(org.getStatus()).isEqualTo(ExemptionStatus.APPROVED);

        Exemption account = sto.exemptions().promote(id, r -> r.scope(HarnessScope.account()));
        assertThat(account.getScope()).isEqualTo(ExemptionScopeLevel.ACCOUNT);
        assertThat(account.getOrgId()).isNull();

        Exemption pipeline = sto.exemptions().promote(id, r -> r.pipelineId("build_main"));
        assertThat(pipeline.getScope()).isEqualTo(ExemptionScopeLevel.PIPELINE);
        assertThat(pipeline.getPipelineId()).isEqualTo("build_main");
    }

    @Test
    void updateChangesTheFieldsGiven(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        all.clock().advance(Duration.ofMinutes(5));

        Exemption updated = sto.exemptions().update(id, r -> r.reason("new reason").type(ExemptionType.ACCEPTABLE_RISK)
                .durationDays(3).expiration(T0.plus(Duration.ofDays(3))));

        assertThat(updated.getReason()).isEqualTo("new reason");
        assertThat(updated.getType()).isEqualTo(ExemptionType.ACCEPTABLE_RISK);
        assertThat(updated.getExpiration()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(updated.getLastModified()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(updated.getLink()).isEqualTo("https://jira.example/SEC-1");
        assertThat(updated.getPendingChanges().getDurationDays()).isEqualTo(3L);
    }

    @Test
    void updateFromTheCurrentExemptionChangesOneField(StoClient sto) {
        String id = create(sto, ISSUE);

        Exemption updated = sto.exemptions().update(id,
                UpdateExemptionRequest.from(sto.exemptions().get(id)).reason("only this").build());

        assertThat(updated.getReason()).isEqualTo("only this");
        assertThat(updated.getType()).isEqualTo(ExemptionType.FALSE_POSITIVE);
        assertThat(updated.getPendingChanges().getDurationDays()).isEqualTo(30L);
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

        assertThat(result.getSucceeded()).isEqualTo(2L);
        assertThat(result.getFailed()).isZero();
        assertThat(result.getResults()).extracting(r -> r.getIssueId())
                .containsExactly("issueBBBBBBBBBBBBBBBBB1", "issueBBBBBBBBBBBBBBBBB2");
        assertThat(all.sto().exemptions()).extracting(Exemption::getStatus)
                .containsOnly(ExemptionStatus.PENDING).hasSize(2);
    }

    @Test
    void issueExemptionHistoryAndExportFollowTheLifecycle(StoClient sto, WaiverFakes all) {
        String id = create(sto, ISSUE);
        all.clock().advance(Duration.ofMinutes(1));
        sto.exemptions().approve(id, r -> r.comment("fine"));

        assertThat(sto.exemptions().getForIssue(ISSUE).getId()).isEqualTo(id);
        List<ExemptionHistoryEvent> events = sto.exemptions().history(ISSUE).stream().toList();
        assertThat(events).extracting(ExemptionHistoryEvent::getStatus)
                .containsExactly(ExemptionStatus.PENDING, ExemptionStatus.APPROVED);
        assertThat(events).extracting(ExemptionHistoryEvent::getExemptionId).containsOnly(id);
        assertThat(events.get(1).getCreated()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(events.get(1).getComment()).isEqualTo("fine");

        ExemptionHistoryExport export = sto.exemptions().exportHistory(ISSUE);
        assertThat(export.getTotalRows()).isEqualTo(2L);
        assertThat(export.getIssueId()).isEqualTo(ISSUE);
        assertThat(export.getData()).hasSize(2);
        assertThat(export.getHeaders()).hasSize(export.getData().get(0).size());
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
