package dev.waiver.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import dev.waiver.har.model.Principal;
import dev.waiver.har.model.PrincipalType;
import java.time.Instant;
import java.util.Map;

/** Every field of the fixtures, checked once here. */
final class ExceptionAssertions {

    private ExceptionAssertions() {
    }

    /** {@code exception-pending.json}. */
    static void assertPending(FirewallException e) {
        assertThat(e.exceptionId()).isEqualTo("8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01");
        assertThat(e.registryId()).isEqualTo("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b");
        assertThat(e.registryName()).contains("npm-upstream-firewall");
        assertThat(e.packageName()).isEqualTo("lodash");
        assertThat(e.packageType()).isSameAs(PackageType.NPM);
        assertThat(e.versionId()).isEmpty();
        assertThat(e.versionList()).containsExactly("4.17.20", "4.17.19");
        assertThat(e.versionScanMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "4.17.20", "b7e4c1d2-9a3f-4e6b-8c5d-0f1e2a3b4c5d",
                "4.17.19", "c8f5d2e3-0b4a-4f7c-9d6e-1a2b3c4d5e6f"));
        assertThat(e.businessJustification())
                .isEqualTo("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.");
        assertThat(e.remediationPlan()).contains("Upgrade to lodash 4.17.21 with the checkout service rewrite.");
        assertThat(e.expireAfter()).contains(30);
        assertThat(e.expirationAt()).isEmpty();
        assertThat(e.status()).isSameAs(FirewallExceptionStatus.PENDING);
        assertThat(e.notes()).isEmpty();
        assertThat(e.statusChangedAt()).isEmpty();
        assertThat(e.statusChangedBy()).isEmpty();
        assertThat(e.createdAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
        assertPrincipal(e.createdBy(), "jdoe", "Jane Doe", "jane.doe@example.com", PrincipalType.USER);
        assertThat(e.updatedAt()).isEqualTo(Instant.ofEpochMilli(1732584834001L));
        assertPrincipal(e.updatedBy(), "ci-bot", "CI bot", "ci-bot@example.com", PrincipalType.SERVICE_ACCOUNT);
    }

    /** {@code exception-approved.json}. */
    static void assertApproved(FirewallException e) {
        assertThat(e.exceptionId()).isEqualTo("8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01");
        assertThat(e.registryId()).isEqualTo("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b");
        assertThat(e.registryName()).contains("npm-upstream-firewall");
        assertThat(e.packageName()).isEqualTo("lodash");
        assertThat(e.packageType()).isSameAs(PackageType.NPM);
        assertThat(e.versionId()).contains("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
        assertThat(e.versionList()).containsExactly("4.17.20");
        assertThat(e.versionScanMap()).containsExactlyEntriesOf(Map.of("4.17.20", "b7e4c1d2-9a3f-4e6b-8c5d-0f1e2a3b4c5d"));
        assertThat(e.businessJustification())
                .isEqualTo("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.");
        assertThat(e.remediationPlan()).isEmpty();
        assertThat(e.expireAfter()).contains(30);
        assertThat(e.expirationAt()).contains(Instant.ofEpochMilli(1735259634999L));
        assertThat(e.status()).isSameAs(FirewallExceptionStatus.APPROVED);
        assertThat(e.notes()).contains("Approved until the checkout rewrite ships.");
        assertThat(e.statusChangedAt()).contains(Instant.ofEpochMilli(1732667634999L));
        assertPrincipal(e.statusChangedBy().orElseThrow(), "asmith", "Alex Smith", "alex.smith@example.com", PrincipalType.USER);
        assertThat(e.createdAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
        assertPrincipal(e.createdBy(), "jdoe", "Jane Doe", "jane.doe@example.com", PrincipalType.USER);
        assertThat(e.updatedAt()).isEqualTo(Instant.ofEpochMilli(1732667634999L));
        assertPrincipal(e.updatedBy(), "asmith", "Alex Smith", "alex.smith@example.com", PrincipalType.USER);
    }

    static void assertPrincipal(Principal p, String uid, String displayName, String email, PrincipalType type) {
        assertThat(p).isNotNull();
        assertThat(p.uid()).contains(uid);
        assertThat(p.displayName()).contains(displayName);
        assertThat(p.email()).contains(email);
        assertThat(p.type()).containsSame(type);
    }
}
