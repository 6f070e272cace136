package dev.waiver.testkit.safecreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.core.PermissionDeniedException;
import dev.waiver.core.TransportException;
import dev.waiver.har.HarClient;
import dev.waiver.har.model.FirewallException;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.HarFake;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import dev.waiver.testkit.WaiverFakesExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HAR's safe create ({@code FirewallExceptions.create}) against the stateful fake, over real OkHttp. */
class HarSafeCreateTest {

    private static final String REGISTRY = HarFake.DEFAULT_REGISTRY_ID;
    private static final String CREATE = "POST /har/api/v3/scans/exceptions?account_identifier="
            + TestCredentials.HARNESS_ACCOUNT_ID;
    private static final String LOOKUP = "GET /har/api/v3/scans/exceptions?package_name=left-pad&version=1.3.0"
            + "&registry_ids=" + REGISTRY + "&page=0&account_identifier=" + TestCredentials.HARNESS_ACCOUNT_ID;

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.HAR));

    private static FirewallException create(HarClient har) {
        return har.firewallExceptions().create(r -> r.registryId(REGISTRY).packageName("left-pad")
                .businessJustification("needed for the release").versions("1.3.0", "1.3.1").expireAfterDays(30));
    }

    private static List<String> wire(WaiverFakes all) {
        return all.har().requests().stream().map(HarSafeCreateTest::line).toList();
    }

    private static String line(LoggedRequest r) {
        return r.getMethod().getName() + " " + r.getUrl();
    }

    @Test
    void recordedThenDroppedIsRecoveredOnce(HarClient har, WaiverFakes all) {
        all.har().failNext(HarFake.Operation.CREATE, FakeFault.recordThenReset());

        FirewallException created = create(har);

        assertThat(all.har().exceptions()).singleElement().satisfies(e -> {
            assertThat(e.versionList()).containsExactly("1.3.0", "1.3.1");
            assertThat(created).isEqualTo(e.toBuilder().recovered(true).build());
        });
        assertThat(created.recovered()).isTrue();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }

    @Test
    void droppedBeforeRecordingIsLookedUpThenSentOnceMore(HarClient har, WaiverFakes all) {
        all.har().failNext(HarFake.Operation.CREATE, FakeFault.connectionReset());

        FirewallException created = create(har);

        assertThat(all.har().exceptions()).singleElement().isEqualTo(created);
        assertThat(created.recovered()).isFalse();
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP, CREATE);
        List<LoggedRequest> sent = all.har().requests();
        assertThat(sent.get(2).getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString()).contains("left-pad");
    }

    @Test
    void otherVersionsAreNotOurs(HarClient har, WaiverFakes all) {
        har.firewallExceptions().create(r -> r.registryId(REGISTRY).packageName("left-pad")
                .businessJustification("older").versions("1.3.0"));
        all.har().failNext(HarFake.Operation.CREATE, FakeFault.connectionReset());

        assertThatThrownBy(() -> create(har)).isInstanceOf(dev.waiver.core.ConflictException.class);

        assertThat(all.har().exceptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE, CREATE, LOOKUP, CREATE);
    }

    @Test
    void optedOutThrowsTheOriginalFailure(WaiverFakes all) {
        all.har().failNext(HarFake.Operation.CREATE, FakeFault.recordThenReset());
        try (HarClient har = HarClient.builder().baseUrl(all.baseUrl(FakeVendor.HAR))
                .apiKey(TestCredentials.HARNESS_API_KEY).accountId(TestCredentials.HARNESS_ACCOUNT_ID)
                .safeCreates(false).build()) {
            assertThatThrownBy(() -> create(har)).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.requestMayHaveReachedServer()).isTrue();
                assertThat(e.getSuppressed()).isEmpty();
            });
        }
        assertThat(all.har().exceptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE);
    }

    @Test
    void failedLookupThrowsTheOriginalWithTheLookupSuppressed(HarClient har, WaiverFakes all) {
        all.har().failNext(HarFake.Operation.CREATE, FakeFault.recordThenReset());
        all.har().failNext(HarFake.Operation.LIST, FakeFault.forbidden());

        assertThatThrownBy(() -> create(har)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.requestMayHaveReachedServer()).isTrue();
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(PermissionDeniedException.class);
        });
        assertThat(all.har().exceptions()).hasSize(1);
        assertThat(wire(all)).containsExactly(CREATE, LOOKUP);
    }
}
