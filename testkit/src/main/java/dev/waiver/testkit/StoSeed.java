package dev.waiver.testkit;

import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.ExemptionStatus;
import dev.waiver.sto.model.ExemptionType;
import dev.waiver.testkit.internal.sto.StoRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One STO exemption to seed, with defaults: a Pending "Other" exemption in
 * {@link TestCredentials#HARNESS_ORG_ID}/{@link TestCredentials#HARNESS_PROJECT_ID} (PROJECT scope),
 * requested by {@link TestCredentials#HARNESS_USER_ID}, created at the fake's current time, for a
 * distinct issue id. Set what matters to the test; an approved or rejected seed also gets the
 * test user as reviewer and the creation time as review time.
 */
public final class StoSeed {

    private final StoRecord record;
    private final Instant now;

    StoSeed(StoRecord record, Instant now) {
        this.record = record;
        this.now = now;
    }

    /**
     * @param id the exemption's id (default: the fake makes one, {@code exmp...})
     * @return this seed
     */
    public StoSeed id(String id) {
        record.id = Objects.requireNonNull(id, "id");
        return this;
    }

    /**
     * @param issueId the issue (22 characters of {@code [a-zA-Z0-9_-]} at Harness)
     * @return this seed
     */
    public StoSeed issueId(String issueId) {
        record.issueId = Objects.requireNonNull(issueId, "issueId");
        return this;
    }

    /**
     * @param type the exemption type
     * @return this seed
     */
    public StoSeed type(ExemptionType type) {
        record.type = type.value();
        return this;
    }

    /**
     * @param reason why
     * @return this seed
     */
    public StoSeed reason(String reason) {
        record.reason = Objects.requireNonNull(reason, "reason");
        return this;
    }

    /**
     * @param status the stored status (an Approved seed past its expiration reads as Expired)
     * @return this seed
     */
    public StoSeed status(ExemptionStatus status) {
        record.status = status.value();
        return this;
    }

    /** @return this seed, approved by the test user */
    public StoSeed approved() {
        return status(ExemptionStatus.APPROVED);
    }

    /** @return this seed, rejected by the test user */
    public StoSeed rejected() {
        return status(ExemptionStatus.REJECTED);
    }

    /**
     * @param expiration when it expires
     * @return this seed
     */
    public StoSeed expiration(Instant expiration) {
        record.expiration = expiration;
        return this;
    }

    /**
     * @param fromNow how long after the fake's current time it expires
     * @return this seed
     */
    public StoSeed expiresIn(Duration fromNow) {
        return expiration(now.plus(fromNow));
    }

    /**
     * @param days the requested duration ({@code pendingChanges.durationDays})
     * @return this seed
     */
    public StoSeed durationDays(long days) {
        record.durationDays = days;
        return this;
    }

    /**
     * @param created when it was created (also its request and modification time)
     * @return this seed
     */
    public StoSeed created(Instant created) {
        record.created = created;
        record.lastModified = created;
        record.requestedOn = created;
        return this;
    }

    /**
     * Places it: scope follows as Harness derives it (no org: ACCOUNT; org only: ORG; project:
     * PROJECT; with a pipeline: PIPELINE; with a target: TARGET).
     *
     * @param orgId      organisation or null
     * @param projectId  project or null
     * @param pipelineId pipeline or null
     * @param targetId   target or null
     * @return this seed
     */
    public StoSeed place(String orgId, String projectId, String pipelineId, String targetId) {
        record.orgId = orgId;
        record.projectId = projectId;
        record.pipelineId = pipelineId;
        record.targetId = targetId;
        record.scope = StoRecord.scopeOf(orgId, projectId, pipelineId, targetId);
        return this;
    }

    /**
     * @param scope the scope, overriding the one {@link #place} derived
     * @return this seed
     */
    public StoSeed scope(ExemptionScopeLevel scope) {
        record.scope = scope.value();
        return this;
    }

    /**
     * @param name  the requester's name
     * @param email the requester's email
     * @return this seed
     */
    public StoSeed requester(String name, String email) {
        record.requesterName = name;
        record.requesterEmail = email;
        return this;
    }

    /**
     * @param id    the requester's user id
     * @param name  the requester's name
     * @param email the requester's email
     * @return this seed
     */
    public StoSeed requester(String id, String name, String email) {
        record.requesterId = id;
        return requester(name, email);
    }

    /**
     * @param id    the reviewer's user id
     * @param name  the reviewer's name
     * @param email the reviewer's email
     * @return this seed
     */
    public StoSeed approver(String id, String name, String email) {
        record.approverId = id;
        record.approverName = name;
        record.approverEmail = email;
        return this;
    }

    /**
     * @param lastModified when it was last changed (and reviewed, for a reviewed seed)
     * @return this seed
     */
    public StoSeed lastModified(Instant lastModified) {
        record.lastModified = lastModified;
        return this;
    }

    /**
     * Keeps it reading approved past its expiration, as a vendor record does until the vendor's
     * expiry job runs: for testing code that must not trust the status alone.
     *
     * @return this seed
     */
    public StoSeed expiryNotYetApplied() {
        record.expiryApplied = false;
        return this;
    }

    /**
     * @param link a ticket link
     * @return this seed
     */
    public StoSeed link(String link) {
        record.link = link;
        return this;
    }

    /**
     * @param occurrences occurrence ids
     * @return this seed
     */
    public StoSeed occurrences(Long... occurrences) {
        record.occurrences = new java.util.ArrayList<>(List.of(occurrences));
        return this;
    }

    /**
     * @param comment the reviewer's comment
     * @return this seed
     */
    public StoSeed comment(String comment) {
        record.comment = comment;
        return this;
    }

    StoRecord finish() {
        if (!"Pending".equals(record.status) && record.reviewedOn == null) {
            if (record.approverId == null) {
                approver(TestCredentials.HARNESS_USER_ID, TestCredentials.HARNESS_USER_NAME, TestCredentials.HARNESS_USER_EMAIL);
            }
            record.reviewedOn = record.lastModified;
        }
        return record;
    }
}
