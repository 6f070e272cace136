package dev.waiver.testkit;

import dev.waiver.har.model.FirewallExceptionStatus;
import dev.waiver.har.model.PackageType;
import dev.waiver.testkit.internal.har.HarRecord;
import dev.waiver.testkit.internal.har.HarUser;
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
     * @param exceptionId the exception's id, a UUID (default: the fake makes one)
     * @return this seed
     */
    public HarSeed exceptionId(String exceptionId) {
        record.exceptionId = Objects.requireNonNull(exceptionId, "exceptionId");
        return this;
    }

    /**
     * @param type the package type, overriding the registry's
     * @return this seed
     */
    public HarSeed packageType(PackageType type) {
        record.packageType = type.value();
        return this;
    }

    /**
     * @param uid         who created it (and last updated it)
     * @param displayName their name
     * @param email       their email
     * @return this seed
     */
    public HarSeed createdBy(String uid, String displayName, String email) {
        record.createdBy = new HarUser(uid, displayName, email);
        record.updatedBy = record.createdBy;
        return this;
    }

    /**
     * @param uid         who changed its status
     * @param displayName their name
     * @param email       their email
     * @return this seed
     */
    public HarSeed statusChangedBy(String uid, String displayName, String email) {
        record.statusChangedBy = new HarUser(uid, displayName, email);
        return this;
    }

    /**
     * @param expirationAt when it expires (default for an approved seed: its status change plus
     *                     {@link #expireAfterDays})
     * @return this seed
     */
    public HarSeed expirationAt(Instant expirationAt) {
        record.expirationAt = expirationAt;
        return this;
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
     * Keeps it reading approved past its expiration, as a vendor record does until the vendor's
     * expiry job runs: for testing code that must not trust the status alone.
     *
     * @return this seed
     */
    public HarSeed expiryNotYetApplied() {
        record.expiryApplied = false;
        return this;
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
