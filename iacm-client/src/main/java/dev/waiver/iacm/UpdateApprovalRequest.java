package dev.waiver.iacm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.Objects;

/**
 * What {@link Approvals#update(String, UpdateApprovalRequest)} sends: the new status and, for an
 * approval or rejection, who took the decision. Immutable.
 *
 * <pre>{@code
 * iacm.approvals("default", "payments").update(id, r -> r
 *         .status(ApprovalStatus.REJECTED)
 *         .actionedBy("Jane Doe")
 *         .actionedByEmail("jane.doe@example.com"));
 * }</pre>
 */
@JsonPropertyOrder({"status", "actioned_by", "actioned_by_email"})
public final class UpdateApprovalRequest {

    private final ApprovalStatus status;
    private final String actionedBy;
    private final String actionedByEmail;

    private UpdateApprovalRequest(Builder b) {
        if (b.status == null) {
            throw new IllegalStateException("status is required: call .status(ApprovalStatus.APPROVED), "
                    + ".status(ApprovalStatus.REJECTED) or .status(ApprovalStatus.PENDING)");
        }
        this.status = b.status;
        this.actionedBy = b.actionedBy;
        this.actionedByEmail = b.actionedByEmail;
    }

    /** @return a builder; {@code status} is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().status(status).actionedBy(actionedBy).actionedByEmail(actionedByEmail);
    }

    /** @return the status to set */
    @JsonProperty("status")
    public ApprovalStatus status() {
        return status;
    }

    /** @return who approved or rejected, or {@code null} (not sent) */
    @JsonProperty("actioned_by")
    public String actionedBy() {
        return actionedBy;
    }

    /** @return the email address of who approved or rejected, or {@code null} (not sent) */
    @JsonProperty("actioned_by_email")
    public String actionedByEmail() {
        return actionedByEmail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateApprovalRequest r && status.equals(r.status)
                && Objects.equals(actionedBy, r.actionedBy) && Objects.equals(actionedByEmail, r.actionedByEmail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, actionedBy, actionedByEmail);
    }

    @Override
    public String toString() {
        return "UpdateApprovalRequest{status=" + status + ", actionedBy=" + actionedBy + ", actionedByEmail="
                + actionedByEmail + '}';
    }

    /** Builds an {@link UpdateApprovalRequest}. */
    public static final class Builder {
        private ApprovalStatus status;
        private String actionedBy;
        private String actionedByEmail;

        private Builder() {
        }

        /**
         * @param status the status to set; required
         * @return this builder
         */
        public Builder status(ApprovalStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param actionedBy who approved or rejected; {@code null} leaves it out
         * @return this builder
         */
        public Builder actionedBy(String actionedBy) {
            this.actionedBy = actionedBy;
            return this;
        }

        /**
         * @param actionedByEmail the email address of who approved or rejected; {@code null} leaves it out
         * @return this builder
         */
        public Builder actionedByEmail(String actionedByEmail) {
            this.actionedByEmail = actionedByEmail;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if {@code status} is missing
         */
        public UpdateApprovalRequest build() {
            return new UpdateApprovalRequest(this);
        }
    }
}
