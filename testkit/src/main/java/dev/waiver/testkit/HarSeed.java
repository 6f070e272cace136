package dev.waiver.testkit;

import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.testkit.internal.har.HarRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One HAR firewall exception to seed, with defaults: PENDING, in {@link HarFake#DEFAULT_REGISTRY_ID},
 * for a distinct package, all versions, never expiring, created at the fake's current time. An
 * APPROVED seed with {@link #expireAfterDays} expires that many days after its status change
 * (the creation time unless set).
 */
public final class HarSeed {

    private final HarRecord record;

    HarSeed(HarRecord record) {
        this.record = record;
    }

    /**
     * @param registryId a registry the fake knows (see {@link HarFake#registry})
     * @return this seed
     */
    public HarSeed registryId(String registryId) {
        record.registryId = registryId.toLowerCase(Locale.ROOT);
        return this;
    }

    /**
     * @param packageName the package
     * @return this seed
     */
    public HarSeed packageName(String packageName) {
        record.packageName = Objects.requireNonNull(packageName, "packageName");
        return this;
    }

    /**
     * @param versions the versions covered (none: all)
     * @return this seed
     */
    public HarSeed versions(String... versions) {
        record.versionList = new ArrayList<>(List.of(versions));
        return this;
    }

    /**
     * @param justification the business justification
     * @return this seed
     */
    public HarSeed businessJustification(String justification) {
        record.businessJustification = Objects.requireNonNull(justification, "justification");
        return this;
    }

    /**
     * @param plan the remediation plan
     * @return this seed
     */
    public HarSeed remediationPlan(String plan) {
        record.remediationPlan = plan;
        return this;
    }

    /**
     * @param days days after approval until it expires
     * @return this seed
     */
    public HarSeed expireAfterDays(int days) {
        record.expireAfter = days;
        return this;
    }

    /**
     * @param status the stored status (PENDING, APPROVED or REJECTED; an approved seed past its
     *               expiry reads as EXPIRED)
     * @return this seed
     */
    public HarSeed status(FirewallExceptionStatus status) {
        record.status = status.value();
        return this;
    }

    /** @return this seed, approved by the test user */
    public HarSeed approved() {
        return status(FirewallExceptionStatus.APPROVED);
    }

    /** @return this seed, rejected by the test user */
    public HarSeed rejected() {
        return status(FirewallExceptionStatus.REJECTED);
    }

    /**
     * @param notes the approver's note
     * @return this seed
     */
    public HarSeed notes(String notes) {
        record.notes = notes;
        return this;
    }

    /**
     * @param created when it was created (and last updated)
     * @return this seed
     */
    public HarSeed created(Instant created) {
        record.createdAt = created;
        record.updatedAt = created;
        return this;
    }

    /**
     * @param at when its status was changed
     * @return this seed
     */
    public HarSeed statusChangedAt(Instant at) {
        record.statusChangedAt = at;
        return this;
    }

    HarRecord finish() {
        if (!"PENDING".equals(record.status)) {
            record.statusChanged = true;
            if (record.statusChangedAt == null) {
                record.statusChangedAt = record.createdAt;
            }
            if ("APPROVED".equals(record.status) && record.expireAfter != null && record.expirationAt == null) {
                record.expirationAt = record.statusChangedAt.plus(Duration.ofDays(record.expireAfter));
            }
        }
        return record;
    }
}
