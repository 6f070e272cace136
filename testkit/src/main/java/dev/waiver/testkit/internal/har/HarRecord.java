package dev.waiver.testkit.internal.har;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One HAR firewall exception as the fake keeps it. Mutable; guarded by the backend's lock. Field
 * names follow Harness' FirewallExceptionResponseV3 schema.
 */
public final class HarRecord {

    /** Exception id (UUID). */
    public String exceptionId;
    /** Registry (UUID). */
    public String registryId;
    /** Registry name. */
    public String registryName;
    /** Package type of the registry (for example {@code NPM}). */
    public String packageType;
    /** Package. */
    public String packageName;
    /** Versions covered; empty means all. */
    public List<String> versionList = new ArrayList<>();
    /** Justification. */
    public String businessJustification = "";
    /** Remediation plan, or null. */
    public String remediationPlan;
    /** Days after approval until expiry; null means never. */
    public Integer expireAfter;
    /** Expiry, computed at approval; null when none. */
    public Instant expirationAt;
    /** Stored status ({@code PENDING}, {@code APPROVED}, {@code REJECTED}); EXPIRED is derived. */
    public String status = "PENDING";
    /** Approver's note. */
    public String notes;
    /** Created. */
    public Instant createdAt;
    /** Last updated. */
    public Instant updatedAt;
    /** Status changed, or null. */
    public Instant statusChangedAt;
    /** Whether the status was changed by someone (the test user). */
    public boolean statusChanged;

    /**
     * @param now the fake's time
     * @return the status a reader sees: approved and past {@code expirationAt} is {@code EXPIRED}
     */
    public String statusAt(Instant now) {
        if ("APPROVED".equals(status) && expirationAt != null && !expirationAt.isAfter(now)) {
            return "EXPIRED";
        }
        return status;
    }

    /**
     * @param version a version
     * @return whether this exception covers it (an empty list covers every version)
     */
    public boolean covers(String version) {
        return versionList.isEmpty() || versionList.contains(version);
    }
}
