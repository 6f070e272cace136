package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.NotFoundException;
import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalDecision;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every IaCM operation through the real IaCM client against the fake. */
class IacmFakeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.IACM).clock(T0));

    @Test
    void createListApproveListShowsApproved(IacmClient iacm, WaiverFakes all) {
        Approvals approvals = iacm.approvals("default", "payments");
        String id = approvals.create(r -> r.pipelineExecutionId("exec-1").pipelineStageId("stage-1").workspaceId("ws-1"))
                .id();

        List<Approval> listed = approvals.list().stream().toList();
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.status()).isEqualTo(ApprovalStatus.PENDING);
            assertThat(a.account()).isEqualTo(TestCredentials.HARNESS_ACCOUNT_ID);
            assertThat(a.org()).isEqualTo("default");
            assertThat(a.project()).isEqualTo("payments");
            assertThat(a.workspaceId()).isEqualTo("ws-1");
            assertThat(a.pipelineExecutionId()).isEqualTo("exec-1");
            assertThat(a.pipelineStageId()).isEqualTo("stage-1");
            assertThat(a.created()).isEqualTo(T0);
            assertThat(a.actionedBy()).isEmpty();
        });

        all.clock().advance(Duration.ofMillis(1500));
        approvals.update(id, r -> r.status(ApprovalStatus.APPROVED).actionedBy("Ana").actionedByEmail("ana@example.com"));

        ApprovalStatusInfo info = approvals.get(id);
        assertThat(info.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(info.actionedBy()).contains("Ana");
        assertThat(info.actionedByEmail()).contains("ana@example.com");
        assertThat(info.created()).isEqualTo(T0);
        assertThat(info.updated()).isEqualTo(T0.plusMillis(1500));
        assertThat(approvals.list(r -> r.statusType(ApprovalStatus.APPROVED)).stream().map(Approval::id)).containsExactly(id);
        assertThat(approvals.list(r -> r.statusType(ApprovalStatus.PENDING)).stream()).isEmpty();
    }

    @Test
    void rejectAndPagingHeadersAreAsDocumented(IacmClient iacm, WaiverFakes all) {
        all.iacm().seed(7, (i, s) -> { });
        Approvals approvals = iacm.approvals(TestCredentials.HARNESS_ORG_ID, TestCredentials.HARNESS_PROJECT_ID);
        String first = all.iacm().approvals().get(0).id();
        assertThat(approvals.reject(first, r -> r.actionedBy("Bo")))
                .isEqualTo(ApprovalDecision.of(first, ApprovalStatus.REJECTED));

        assertThat(approvals.list(r -> r.limit(3)).stream().count()).isEqualTo(7);
        List<LoggedRequest> lists = all.iacm().requests().stream().filter(r -> r.getMethod().getName().equals("GET")).toList();
        assertThat(lists).extracting(r -> r.queryParameter("page").firstValue()).containsExactly("1", "2", "3");
        assertThat(all.wireMock().getAllServeEvents().get(0).getResponse().getHeaders().getHeader("x-total-pages").firstValue())
                .isEqualTo("3");
        assertThat(approvals.get(first).status()).isEqualTo(ApprovalStatus.REJECTED);
    }

    @Test
    void anApprovalOfAnotherProjectIsNotFound(IacmClient iacm, WaiverFakes all) {
        String id = all.iacm().seed(s -> s.in("default", "payments"));

        assertThatThrownBy(() -> iacm.approvals("default", "other").get(id))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.vendorCode()).contains("not_found"));
    }

    @Test
    void wrongKeyIsTheGoa401(WaiverFakes all) {
        try (IacmClient wrong = IacmClient.builder().baseUrl(all.baseUrl(FakeVendor.IACM)).apiKey("nope")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).build()) {
            assertThatThrownBy(() -> wrong.approvals("default", "payments").list().stream().toList())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.vendorCode()).contains("unauthorized"));
        }
        assertThat(all.wireMock().getAllServeEvents().get(0).getResponse().getHeaders().getContentTypeHeader().mimeTypePart())
                .isEqualTo("application/vnd.goa.error");
    }
}
