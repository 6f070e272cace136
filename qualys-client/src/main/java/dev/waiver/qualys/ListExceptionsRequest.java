package dev.waiver.qualys;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.qualys.model.ExceptionDetailLevel;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The filters of {@link ComplianceExceptions#list(ListExceptionsRequest)} (Qualys' {@code list}
 * action). Every filter is optional; none lists every exception. Immutable; build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}. Dates are sent as {@code mm/dd/yyyy},
 * statuses in the lower case the filter expects.
 *
 * <p>Every filter is one of the {@code list} parameters Qualys documents (Qualys API (VM, PC) User
 * Guide v8.16, chapter "Compliance", section "Exceptions"); Qualys answers an unknown parameter with
 * error 1901. The one rule checked before sending is the documented range of {@code truncation_limit}.
 */
public final class ListExceptionsRequest {

    private static final RequestChecks CHECK = RequestChecks.of(ListExceptionsRequest.class);

    /** The builder methods, in the order of {@code values()}, for {@code toString()}. */
    private static final List<String> NAMES = List.of(
            "exceptionNumber", "exceptionNumbers", "exceptionNumberMin", "exceptionNumberMax", "ip",
            "assigneeId", "networkName", "status", "active", "truncationLimit", "controlId",
            "controlStatement", "policyId", "technologyName", "createdBy", "modifiedBy", "details",
            "createdAfter", "updatedAfter", "expiredBefore", "expiredAfter", "echoRequest");

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

    private ListExceptionsRequest(Builder b) {
        CHECK.range(b.truncationLimit, "truncationLimit", 1, 1_000_000);
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

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the request with no filter: every exception */
    public static ListExceptionsRequest all() {
        return builder().build();
    }

    /** @return {@code exception_number}, if set */
    public OptionalLong exceptionNumber() {
        return exceptionNumber == null ? OptionalLong.empty() : OptionalLong.of(exceptionNumber);
    }

    /** @return {@code exception_numbers}, if set */
    public Optional<ExceptionNumbers> exceptionNumbers() {
        return Optional.ofNullable(exceptionNumbers);
    }

    /** @return {@code exception_number_min}, if set */
    public OptionalLong exceptionNumberMin() {
        return exceptionNumberMin == null ? OptionalLong.empty() : OptionalLong.of(exceptionNumberMin);
    }

    /** @return {@code exception_number_max}, if set */
    public OptionalLong exceptionNumberMax() {
        return exceptionNumberMax == null ? OptionalLong.empty() : OptionalLong.of(exceptionNumberMax);
    }

    /** @return {@code ip}, if set */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    /** @return {@code assignee_id}, if set */
    public OptionalLong assigneeId() {
        return assigneeId == null ? OptionalLong.empty() : OptionalLong.of(assigneeId);
    }

    /** @return {@code network_name}, if set */
    public Optional<String> networkName() {
        return Optional.ofNullable(networkName);
    }

    /** @return {@code status}, if set */
    public Optional<ExceptionStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return {@code is_active}, if set */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    /** @return {@code truncation_limit}, if set */
    public OptionalInt truncationLimit() {
        return truncationLimit == null ? OptionalInt.empty() : OptionalInt.of(truncationLimit);
    }

    /** @return {@code control_id}, if set */
    public OptionalLong controlId() {
        return controlId == null ? OptionalLong.empty() : OptionalLong.of(controlId);
    }

    /** @return {@code control_statement}, if set */
    public Optional<String> controlStatement() {
        return Optional.ofNullable(controlStatement);
    }

    /** @return {@code policy_id}, if set */
    public OptionalLong policyId() {
        return policyId == null ? OptionalLong.empty() : OptionalLong.of(policyId);
    }

    /** @return {@code technology_name}, if set */
    public Optional<String> technologyName() {
        return Optional.ofNullable(technologyName);
    }

    /** @return {@code created_by}, if set */
    public OptionalLong createdBy() {
        return createdBy == null ? OptionalLong.empty() : OptionalLong.of(createdBy);
    }

    /** @return {@code modified_by}, if set */
    public OptionalLong modifiedBy() {
        return modifiedBy == null ? OptionalLong.empty() : OptionalLong.of(modifiedBy);
    }

    /** @return {@code details}, if set */
    public Optional<ExceptionDetailLevel> details() {
        return Optional.ofNullable(details);
    }

    /** @return {@code created_after_date}, if set */
    public Optional<LocalDate> createdAfter() {
        return Optional.ofNullable(createdAfter);
    }

    /** @return {@code updated_after_date}, if set */
    public Optional<LocalDate> updatedAfter() {
        return Optional.ofNullable(updatedAfter);
    }

    /** @return {@code expired_before_date}, if set */
    public Optional<LocalDate> expiredBefore() {
        return Optional.ofNullable(expiredBefore);
    }

    /** @return {@code expired_after_date}, if set */
    public Optional<LocalDate> expiredAfter() {
        return Optional.ofNullable(expiredAfter);
    }

    /** @return {@code echo_request}, if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    private List<Object> values() {
        return Arrays.asList(exceptionNumber, exceptionNumbers, exceptionNumberMin, exceptionNumberMax, ip, assigneeId, networkName, status, active, truncationLimit, controlId, controlStatement, policyId, technologyName, createdBy, modifiedBy, details, createdAfter, updatedAfter, expiredBefore, expiredAfter, echoRequest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListExceptionsRequest r && values().equals(r.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    /** @return the filters that are set, by builder method */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ListExceptionsRequest{");
        List<Object> values = values();
        for (int i = 0; i < NAMES.size(); i++) {
            if (values.get(i) != null) {
                s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append(NAMES.get(i)).append('=')
                        .append(values.get(i));
            }
        }
        return s.append('}').toString();
    }


    /** Builds a {@link ListExceptionsRequest}; {@code null} means "not set". */
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

        private Builder(ListExceptionsRequest r) {
            this.exceptionNumber = r.exceptionNumber;
            this.exceptionNumbers = r.exceptionNumbers;
            this.exceptionNumberMin = r.exceptionNumberMin;
            this.exceptionNumberMax = r.exceptionNumberMax;
            this.ip = r.ip;
            this.assigneeId = r.assigneeId;
            this.networkName = r.networkName;
            this.status = r.status;
            this.active = r.active;
            this.truncationLimit = r.truncationLimit;
            this.controlId = r.controlId;
            this.controlStatement = r.controlStatement;
            this.policyId = r.policyId;
            this.technologyName = r.technologyName;
            this.createdBy = r.createdBy;
            this.modifiedBy = r.modifiedBy;
            this.details = r.details;
            this.createdAfter = r.createdAfter;
            this.updatedAfter = r.updatedAfter;
            this.expiredBefore = r.expiredBefore;
            this.expiredAfter = r.expiredAfter;
            this.echoRequest = r.echoRequest;
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
            this.exceptionNumbers = numbers;
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
         * @param status only exceptions in this status (sent in the lower case the filter expects)
         * @return this builder
         */
        public Builder status(ExceptionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param active {@code true} for active exceptions only, {@code false} for inactive only
         * @return this builder
         */
        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * @param limit records per batch, 1 to 1,000,000 (Qualys' default 1000); the SDK follows the batches for you
         * @return this builder
         */
        public Builder truncationLimit(int limit) {
            this.truncationLimit = limit;
            return this;
        }

        /**
         * @param id only exceptions of this control (Qualys matches it as a prefix: 23 also matches 234)
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
         * @param level how much of each exception to return; {@link ExceptionDetailLevel#ALL} adds the comment history ({@code HISTORY_LIST})
         * @return this builder
         */
        public Builder details(ExceptionDetailLevel level) {
            this.details = level;
            return this;
        }

        /**
         * @param date only exceptions requested after this date
         * @return this builder
         */
        public Builder createdAfter(LocalDate date) {
            this.createdAfter = date;
            return this;
        }

        /**
         * @param date only exceptions updated after this date
         * @return this builder
         */
        public Builder updatedAfter(LocalDate date) {
            this.updatedAfter = date;
            return this;
        }

        /**
         * @param date only exceptions expiring before this date
         * @return this builder
         */
        public Builder expiredBefore(LocalDate date) {
            this.expiredBefore = date;
            return this;
        }

        /**
         * @param date only exceptions expiring after this date
         * @return this builder
         */
        public Builder expiredAfter(LocalDate date) {
            this.expiredAfter = date;
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
         * @throws IllegalArgumentException naming the field and the rule, if the truncation limit is
         *                                  outside 1..1,000,000
         */
        public ListExceptionsRequest build() {
            return new ListExceptionsRequest(this);
        }
    }
}
