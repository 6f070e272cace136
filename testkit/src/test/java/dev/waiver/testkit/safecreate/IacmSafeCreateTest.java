package dev.waiver.testkit.safecreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.TransportException;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.CreatedApproval;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.IacmFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import dev.waiver.testkit.WaiverFakesExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IaCM's safe create ({@code Approvals.create}) against the stateful fake, over real OkHttp. */
class IacmSafeCreateTest {

    private static final String PATH = "/iacm/api/orgs/default/projects/payments/approvals";
    private static final String CREATE = "POST " + PATH;
    private static final String LOOKUP = "GET " + PATH + "?page=1&limit=30&workspace=ws-1"
            + "&pipeline_execution_id=exec-1&pipeline_stage_id=stage-1";

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.IACM));

    private static CreatedApproval create(IacmClient iacm) {
        return iacm.approvals("default", "payments")
                .create(r -> r.pipelineExecutionId("exec-1").pipelineStageId("stage-1").workspaceId("ws-1"));
    }

    private static List<String> wire(WaiverFakes all) {
        return all.iacm().requests().stream().map(IacmSafeCreateTest::line).toList();
    }

    private static String line(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl();
    }

    @Test
    void recordedThenDroppedIsRecoveredOnce(IacmClient iacm, WaiverFakes all) {
        all.iacm().failNext(IacmFake.Operation.CREATE, FakeFault.recordThenReset());

        CreatedApproval created = create(iacm);

        assertThat(all.iacm().approvals()).singleElement().satisfies(a -> {
            assertThat(a.pipelineStageId()).isEqualTo("stage-1");
            assertThat(created).isEqualTo(CreatedApproval.builder().id(a.id()).recovered(true).build());
        });
        assertThat(created.recovered()).isTrue();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }

    @Test
    void droppedBeforeRecordingIsLookedUpThenSentOnceMore(IacmClient iacm, WaiverFakes all) {
        all.iacm().seed(s -> s.in("default", "payments").pipelineExecutionId("exec-1").pipelineStageId("stage-1")
                .workspaceId("ws-2"));
        all.iacm().failNext(IacmFake.Operation.CREATE, FakeFault.connectionReset());

        CreatedApproval created = create(iacm);

        assertThat(created.recovered()).isFalse();
        assertThat(all.iacm().approvals()).hasSize(2).filteredOn(a -> a.workspaceId().equals("ws-1"))
                .singleElement().satisfies(a ->
                        assertThat(created).isEqualTo(CreatedApproval.builder().id(a.id()).build()));
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP, CREATE);
        List<LoggedRequest> sent = all.iacm().requests();
        assertThat(sent.get(2).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString()).contains("stage-1");
    }

    @Test
    void optedOutThrowsTheOriginalFailure(WaiverFakes all) {
        all.iacm().failNext(IacmFake.Operation.CREATE, FakeFault.recordThenReset());
        try (IacmClient iacm = IacmClient.builder().baseUrl(all.baseUrl(FakeVendor.IACM))
                .apiKey(TestCredentials.HARNESS_API_KEY).accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                .safeCreates(false).build()) {
            assertThatThrownBy(() -> create(iacm)).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.requestMayHaveReachedServer()).isTrue();
                assertThat(e.getSuppressed()).isEmpty();
            });
        }
        assertThat(all.iacm().approvals()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE);
    }

    @Test
    void failedLookupThrowsTheOriginalWithTheLookupSuppressed(IacmClient iacm, WaiverFakes all) {
        all.iacm().failNext(IacmFake.Operation.CREATE, FakeFault.recordThenReset());
        all.iacm().failNext(IacmFake.Operation.LIST, FakeFault.forbidden());

        assertThatThrownBy(() -> create(iacm)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.requestMayHaveReachedServer()).isTrue();
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(all.iacm().approvals()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }
}
