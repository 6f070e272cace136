package dev.waiver.qualys;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.qualys.model.ExceptionStatus;

/**
 * How {@link ComplianceExceptions#reject(dev.waiver.qualys.model.ExceptionNumbers, RejectExceptionsRequest)}
 * rejects: Qualys' {@code update} action with {@code status=Rejected} and the comments it requires.
 * Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class RejectExceptionsRequest {

    private static final RequestChecks CHECK = RequestChecks.of(RejectExceptionsRequest.class);

    private final String comments;

    private RejectExceptionsRequest(Builder b) {
        this.comments = CHECK.requiredText(b.comments, "comments");
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().comments(comments);
    }

    /** @return why the exceptions are rejected, saved in each one's history ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return the {@code update} this rejection is sent as */
    UpdateExceptionsRequest asUpdate() {
        return UpdateExceptionsRequest.builder().comments(comments).status(ExceptionStatus.REJECTED).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectExceptionsRequest r && comments.equals(r.comments);
    }

    @Override
    public int hashCode() {
        return comments.hashCode();
    }

    @Override
    public String toString() {
        return "RejectExceptionsRequest{comments=" + comments + '}';
    }

    /** Builds a {@link RejectExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder {
        private String comments;

        private Builder() {
        }

        /**
         * @param comments why the exceptions are rejected (required, not blank)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule, if {@code comments} is missing or blank
         */
        public RejectExceptionsRequest build() {
            return new RejectExceptionsRequest(this);
        }
    }
}
