package dev.waiver.testkit.safecreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.TransportException;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.Exemption;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.StoFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import dev.waiver.testkit.WaiverFakesExtension;
import dev.waiver.sto.model.ExemptionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** STO's safe create ({@code Exemptions.create}) against the stateful fake, over real OkHttp. */
class StoSafeCreateTest {

    private static final String ISSUE = "issueSAFECREATE0000001";
    private static final String SCOPE = "orgId=" + TestCredentials.HARNESS_ORG_ID + "&projectId="
            + TestCredentials.HARNESS_PROJECT_ID + "&accountId=" + TestCredentials.HARNESS_ACCOUNT_ID;
    private static final String CREATE = "POST /sto/api/v2/exemptions?" + SCOPE;
    private static final String LOOKUP = "GET /sto/api/v2/exemptions/issue/" + ISSUE + "?" + SCOPE;

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.STO));

    private static CreatedExemption create(StoClient sto) {
        return sto.exemptions().create(r -> r.issueId(ISSUE).type(ExemptionType.FALSE_POSITIVE)
                .reason("scanner misreads the lockfile").durationDays(30));
    }

    private static List<String> wire(WaiverFakes all) {
        return all.sto().requests().stream().map(StoSafeCreateTest::line).toList();
    }

    private static String line(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl();
    }

    @Test
    void recordedThenDroppedIsRecoveredOnce(StoClient sto, WaiverFakes all) {
        all.sto().failNext(StoFake.Operation.CREATE, FakeFault.recordThenReset());

        CreatedExemption created = create(sto);

        List<Exemption> records = all.sto().exemptions();
        assertThat(records).singleElement().satisfies(e -> {
            assertThat(e.issueId()).isEqualTo(ISSUE);
            assertThat(created).isEqualTo(CreatedExemption.builder().id(e.id()).recovered(true).build());
        });
        assertThat(created.recovered()).isTrue();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }

    @Test
    void droppedBeforeRecordingIsLookedUpThenSentOnceMore(StoClient sto, WaiverFakes all) {
        all.sto().failNext(StoFake.Operation.CREATE, FakeFault.connectionReset());

        CreatedExemption created = create(sto);

        assertThat(all.sto().exemptions()).singleElement().satisfies(e ->
                assertThat(created).isEqualTo(CreatedExemption.builder().id(e.id()).build()));
        assertThat(created.recovered()).isFalse();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP, CREATE);
        List<LoggedRequest> sent = all.sto().requests();
        assertThat(sent.get(2).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString())
                .contains("\"issueId\":\"" + ISSUE + "\"");
    }

    @Test
    void secondSendIsTheLast(StoClient sto, WaiverFakes all) {
        all.sto().failNext(StoFake.Operation.CREATE, 2, FakeFault.connectionReset());

        assertThatThrownBy(() -> create(sto)).isInstanceOfSatisfying(TransportException.class,
                e -> assertThat(e.requestMayHaveReachedServer()).isTrue());

        assertThat(all.sto().exemptions()).isEmpty();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP, CREATE);
    }

    @Test
    void optedOutThrowsTheOriginalFailure(WaiverFakes all) {
        all.sto().failNext(StoFake.Operation.CREATE, FakeFault.recordThenReset());
        try (StoClient sto = client(all, false)) {
            assertThatThrownBy(() -> create(sto)).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.requestMayHaveReachedServer()).isTrue();
                assertThat(e.getSuppressed()).isEmpty();
            });
        }
        assertThat(all.sto().exemptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE);
    }

    @Test
    void failedLookupThrowsTheOriginalWithTheLookupSuppressed(StoClient sto, WaiverFakes all) {
        all.sto().failNext(StoFake.Operation.CREATE, FakeFault.recordThenReset());
        all.sto().failNext(StoFake.Operation.GET_FOR_ISSUE, FakeFault.forbidden());

        assertThatThrownBy(() -> create(sto)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.requestMayHaveReachedServer()).isTrue();
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(all.sto().exemptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }

    @Test
    void anExemptionOfAnotherScopeIsNotOurs(StoClient sto, WaiverFakes all) {
        all.sto().seed(s -> s.issueId(ISSUE).place("otherOrg", "otherProject", null, null));
        all.sto().failNext(StoFake.Operation.CREATE, FakeFault.connectionReset());

        CreatedExemption created = create(sto);

        assertThat(created.recovered()).isFalse();
        assertThat(all.sto().exemptions()).hasSize(2);
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP, CREATE);
    }

    private static StoClient client(WaiverFakes all, boolean safeCreates) {
        return StoClient.builder()
                .baseUrl(all.baseUrl(FakeVendor.STO))
                .apiKey(TestCredentials.HARNESS_API_KEY)
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                .orgId(TestCredentials.HARNESS_ORG_ID)
                .projectId(TestCredentials.HARNESS_PROJECT_ID)
                .safeCreates(safeCreates)
                .build();
    }
}
