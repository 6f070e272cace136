package dev.waiver.testkit.internal.sto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One STO exemption as the fake keeps it. Mutable; guarded by the backend's lock. Field names
 * follow Harness' Exemption schema.
 */
public final class StoRecord {

    /** Exemption id. */
    public String id;
    /** Issue id. */
    public String issueId;
    /** Type, as on the wire (for example {@code "False Positive"}). */
    public String type = "Other";
    /** Reason. */
    public String reason = "";
    /** Stored status ({@code Pending}, {@code Approved}, {@code Rejected}, {@code Canceled}); Expired is derived. */
    public String status = "Pending";
    /** Requested duration in days, or null. */
    public Long durationDays;
    /** Requester. */
    public String requesterId;
    /** Requester's name. */
    public String requesterName;
    /** Requester's email. */
    public String requesterEmail;
    /** Approver (or rejecter). */
    public String approverId;
    /** Approver's name. */
    public String approverName;
    /** Approver's email. */
    public String approverEmail;
    /** Review comment. */
    public String comment;
    /** Created. */
    public Instant created;
    /** Last modified. */
    public Instant lastModified;
    /** Requested on. */
    public Instant requestedOn;
    /** Reviewed on. */
    public Instant reviewedOn;
    /** Expiration, or null for none. */
    public Instant expiration;
    /** Ticket link. */
    public String link;
    /** Occurrence ids. */
    public List<Long> occurrences = new ArrayList<>();
    /** Organisation. */
    public String orgId;
    /** Project. */
    public String projectId;
    /** Pipeline. */
    public String pipelineId;
    /** Target. */
    public String targetId;
    /** Scan. */
    public String scanId;
    /** Occurrence search. */
    public String search;
    /** Scope ({@code ACCOUNT}, {@code ORG}, {@code PROJECT}, {@code PIPELINE}, {@code TARGET}). */
    public String scope = "PROJECT";

    /**
     * @param now the fake's time
     * @return the status a reader sees: an approved exemption past its expiration is {@code Expired}
     */
    public String statusAt(Instant now) {
        if ("Approved".equals(status) && expiration != null && !expiration.isAfter(now)) {
            return "Expired";
        }
        return status;
    }

    /**
     * The scope the given places make, as Harness derives it.
     *
     * @param orgId      organisation or null
     * @param projectId  project or null
     * @param pipelineId pipeline or null
     * @param targetId   target or null
     * @return the scope name
     */
    public static String scopeOf(String orgId, String projectId, String pipelineId, String targetId) {
        if (orgId == null) {
            return "ACCOUNT";
        }
        if (projectId == null) {
            return "ORG";
        }
        if (pipelineId != null) {
            return "PIPELINE";
        }
        return targetId != null ? "TARGET" : "PROJECT";
    }
}
