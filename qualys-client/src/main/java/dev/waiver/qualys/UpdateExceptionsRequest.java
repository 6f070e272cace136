package dev.waiver.qualys;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link ComplianceExceptions#update(dev.waiver.qualys.model.ExceptionNumbers, UpdateExceptionsRequest)}
 * changes on the exceptions it names (Qualys' {@code update} action). Immutable; build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}.
 *
 * <p>Required, as Qualys documents: {@code comments}. A parameter left unset is not sent, so Qualys
 * leaves that property unchanged. The end date is either a day ({@link Builder#endDate(LocalDate)},
 * sent as {@code mm/dd/yyyy}) or "never expires" ({@link Builder#neverExpires()}, sent as
 * {@code 0}); it matters for approved exceptions. To approve or reject, {@link
 * ComplianceExceptions#approve} and {@link ComplianceExceptions#reject} say it in one word.
 */
public final class UpdateExceptionsRequest {

    private static final RequestChecks CHECK = RequestChecks.of(UpdateExceptionsRequest.class);

    private final String comments;
    private final Long reassignTo;
    private final Boolean reopenOnEvidenceChange;
    private final ExceptionStatus status;
    private final LocalDate endDate;
    private final boolean neverExpires;
    private final Boolean echoRequest;

    private UpdateExceptionsRequest(Builder b) {
        this.comments = CHECK.requiredText(b.comments, "comments");
        if (b.status != null && !(b.status.equals(ExceptionStatus.PENDING) || b.status.equals(ExceptionStatus.APPROVED)
                || b.status.equals(ExceptionStatus.REJECTED))) {
            throw CHECK.violation("status", "must be Pending, Approved or Rejected, was " + b.status
                    + " (Qualys sets Expired itself)");
        }
        this.reassignTo = b.reassignTo;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.status = b.status;
        this.endDate = b.endDate;
        this.neverExpires = b.neverExpires;
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

    /** @return the user to reassign the exceptions to ({@code reassign_to}), if set */
    public OptionalLong reassignTo() {
        return reassignTo == null ? OptionalLong.empty() : OptionalLong.of(reassignTo);
    }

    /** @return the reopen flag ({@code reopen_on_evidence_change}), if set */
    public Optional<Boolean> reopenOnEvidenceChange() {
        return Optional.ofNullable(reopenOnEvidenceChange);
    }

    /** @return the new status ({@code status}), if set */
    public Optional<ExceptionStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the new end date ({@code end_date}), if a day was set */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return {@code true} if the exceptions are to never expire ({@code end_date=0}) */
    public boolean neverExpires() {
        return neverExpires;
    }

    /** @return whether Qualys echoes the request ({@code echo_request}), if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    private List<Object> values() {
        return Arrays.asList(comments, reassignTo, reopenOnEvidenceChange, status, endDate, neverExpires, echoRequest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateExceptionsRequest r && values().equals(r.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "UpdateExceptionsRequest{comments=" + comments + ", reassignTo=" + reassignTo + ", reopenOnEvidenceChange="
                + reopenOnEvidenceChange + ", status=" + status + ", endDate=" + endDate + ", neverExpires=" + neverExpires
                + ", echoRequest=" + echoRequest + '}';
    }

    /** Builds an {@link UpdateExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder extends ExpiryBuilder<Builder> {
        private String comments;
        private Long reassignTo;
        private Boolean reopenOnEvidenceChange;
        private ExceptionStatus status;
        private Boolean echoRequest;

        private Builder() {
        }

        private Builder(UpdateExceptionsRequest r) {
            this.comments = r.comments;
            this.reassignTo = r.reassignTo;
            this.reopenOnEvidenceChange = r.reopenOnEvidenceChange;
            this.status = r.status;
            this.endDate = r.endDate;
            this.neverExpires = r.neverExpires;
            this.echoRequest = r.echoRequest;
        }

        /**
         * @param comments saved in each exception's history (required, not blank)
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
        public Builder reopenOnEvidenceChange(Boolean reopen) {
            this.reopenOnEvidenceChange = reopen;
            return this;
        }

        /**
         * @param status {@link ExceptionStatus#PENDING}, {@link ExceptionStatus#APPROVED} or
         *               {@link ExceptionStatus#REJECTED}
         * @return this builder
         */
        public Builder status(ExceptionStatus status) {
            this.status = status;
            return this;
        }

        @Override
        Builder self() {
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
         * @throws IllegalArgumentException naming the field and the rule, if {@code comments} is
         *                                  missing or blank, or the status is one {@code update} does
         *                                  not accept
         */
        public UpdateExceptionsRequest build() {
            return new UpdateExceptionsRequest(this);
        }
    }
}
