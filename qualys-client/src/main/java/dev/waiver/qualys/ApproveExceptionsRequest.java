package dev.waiver.qualys;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How {@link ComplianceExceptions#approve(dev.waiver.qualys.model.ExceptionNumbers, ApproveExceptionsRequest)}
 * approves: Qualys' {@code update} action with {@code status=Approved}, the comments it requires and,
 * optionally, the end date. Immutable; build with {@link #builder()}, change a copy with
 * {@link #toBuilder()}.
 *
 * <p>Required, as Qualys documents: {@code comments}. Other {@code update} parameters (assignee,
 * reopen flag) are set with {@link ComplianceExceptions#update}. Without an end date Qualys keeps the one the
 * exception has (a new exception's expiry equals its creation date until it is approved with an end
 * date); {@link Builder#endDate(LocalDate)} sets the day it expires, {@link Builder#neverExpires()}
 * makes it permanent ({@code end_date=0}).
 */
public final class ApproveExceptionsRequest {

    private static final RequestChecks CHECK = RequestChecks.of(ApproveExceptionsRequest.class);

    private final String comments;
    private final LocalDate endDate;
    private final boolean neverExpires;

    private ApproveExceptionsRequest(Builder b) {
        this.comments = CHECK.requiredText(b.comments, "comments");
        this.endDate = b.endDate;
        this.neverExpires = b.neverExpires;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder().comments(comments).endDate(endDate);
        return neverExpires ? b.neverExpires() : b;
    }

    /** @return the comments saved in each exception's history ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return the day the exceptions expire ({@code end_date}), if a day was set */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return {@code true} if the exceptions are to never expire ({@code end_date=0}) */
    public boolean neverExpires() {
        return neverExpires;
    }

    /** @return the {@code update} this approval is sent as */
    UpdateExceptionsRequest asUpdate() {
        UpdateExceptionsRequest.Builder update = UpdateExceptionsRequest.builder().comments(comments)
                .status(ExceptionStatus.APPROVED).endDate(endDate);
        return (neverExpires ? update.neverExpires() : update).build();
    }

    private List<Object> values() {
        return Arrays.asList(comments, endDate, neverExpires);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApproveExceptionsRequest r && values().equals(r.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "ApproveExceptionsRequest{comments=" + comments + ", endDate=" + endDate + ", neverExpires=" + neverExpires + '}';
    }

    /** Builds an {@link ApproveExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder extends ExpiryBuilder<Builder> {
        private String comments;

        private Builder() {
        }

        /**
         * @param comments why the exceptions are approved, saved in each one's history (required, not blank)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule, if {@code comments} is missing or blank
         */
        public ApproveExceptionsRequest build() {
            return new ApproveExceptionsRequest(this);
        }
    }
}
