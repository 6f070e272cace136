package dev.waiver.iacm;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Approvals#update(String, UpdateApprovalRequest)} sends: the new status and,
 * optionally, who set it. To approve or reject, {@link Approvals#approve(String, ReviewApprovalRequest)}
 * and {@link Approvals#reject(String, ReviewApprovalRequest)} read better; this request can also
 * set an approval back to pending. Immutable.
 *
 * <pre>{@code
 * iacm.approvals("default", "payments").update(id, r -> r
 *         .status(ApprovalStatus.PENDING)
 *         .actionedBy("Jane Doe"));
 * }</pre>
 */
public final class UpdateApprovalRequest {

    private static final String NAME = "UpdateApprovalRequest";
    private static final RequestChecks CHECK = RequestChecks.of(UpdateApprovalRequest.class);

    private final ApprovalStatus status;
    private final String actionedBy;
    private final String actionedByEmail;

    private UpdateApprovalRequest(Builder b) {
        this.status = CHECK.required(b.status, "status");
        this.actionedBy = b.actionedBy;
        this.actionedByEmail = b.actionedByEmail;
    }

    /** @return a builder; {@code status} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The update an approval or rejection sends.
     *
     * @param status APPROVED or REJECTED
     * @param review who decided
     * @return the update
     */
    static UpdateApprovalRequest decision(ApprovalStatus status, ReviewApprovalRequest review) {
        return builder().status(status).actionedBy(review.actionedBy().orElse(null))
                .actionedByEmail(review.actionedByEmail().orElse(null)).build();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().status(status).actionedBy(actionedBy).actionedByEmail(actionedByEmail);
    }

    /** @return the status to set */
    public ApprovalStatus status() {
        return status;
    }

    /** @return who approved or rejected, if set ({@code actioned_by}) */
    public Optional<String> actionedBy() {
        return Optional.ofNullable(actionedBy);
    }

    /** @return the email address of who approved or rejected, if set ({@code actioned_by_email}) */
    public Optional<String> actionedByEmail() {
        return Optional.ofNullable(actionedByEmail);
    }

    /** The JSON body: {@code status}, and who set it if given. */
    Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        if (actionedBy != null) {
            body.put("actioned_by", actionedBy);
        }
        if (actionedByEmail != null) {
            body.put("actioned_by_email", actionedByEmail);
        }
        return body;
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
        return NAME + "{status=" + status + ", actionedBy=" + actionedBy + ", actionedByEmail=" + actionedByEmail + '}';
    }

    /** Builds an {@link UpdateApprovalRequest}; {@code null} leaves a field unset. */
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
         * @param actionedBy who approved or rejected; unset, it is left out
         * @return this builder
         */
        public Builder actionedBy(String actionedBy) {
            this.actionedBy = actionedBy;
            return this;
        }

        /**
         * @param actionedByEmail the email address of who approved or rejected; unset, it is left out
         * @return this builder
         */
        public Builder actionedByEmail(String actionedByEmail) {
            this.actionedByEmail = actionedByEmail;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code status} is missing
         */
        public UpdateApprovalRequest build() {
            return new UpdateApprovalRequest(this);
        }
    }
}
