package dev.waiver.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.AuthenticationException;
import dev.waiver.core.BadRequestException;
import dev.waiver.core.ConflictException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.Page;
import dev.waiver.har.HarClient;
import dev.waiver.har.HarErrors;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.HarErrorType;
import dev.waiver.har.model.PackageType;
import dev.waiver.har.model.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every HAR operation through the real HAR client against the fake. */
class HarFakeTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String REGISTRY = HarFake.DEFAULT_REGISTRY_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final WaiverFakesExtension fakes = WaiverFakesExtension.with(b -> b.only(FakeVendor.HAR).clock(T0));

    private FirewallException create(HarClient har, String pkg, String... versions) {
        return har.firewallExceptions().create(r -> r.registryId(REGISTRY).packageName(pkg)
                .businessJustification("needed for the release").versions(versions).expireAfterDays(30)
                .remediationPlan("upgrade next sprint"));
    }

    @Test
    void createListApproveListShowsApproved(HarClient har, WaiverFakes all) {
        FirewallException created = create(har, "left-pad", "1.3.0");

        assertThat(created.status()).isEqualTo(FirewallExceptionStatus.PENDING);
        assertThat(created.registryId()).isEqualTo(REGISTRY);
        assertThat(created.registryName()).contains("npm-proxy");
        assertThat(created.packageType()).isEqualTo(PackageType.NPM);
        assertThat(created.versionList()).containsExactly("1.3.0");
        assertThat(created.expireAfter()).contains(30);
        assertThat(created.expirationAt()).isEmpty();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.createdBy().uid()).contains(TestCredentials.HARNESS_USER_ID);
        assertThat(har.firewallExceptions().list().stream().map(FirewallException::exceptionId))
                .containsExactly(created.exceptionId());

        all.clock().advance(Duration.ofHours(1));
        FirewallException approved = har.firewallExceptions().approve(created.exceptionId(), r -> r.notes("go ahead"));

        assertThat(approved.status()).isEqualTo(FirewallExceptionStatus.APPROVED);
        assertThat(approved.notes()).contains("go ahead");
        assertThat(approved.statusChangedAt()).contains(T0.plus(Duration.ofHours(1)));
        assertThat(approved.statusChangedBy().flatMap(Principal::email)).contains(TestCredentials.HARNESS_USER_EMAIL);
        assertThat(approved.expirationAt()).contains(T0.plus(Duration.ofHours(1)).plus(Duration.ofDays(30)));
        assertThat(har.firewallExceptions().list().stream().map(FirewallException::status))
                .containsExactly(FirewallExceptionStatus.APPROVED);

        all.clock().advance(Duration.ofDays(30));
        assertThat(all.har().exceptions()).extracting(FirewallException::status)
                .containsExactly(FirewallExceptionStatus.EXPIRED);
    }

    @Test
    void aDuplicateIsThe409(HarClient har) {
        create(har, "left-pad", "1.3.0");

        assertThatThrownBy(() -> create(har, "left-pad", "1.3.0", "1.3.1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(create(har, "left-pad", "2.0.0").status()).isEqualTo(FirewallExceptionStatus.PENDING);
    }

    @Test
    void updateWorksOnlyWhilePending(HarClient har, WaiverFakes all) {
        String id = create(har, "lodash", "4.17.20").exceptionId();
        all.clock().advance(Duration.ofMinutes(3));

        FirewallException updated = har.firewallExceptions().update(id, r -> r.businessJustification("new reason")
                .neverExpires().clearRemediationPlan().versions("4.17.21"));

        assertThat(updated.businessJustification()).isEqualTo("new reason");
        assertThat(updated.expireAfter()).isEmpty();
        assertThat(updated.remediationPlan()).isEmpty();
        assertThat(updated.versionList()).containsExactly("4.17.21");
        assertThat(updated.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));

        har.firewallExceptions().reject(id, r -> r.notes("no"));
        assertThatThrownBy(() -> har.firewallExceptions().update(id, r -> r.businessJustification("again")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(HarErrors.type(e)).contains(HarErrorType.INVALID_REQUEST_ERROR);
                    assertThat(HarErrors.param(e)).contains("status");
                });
    }

    @Test
    void deleteIs204AndThenGone(HarClient har, WaiverFakes all) {
        String id = create(har, "chalk").exceptionId();

        har.firewallExceptions().delete(id);

        assertThat(all.har().exceptions()).isEmpty();
        assertThatThrownBy(() -> har.firewallExceptions().delete(id)).isInstanceOf(NotFoundException.class);
        assertThat(all.har().requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl().replaceAll("\\?.*", ""))
                .containsExactly("POST /har/api/v3/scans/exceptions",
                        "DELETE /har/api/v3/scans/exceptions/" + id,
                        "DELETE /har/api/v3/scans/exceptions/" + id);
    }

    @Test
    void listFiltersAndCountsAsDocumented(HarClient har, WaiverFakes all) throws Exception {
        String maven = "0d6c1a1e-2f3b-4c5d-8e9f-a0b1c2d3e4f5";
        all.har().registry(maven, "maven-central", PackageType.MAVEN);
        all.har().seed(3, (i, s) -> s.registryId(maven).approved());
        all.har().seed(2, (i, s) -> s.rejected());
        all.har().seed(1, (i, s) -> s.approved().expireAfterDays(1).created(T0.minus(Duration.ofDays(2))));

        Page<FirewallException> page = har.firewallExceptions()
                .list(r -> r.status(FirewallExceptionStatus.APPROVED).size(2)).byPage().iterator().next();

        assertThat(page.items()).hasSize(2).allSatisfy(e -> assertThat(e.packageType()).isEqualTo(PackageType.MAVEN));
        assertThat(page.isLast()).isFalse();
        assertThat(page.index()).isZero();
        assertThat(page.totalItems()).hasValue(6L);
        JsonNode answer = JSON.readTree(all.wireMock().getAllServeEvents().get(0).getResponse().getBodyAsString());
        assertThat(answer.get("page").asLong()).isZero();
        assertThat(answer.get("size").asLong()).isEqualTo(2L);
        assertThat(answer.get("hasMore").asBoolean()).isTrue();
        JsonNode meta = answer.get("meta");
        assertThat(meta.get("totalCount").asLong()).isEqualTo(6L);
        assertThat(meta.get("approvedCount").asLong()).isEqualTo(3L);
        assertThat(meta.get("rejectedCount").asLong()).isEqualTo(2L);
        assertThat(meta.get("expiredCount").asLong()).isEqualTo(1L);
        assertThat(meta.get("pendingCount").asLong()).isZero();
        assertThat(har.firewallExceptions().list(r -> r.packageTypes(PackageType.NPM)).stream().count()).isEqualTo(3);
        assertThat(har.firewallExceptions().list(r -> r.status(FirewallExceptionStatus.EXPIRED)).stream().count()).isEqualTo(1);
    }

    @Test
    void versionsListWhatTheFakeKnows(HarClient har, WaiverFakes all) {
        all.har().packageVersions(REGISTRY, "react", "18.2.0", "18.3.1", "19.0.0");

        List<String> versions = har.firewallExceptions().listVersions(r -> r.registryId(REGISTRY).packageName("react").size(2))
                .stream().toList();

        assertThat(versions).containsExactly("18.2.0", "18.3.1", "19.0.0");
    }

    @Test
    void anUnknownRegistryIsA404(HarClient har) {
        assertThatThrownBy(() -> har.firewallExceptions().create(r -> r.registryId("11111111-2222-4333-8444-555555555555")
                .packageName("x").businessJustification("y")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void wrongKeyIsTheDocumented401(WaiverFakes all) {
        try (HarClient wrong = HarClient.builder().baseUrl(all.baseUrl(FakeVendor.HAR)).apiKey("nope")
                .accountId(TestCredentials.HARNESS_ACCOUNT_ID).build()) {
            assertThatThrownBy(() -> wrong.firewallExceptions().list().stream().toList())
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(HarErrors.type(e)).contains(HarErrorType.AUTHENTICATION_ERROR));
        }
    }
}
