package dev.waiver.iacm.model;

import java.util.Objects;

/**
 * What an approval was set to by {@link dev.waiver.iacm.Approvals#approve(String)},
 * {@link dev.waiver.iacm.Approvals#reject(String)} or {@link dev.waiver.iacm.Approvals#update(String,
 * dev.waiver.iacm.UpdateApprovalRequest)}. IaCM acknowledges the change with an empty answer, so
 * this holds what IaCM accepted: the approval's id and the status it now has. Read the full
 * status view with {@link dev.waiver.iacm.Approvals#get(String)}. Immutable.
 */
public final class ApprovalDecision {

    private final String id;
    private final ApprovalStatus status;

    private ApprovalDecision(String id, ApprovalStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * The decision IaCM accepted.
     *
     * @param id     the approval's id
     * @param status the status it was set to
     * @return the decision
     */
    public static ApprovalDecision of(String id, ApprovalStatus status) {
        return new ApprovalDecision(id, status);
    }

    /** @return the approval's id */
    public String id() {
        return id;
    }

    /** @return the status the approval was set to */
    public ApprovalStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApprovalDecision d && id.equals(d.id) && status.equals(d.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    @Override
    public String toString() {
        return "ApprovalDecision{id=" + id + ", status=" + status + '}';
    }
}
