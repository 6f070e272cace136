package dev.waiver.qualys;

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
 * <p>Required, as Qualys documents: {@code comments}. Without an end date Qualys keeps the one the
 * exception has (a new exception's expiry equals its creation date until it is approved with an end
 * date); {@link Builder#endDate(LocalDate)} sets the day it expires, {@link Builder#neverExpires()}
 * makes it permanent ({@code end_date=0}).
 */
public final class ApproveExceptionsRequest {

    private static final String NAME = "ApproveExceptionsRequest";

    private final String comments;
    private final LocalDate endDate;
    private final boolean neverExpires;
    private final Boolean reopenOnEvidenceChange;
    private final Boolean echoRequest;

    private ApproveExceptionsRequest(Builder b) {
        this.comments = Validation.requiredText(b.comments, NAME, "comments");
        this.endDate = b.endDate;
        this.neverExpires = b.neverExpires;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.echoRequest = b.echoRequest;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
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

    /** @return the reopen flag ({@code reopen_on_evidence_change}), if set */
    public Optional<Boolean> reopenOnEvidenceChange() {
        return Optional.ofNullable(reopenOnEvidenceChange);
    }

    /** @return whether Qualys echoes the request ({@code echo_request}), if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    /** @return the {@code update} this approval is sent as */
    UpdateExceptionsRequest asUpdate() {
        UpdateExceptionsRequest.Builder update = UpdateExceptionsRequest.builder().comments(comments)
                .status(ExceptionStatus.APPROVED).endDate(endDate).reopenOnEvidenceChange(reopenOnEvidenceChange)
                .echoRequest(echoRequest);
        return (neverExpires ? update.neverExpires() : update).build();
    }

    private List<Object> values() {
        return Arrays.asList(comments, endDate, neverExpires, reopenOnEvidenceChange, echoRequest);
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
        return NAME + "{comments=" + comments + ", endDate=" + endDate + ", neverExpires=" + neverExpires
                + ", reopenOnEvidenceChange=" + reopenOnEvidenceChange + ", echoRequest=" + echoRequest + '}';
    }

    /** Builds an {@link ApproveExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder {
        private String comments;
        private LocalDate endDate;
        private boolean neverExpires;
        private Boolean reopenOnEvidenceChange;
        private Boolean echoRequest;

        private Builder() {
        }

        private Builder(ApproveExceptionsRequest r) {
            this.comments = r.comments;
            this.endDate = r.endDate;
            this.neverExpires = r.neverExpires;
            this.reopenOnEvidenceChange = r.reopenOnEvidenceChange;
            this.echoRequest = r.echoRequest;
        }

        /**
         * @param comments why the exceptions are approved, saved in each one's history (required, not empty)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * @param date the day the exceptions expire; replaces an earlier {@link #neverExpires()}
         * @return this builder
         */
        public Builder endDate(LocalDate date) {
            this.endDate = date;
            this.neverExpires = false;
            return this;
        }

        /**
         * The exceptions never expire ({@code end_date=0}); replaces an earlier {@link #endDate(LocalDate)}.
         *
         * @return this builder
         */
        public Builder neverExpires() {
            this.neverExpires = true;
            this.endDate = null;
            return this;
        }

        /**
         * @param reopen reopen an approved exception when a later scan shows another value and the
         *               control still fails
         * @return this builder
         */
        public Builder reopenOnEvidenceChange(Boolean reopen) {
            this.reopenOnEvidenceChange = reopen;
            return this;
        }

        /**
         * @param echo whether Qualys echoes the input parameters in its answer
         * @return this builder
         */
        public Builder echoRequest(Boolean echo) {
            this.echoRequest = echo;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule, if {@code comments} is missing or empty
         */
        public ApproveExceptionsRequest build() {
            return new ApproveExceptionsRequest(this);
        }
    }
}
