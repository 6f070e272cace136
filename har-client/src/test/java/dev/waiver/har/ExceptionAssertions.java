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
        assertThat(e.getExceptionId()).isEqualTo("8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01");
        assertThat(e.getRegistryId()).isEqualTo("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b");
        assertThat(e.getRegistryName()).isEqualTo("npm-upstream-firewall");
        assertThat(e.getPackageName()).isEqualTo("lodash");
        assertThat(e.getPackageType()).isSameAs(PackageType.NPM);
        assertThat(e.getVersionId()).isNull();
        assertThat(e.getVersionList()).containsExactly("4.17.20", "4.17.19");
        assertThat(e.getVersionScanMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "4.17.20", "b7e4c1d2-9a3f-4e6b-8c5d-0f1e2a3b4c5d",
                "4.17.19", "c8f5d2e3-0b4a-4f7c-9d6e-1a2b3c4d5e6f"));
        assertThat(e.getBusinessJustification())
                .isEqualTo("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.");
        assertThat(e.getRemediationPlan()).isEqualTo("Upgrade to lodash 4.17.21 with the checkout service rewrite.");
        assertThat(e.getExpireAfter()).isEqualTo(30);
        assertThat(e.getExpirationAt()).isNull();
        assertThat(e.getStatus()).isSameAs(FirewallExceptionStatus.PENDING);
        assertThat(e.getNotes()).isNull();
        assertThat(e.getStatusChangedAt()).isNull();
        assertThat(e.getStatusChangedBy()).isNull();
        assertThat(e.getCreatedAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
        assertPrincipal(e.getCreatedBy(), "jdoe", "Jane Doe", "jane.doe@example.com", PrincipalType.USER);
        assertThat(e.getUpdatedAt()).isEqualTo(Instant.ofEpochMilli(1732584834001L));
        assertPrincipal(e.getUpdatedBy(), "ci-bot", "CI bot", "ci-bot@example.com", PrincipalType.SERVICE_ACCOUNT);
    }

    /** {@code exception-approved.json}. */
    static void assertApproved(FirewallException e) {
        assertThat(e.getExceptionId()).isEqualTo("8c0e5f2a-4b1d-4e7a-9f3c-2d6b7a8e9f01");
        assertThat(e.getRegistryId()).isEqualTo("3f2a9c1e-5b7d-4e8f-9a6b-1c2d3e4f5a6b");
        assertThat(e.getRegistryName()).isEqualTo("npm-upstream-firewall");
        assertThat(e.getPackageName()).isEqualTo("lodash");
        assertThat(e.getPackageType()).isSameAs(PackageType.NPM);
        assertThat(e.getVersionId()).isEqualTo("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
        assertThat(e.getVersionList()).containsExactly("4.17.20");
        assertThat(e.getVersionScanMap()).containsExactlyEntriesOf(Map.of("4.17.20", "b7e4c1d2-9a3f-4e6b-8c5d-0f1e2a3b4c5d"));
        assertThat(e.getBusinessJustification())
                .isEqualTo("The legacy checkout build pins lodash 4.17.x until the Q3 upgrade.");
        assertThat(e.getRemediationPlan()).isNull();
        assertThat(e.getExpireAfter()).isEqualTo(30);
        assertThat(e.getExpirationAt()).isEqualTo(Instant.ofEpochMilli(1735259634999L));
        assertThat(e.getStatus()).isSameAs(FirewallExceptionStatus.APPROVED);
        assertThat(e.getNotes()).isEqualTo("Approved until the checkout rewrite ships.");
        assertThat(e.getStatusChangedAt()).isEqualTo(Instant.ofEpochMilli(1732667634999L));
        assertPrincipal(e.getStatusChangedBy(), "asmith", "Alex Smith", "alex.smith@example.com", PrincipalType.USER);
        assertThat(e.getCreatedAt()).isEqualTo(Instant.ofEpochMilli(1732581234567L));
        assertPrincipal(e.getCreatedBy(), "jdoe", "Jane Doe", "jane.doe@example.com", PrincipalType.USER);
        assertThat(e.getUpdatedAt()).isEqualTo(Instant.ofEpochMilli(1732667634999L));
        assertPrincipal(e.getUpdatedBy(), "asmith", "Alex Smith", "alex.smith@example.com", PrincipalType.USER);
    }

    static void assertPrincipal(Principal p, String uid, String displayName, String email, PrincipalType type) {
        assertThat(p).isNotNull();
        assertThat(p.getUid()).isEqualTo(uid);
        assertThat(p.getDisplayName()).isEqualTo(displayName);
        assertThat(p.getEmail()).isEqualTo(email);
        assertThat(p.getType()).isSameAs(type);
    }
}
