package dev.waiver.qualys;

import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The filters of the {@code list} action. Every filter is optional; none lists every exception.
 * Immutable; build with {@link #builder()}. Dates are sent as {@code mm/dd/yyyy}, statuses in the
 * lower case the filter expects.
 *
 * <p>Every filter is one of the {@code list} parameters Qualys documents (Qualys API (VM, PC) User
 * Guide v8.16, chapter "Compliance", section "Exceptions"); Qualys answers an unknown parameter with
 * error 1901.
 */
public final class ExceptionListRequest {

    private final Long exceptionNumber;
    private final ExceptionNumbers exceptionNumbers;
    private final Long exceptionNumberMin;
    private final Long exceptionNumberMax;
    private final String ip;
    private final Long assigneeId;
    private final String networkName;
    private final ExceptionStatus status;
    private final Boolean active;
    private final Integer truncationLimit;
    private final Long controlId;
    private final String controlStatement;
    private final Long policyId;
    private final String technologyName;
    private final Long createdBy;
    private final Long modifiedBy;
    private final ExceptionDetailLevel details;
    private final LocalDate createdAfter;
    private final LocalDate updatedAfter;
    private final LocalDate expiredBefore;
    private final LocalDate expiredAfter;
    private final Boolean echoRequest;

    private ExceptionListRequest(Builder b) {
        this.exceptionNumber = b.exceptionNumber;
        this.exceptionNumbers = b.exceptionNumbers;
        this.exceptionNumberMin = b.exceptionNumberMin;
        this.exceptionNumberMax = b.exceptionNumberMax;
        this.ip = b.ip;
        this.assigneeId = b.assigneeId;
        this.networkName = b.networkName;
        this.status = b.status;
        this.active = b.active;
        this.truncationLimit = b.truncationLimit;
        this.controlId = b.controlId;
        this.controlStatement = b.controlStatement;
        this.policyId = b.policyId;
        this.technologyName = b.technologyName;
        this.createdBy = b.createdBy;
        this.modifiedBy = b.modifiedBy;
        this.details = b.details;
        this.createdAfter = b.createdAfter;
        this.updatedAfter = b.updatedAfter;
        this.expiredBefore = b.expiredBefore;
        this.expiredAfter = b.expiredAfter;
        this.echoRequest = b.echoRequest;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the request with no filter: every exception */
    public static ExceptionListRequest all() {
        return builder().build();
    }

    /** @return {@code exception_number}, or {@code null} */
    public Long exceptionNumber() {
        return exceptionNumber;
    }

    /** @return {@code exception_numbers}, or {@code null} */
    public ExceptionNumbers exceptionNumbers() {
        return exceptionNumbers;
    }

    /** @return {@code exception_number_min}, or {@code null} */
    public Long exceptionNumberMin() {
        return exceptionNumberMin;
    }

    /** @return {@code exception_number_max}, or {@code null} */
    public Long exceptionNumberMax() {
        return exceptionNumberMax;
    }

    /** @return {@code ip}, or {@code null} */
    public String ip() {
        return ip;
    }

    /** @return {@code assignee_id}, or {@code null} */
    public Long assigneeId() {
        return assigneeId;
    }

    /** @return {@code network_name}, or {@code null} */
    public String networkName() {
        return networkName;
    }

    /** @return {@code status}, or {@code null} */
    public ExceptionStatus status() {
        return status;
    }

    /** @return {@code is_active}, or {@code null} */
    public Boolean active() {
        return active;
    }

    /** @return {@code truncation_limit}, or {@code null} for Qualys' default (1000) */
    public Integer truncationLimit() {
        return truncationLimit;
    }

    /** @return {@code control_id}, or {@code null} */
    public Long controlId() {
        return controlId;
    }

    /** @return {@code control_statement}, or {@code null} */
    public String controlStatement() {
        return controlStatement;
    }

    /** @return {@code policy_id}, or {@code null} */
    public Long policyId() {
        return policyId;
    }

    /** @return {@code technology_name}, or {@code null} */
    public String technologyName() {
        return technologyName;
    }

    /** @return {@code created_by}, or {@code null} */
    public Long createdBy() {
        return createdBy;
    }

    /** @return {@code modified_by}, or {@code null} */
    public Long modifiedBy() {
        return modifiedBy;
    }

    /** @return {@code details}, or {@code null} */
    public ExceptionDetailLevel details() {
        return details;
    }

    /** @return {@code created_after_date}, or {@code null} */
    public LocalDate createdAfter() {
        return createdAfter;
    }

    /** @return {@code updated_after_date}, or {@code null} */
    public LocalDate updatedAfter() {
        return updatedAfter;
    }

    /** @return {@code expired_before_date}, or {@code null} */
    public LocalDate expiredBefore() {
        return expiredBefore;
    }

    /** @return {@code expired_after_date}, or {@code null} */
    public LocalDate expiredAfter() {
        return expiredAfter;
    }

    /** @return {@code echo_request}, or {@code null} */
    public Boolean echoRequest() {
        return echoRequest;
    }

    /** Builds an {@link ExceptionListRequest}. */
    public static final class Builder {
        private Long exceptionNumber;
        private ExceptionNumbers exceptionNumbers;
        private Long exceptionNumberMin;
        private Long exceptionNumberMax;
        private String ip;
        private Long assigneeId;
        private String networkName;
        private ExceptionStatus status;
        private Boolean active;
        private Integer truncationLimit;
        private Long controlId;
        private String controlStatement;
        private Long policyId;
        private String technologyName;
        private Long createdBy;
        private Long modifiedBy;
        private ExceptionDetailLevel details;
        private LocalDate createdAfter;
        private LocalDate updatedAfter;
        private LocalDate expiredBefore;
        private LocalDate expiredAfter;
        private Boolean echoRequest;

        private Builder() {
        }

        /**
         * @param n one exception by number
         * @return this builder
         */
        public Builder exceptionNumber(long n) {
            this.exceptionNumber = n;
            return this;
        }

        /**
         * @param numbers exceptions by numbers and ranges
         * @return this builder
         */
        public Builder exceptionNumbers(ExceptionNumbers numbers) {
            this.exceptionNumbers = Objects.requireNonNull(numbers, "exceptionNumbers");
            return this;
        }

        /**
         * @param n only exceptions numbered at least this
         * @return this builder
         */
        public Builder exceptionNumberMin(long n) {
            this.exceptionNumberMin = n;
            return this;
        }

        /**
         * @param n only exceptions numbered at most this
         * @return this builder
         */
        public Builder exceptionNumberMax(long n) {
            this.exceptionNumberMax = n;
            return this;
        }

        /**
         * @param ip only exceptions on hosts with this IP address (or range, as Qualys accepts)
         * @return this builder
         */
        public Builder ip(String ip) {
            this.ip = ip;
            return this;
        }

        /**
         * @param userId only exceptions assigned to this user
         * @return this builder
         */
        public Builder assigneeId(long userId) {
            this.assigneeId = userId;
            return this;
        }

        /**
         * @param name only exceptions on hosts of this network
         * @return this builder
         */
        public Builder networkName(String name) {
            this.networkName = name;
            return this;
        }

        /**
         * @param status only exceptions in this status
         * @return this builder
         */
        public Builder status(ExceptionStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param active {@code true} for active exceptions only, {@code false} for inactive only
         * @return this builder
         */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /**
         * @param limit records per batch, 1 to 1,000,000 (Qualys' default 1000); the SDK follows the
         *              batches for you
         * @return this builder
         */
        public Builder truncationLimit(int limit) {
            this.truncationLimit = limit;
            return this;
        }

        /**
         * @param id only exceptions of this control (Qualys matches it as a prefix)
         * @return this builder
         */
        public Builder controlId(long id) {
            this.controlId = id;
            return this;
        }

        /**
         * @param text only exceptions of controls whose statement contains this
         * @return this builder
         */
        public Builder controlStatement(String text) {
            this.controlStatement = text;
            return this;
        }

        /**
         * @param id only exceptions of controls in this policy
         * @return this builder
         */
        public Builder policyId(long id) {
            this.policyId = id;
            return this;
        }

        /**
         * @param name only exceptions of this technology
         * @return this builder
         */
        public Builder technologyName(String name) {
            this.technologyName = name;
            return this;
        }

        /**
         * @param userId only exceptions created by this user
         * @return this builder
         */
        public Builder createdBy(long userId) {
            this.createdBy = userId;
            return this;
        }

        /**
         * @param userId only exceptions last changed by this user
         * @return this builder
         */
        public Builder modifiedBy(long userId) {
            this.modifiedBy = userId;
            return this;
        }

        /**
         * @param level how much of each exception to return; {@link ExceptionDetailLevel#ALL} adds the comment
         *              history ({@code HISTORY_LIST})
         * @return this builder
         */
        public Builder details(ExceptionDetailLevel level) {
            this.details = Objects.requireNonNull(level, "details");
            return this;
        }

        /**
         * @param date only exceptions requested after this date
         * @return this builder
         */
        public Builder createdAfter(LocalDate date) {
            this.createdAfter = Objects.requireNonNull(date, "createdAfter");
            return this;
        }

        /**
         * @param date only exceptions updated after this date
         * @return this builder
         */
        public Builder updatedAfter(LocalDate date) {
            this.updatedAfter = Objects.requireNonNull(date, "updatedAfter");
            return this;
        }

        /**
         * @param date only exceptions expiring before this date
         * @return this builder
         */
        public Builder expiredBefore(LocalDate date) {
            this.expiredBefore = Objects.requireNonNull(date, "expiredBefore");
            return this;
        }

        /**
         * @param date only exceptions expiring after this date
         * @return this builder
         */
        public Builder expiredAfter(LocalDate date) {
            this.expiredAfter = Objects.requireNonNull(date, "expiredAfter");
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
         * @throws IllegalArgumentException if a number is not positive, the truncation limit is
         *                                  outside 1..1,000,000, the minimum exceeds the maximum, or
         *                                  a text filter is blank
         */
        public ExceptionListRequest build() {
            positiveIfSet(exceptionNumber, "exceptionNumber");
            positiveIfSet(exceptionNumberMin, "exceptionNumberMin");
            positiveIfSet(exceptionNumberMax, "exceptionNumberMax");
            positiveIfSet(assigneeId, "assigneeId");
            positiveIfSet(controlId, "controlId");
            positiveIfSet(policyId, "policyId");
            positiveIfSet(createdBy, "createdBy");
            positiveIfSet(modifiedBy, "modifiedBy");
            if (exceptionNumberMin != null && exceptionNumberMax != null && exceptionNumberMin > exceptionNumberMax) {
                throw new IllegalArgumentException("exceptionNumberMin must not exceed exceptionNumberMax, was "
                        + exceptionNumberMin + " > " + exceptionNumberMax);
            }
            if (truncationLimit != null && (truncationLimit < 1 || truncationLimit > 1_000_000)) {
                throw new IllegalArgumentException("truncationLimit must be between 1 and 1000000, was " + truncationLimit);
            }
            notBlankIfSet(ip, "ip");
            notBlankIfSet(networkName, "networkName");
            notBlankIfSet(controlStatement, "controlStatement");
            notBlankIfSet(technologyName, "technologyName");
            return new ExceptionListRequest(this);
        }

        private static void positiveIfSet(Long value, String name) {
            if (value != null) {
                Validation.positive(value, name);
            }
        }

        private static void notBlankIfSet(String value, String name) {
            if (value != null && value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
        }
    }
}
