package dev.waiver.qualys;

import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of the {@code update} action. Immutable; build with {@link #builder()}.
 *
 * <p>Required: {@code exceptionNumbers} and {@code comments}. A parameter left unset is not sent,
 * so Qualys leaves that property unchanged. The end date is either a day ({@link
 * Builder#endDate(LocalDate)}, sent as {@code mm/dd/yyyy}) or "never expires" ({@link
 * Builder#neverExpires()}, sent as {@code 0}); it matters for approved exceptions.
 */
public final class ExceptionUpdateRequest {

    private final ExceptionNumbers exceptionNumbers;
    private final String comments;
    private final Long reassignTo;
    private final Boolean reopenOnEvidenceChange;
    private final ExceptionStatus status;
    private final LocalDate endDate;
    private final boolean neverExpires;
    private final Boolean echoRequest;

    private ExceptionUpdateRequest(Builder b) {
        this.exceptionNumbers = b.exceptionNumbers;
        this.comments = b.comments;
        this.reassignTo = b.reassignTo;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.status = b.status;
        this.endDate = b.endDate;
        this.neverExpires = b.neverExpires;
        this.echoRequest = b.echoRequest;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the exceptions to update ({@code exception_numbers}) */
    public ExceptionNumbers exceptionNumbers() {
        return exceptionNumbers;
    }

    /** @return the comments saved in each exception's history ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return the user to reassign the exceptions to ({@code reassign_to}), or {@code null} */
    public Long reassignTo() {
        return reassignTo;
    }

    /** @return the reopen flag ({@code reopen_on_evidence_change}), or {@code null} */
    public Boolean reopenOnEvidenceChange() {
        return reopenOnEvidenceChange;
    }

    /** @return the new status ({@code status}), or {@code null} */
    public ExceptionStatus status() {
        return status;
    }

    /** @return the new end date, if a day was set ({@code end_date}) */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return {@code true} if the exceptions are to never expire ({@code end_date=0}) */
    public boolean neverExpires() {
        return neverExpires;
    }

    /** @return {@code echo_request}, or {@code null} */
    public Boolean echoRequest() {
        return echoRequest;
    }

    /** Builds an {@link ExceptionUpdateRequest}. */
    public static final class Builder {
        private ExceptionNumbers exceptionNumbers;
        private String comments;
        private Long reassignTo;
        private Boolean reopenOnEvidenceChange;
        private ExceptionStatus status;
        private LocalDate endDate;
        private boolean neverExpires;
        private Boolean echoRequest;

        private Builder() {
        }

        /**
         * @param numbers the exceptions to update (required)
         * @return this builder
         */
        public Builder exceptionNumbers(ExceptionNumbers numbers) {
            this.exceptionNumbers = Objects.requireNonNull(numbers, "exceptionNumbers");
            return this;
        }

        /**
         * @param comments saved in each exception's history (required)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * @param userId the user to reassign the exceptions to
         * @return this builder
         */
        public Builder reassignTo(long userId) {
            this.reassignTo = userId;
            return this;
        }

        /**
         * @param reopen reopen an approved exception when the evidence changes
         * @return this builder
         */
        public Builder reopenOnEvidenceChange(boolean reopen) {
            this.reopenOnEvidenceChange = reopen;
            return this;
        }

        /**
         * @param status {@link ExceptionStatus#PENDING}, {@link ExceptionStatus#APPROVED} or
         *               {@link ExceptionStatus#REJECTED}
         * @return this builder
         */
        public Builder status(ExceptionStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param date the day the exceptions expire; replaces an earlier {@link #neverExpires()}
         * @return this builder
         */
        public Builder endDate(LocalDate date) {
            this.endDate = Objects.requireNonNull(date, "endDate");
            this.neverExpires = false;
            return this;
        }

        /**
         * The exceptions never expire; replaces an earlier {@link #endDate(LocalDate)}.
         *
         * @return this builder
         */
        public Builder neverExpires() {
            this.neverExpires = true;
            this.endDate = null;
            return this;
        }

        /**
         * @param echo whether Qualys echoes the input parameters in its answer
         * @return this builder
         */
        public Builder echoRequest(boolean echo) {
            this.echoRequest = echo;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException    if {@code exceptionNumbers} or {@code comments} is missing
         * @throws IllegalArgumentException if comments are blank, the user id is not positive, or the
         *                                  status is not one {@code update} accepts
         */
        public ExceptionUpdateRequest build() {
            if (exceptionNumbers == null) {
                throw new IllegalStateException("exceptionNumbers is required: call .exceptionNumbers(...)");
            }
            Validation.requiredText(comments, "comments");
            if (reassignTo != null) {
                Validation.positive(reassignTo, "reassignTo");
            }
            if (status != null && !(status.equals(ExceptionStatus.PENDING) || status.equals(ExceptionStatus.APPROVED)
                    || status.equals(ExceptionStatus.REJECTED))) {
                throw new IllegalArgumentException("status must be Pending, Approved or Rejected for update, was "
                        + status + " (Qualys sets Expired itself)");
            }
            return new ExceptionUpdateRequest(this);
        }
    }
}
