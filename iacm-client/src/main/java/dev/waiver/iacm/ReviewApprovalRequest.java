package dev.waiver.iacm;

import java.util.Objects;
import java.util.Optional;

/**
 * Who approves or rejects an approval, for {@link Approvals#approve(String, ReviewApprovalRequest)}
 * and {@link Approvals#reject(String, ReviewApprovalRequest)}. Both fields are optional: IaCM
 * records them as {@code actioned_by} and {@code actioned_by_email}. Immutable.
 *
 * <pre>{@code
 * approvals.approve(id, r -> r.actionedBy("Jane Doe").actionedByEmail("jane.doe@example.com"));
 * }</pre>
 */
public final class ReviewApprovalRequest {

    private static final ReviewApprovalRequest NONE = builder().build();

    private final String actionedBy;
    private final String actionedByEmail;

    private ReviewApprovalRequest(Builder b) {
        this.actionedBy = b.actionedBy;
        this.actionedByEmail = b.actionedByEmail;
    }

    /** @return a builder; nothing is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a review that names nobody */
    static ReviewApprovalRequest none() {
        return NONE;
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().actionedBy(actionedBy).actionedByEmail(actionedByEmail);
    }

    /** @return who approves or rejects, if set ({@code actioned_by}) */
    public Optional<String> actionedBy() {
        return Optional.ofNullable(actionedBy);
    }

    /** @return the email address of who approves or rejects, if set ({@code actioned_by_email}) */
    public Optional<String> actionedByEmail() {
        return Optional.ofNullable(actionedByEmail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewApprovalRequest r && Objects.equals(actionedBy, r.actionedBy)
                && Objects.equals(actionedByEmail, r.actionedByEmail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actionedBy, actionedByEmail);
    }

    @Override
    public String toString() {
        return "ReviewApprovalRequest{actionedBy=" + actionedBy + ", actionedByEmail=" + actionedByEmail + '}';
    }

    /** Builds a {@link ReviewApprovalRequest}; {@code null} leaves a field unset. */
    public static final class Builder {
        private String actionedBy;
        private String actionedByEmail;

        private Builder() {
        }

        /**
         * @param actionedBy who approves or rejects; unset, it is left out
         * @return this builder
         */
        public Builder actionedBy(String actionedBy) {
            this.actionedBy = actionedBy;
            return this;
        }

        /**
         * @param actionedByEmail the email address of who approves or rejects; unset, it is left out
         * @return this builder
         */
        public Builder actionedByEmail(String actionedByEmail) {
            this.actionedByEmail = actionedByEmail;
            return this;
        }

        /** @return the request */
        public ReviewApprovalRequest build() {
            return new ReviewApprovalRequest(this);
        }
    }
}
