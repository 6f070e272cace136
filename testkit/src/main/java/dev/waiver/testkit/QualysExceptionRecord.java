package dev.waiver.testkit;

import dev.waiver.qualys.model.ExceptionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Qualys Policy Compliance exception as the {@link QualysFake} holds it: what a {@code list}
 * answer shows (Qualys API User Guide v8.16, "Exceptions") plus what the fake needs to apply the
 * documented filters (host id, assignee id, creator, network, creation time). Immutable; seed with
 * {@link #builder()}, read back with {@link QualysFake#exceptions()}.
 *
 * @param number                 the exception number ({@code EXCEPTION_NUMBER})
 * @param hostId                 the host id ({@code host_id} of the request)
 * @param ip                     the host's IP address ({@code HOST/IP_ADDRESS})
 * @param instanceString         the instance ({@code instance_string}), or {@code null}
 * @param networkName            the host's network ({@code network_name} filter), or {@code null}
 * @param technologyId           {@code TECHNOLOGY/ID}
 * @param technologyName         {@code TECHNOLOGY/NAME}
 * @param policyId               {@code POLICY/ID}
 * @param policyName             {@code POLICY/NAME}
 * @param controlId              {@code CONTROL/CID}
 * @param controlStatement       {@code CONTROL/STATEMENT}
 * @param criticalityValue       {@code CONTROL/CRITICALITY/VALUE}
 * @param criticalityLabel       {@code CONTROL/CRITICALITY/LABEL}
 * @param assigneeId             the assignee's user id ({@code assignee_id})
 * @param status                 Pending, Approved or Rejected as set; read back as Expired once an
 *                               approved exception's end date has passed on the fake's clock
 * @param reopenOnEvidenceChange {@code REOPEN_ON_EVIDENCE_CHANGE}
 * @param endDate                the approved end date (the last valid day), or {@code null} for none
 *                               (not approved yet, or approved with {@code end_date=0}: never expires)
 * @param createdAt              when it was requested
 * @param createdBy              the requesting user's id
 * @param modifiedAt             {@code MODIFIED_DATE}
 * @param modifiedBy             the last modifying user's id
 * @param history                {@code HISTORY_LIST}, oldest first
 */
public record QualysExceptionRecord(long number, long hostId, String ip, String instanceString, String networkName,
                                    long technologyId, String technologyName, long policyId, String policyName,
                                    long controlId, String controlStatement, int criticalityValue,
                                    String criticalityLabel, long assigneeId, ExceptionStatus status,
                                    boolean reopenOnEvidenceChange, LocalDate endDate, Instant createdAt,
                                    long createdBy, Instant modifiedAt, long modifiedBy, List<History> history) {

    /**
     * One comment of an exception's history ({@code HISTORY_LIST/HISTORY}).
     *
     * @param userId     the commenting user's id
     * @param user       {@code USER}: "Display Name (login)"
     * @param comment    {@code COMMENT}
     * @param insertedAt {@code INSERTION_DATE}
     */
    public record History(long userId, String user, String comment, Instant insertedAt) {
        /**
         * Checks the entry is complete.
         *
         * @param userId     the commenting user's id
         * @param user       {@code USER}: "Display Name (login)"
         * @param comment    {@code COMMENT}
         * @param insertedAt {@code INSERTION_DATE}
         */
        public History {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(insertedAt, "insertedAt");
        }
    }

    /**
     * Checks the record is complete and freezes its history.
     *
     * @param number                 the exception number ({@code EXCEPTION_NUMBER})
     * @param hostId                 the host id ({@code host_id} of the request)
     * @param ip                     the host's IP address ({@code HOST/IP_ADDRESS})
     * @param instanceString         the instance ({@code instance_string}), or {@code null}
     * @param networkName            the host's network ({@code network_name} filter), or {@code null}
     * @param technologyId           {@code TECHNOLOGY/ID}
     * @param technologyName         {@code TECHNOLOGY/NAME}
     * @param policyId               {@code POLICY/ID}
     * @param policyName             {@code POLICY/NAME}
     * @param controlId              {@code CONTROL/CID}
     * @param controlStatement       {@code CONTROL/STATEMENT}
     * @param criticalityValue       {@code CONTROL/CRITICALITY/VALUE}
     * @param criticalityLabel       {@code CONTROL/CRITICALITY/LABEL}
     * @param assigneeId             the assignee's user id ({@code assignee_id})
     * @param status                 Pending, Approved or Rejected as set; read back as Expired once an approved exception's end date has passed on the fake's clock
     * @param reopenOnEvidenceChange {@code REOPEN_ON_EVIDENCE_CHANGE}
     * @param endDate                the approved end date (the last valid day), or {@code null} for none (not approved yet, or approved with {@code end_date=0}: never expires)
     * @param createdAt              when it was requested
     * @param createdBy              the requesting user's id
     * @param modifiedAt             {@code MODIFIED_DATE}
     * @param modifiedBy             the last modifying user's id
     * @param history                {@code HISTORY_LIST}, oldest first
     */
    public QualysExceptionRecord {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(technologyName, "technologyName");
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(controlStatement, "controlStatement");
        Objects.requireNonNull(criticalityLabel, "criticalityLabel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        history = List.copyOf(history);
    }

    /**
     * @param today the fake's current date
     * @return whether this approved exception's end date has passed (Qualys then shows Expired)
     */
    public boolean expiredOn(LocalDate today) {
        return ExceptionStatus.APPROVED.equals(status) && endDate != null && endDate.isBefore(today);
    }

    /**
     * @param today the fake's current date
     * @return this record as Qualys shows it that day (status Expired once the end date passed)
     */
    public QualysExceptionRecord asOf(LocalDate today) {
        return expiredOn(today) ? toBuilder().status(ExceptionStatus.EXPIRED).build() : this;
    }

    /**
     * @param today the fake's current date
     * @return {@code ACTIVE}: a pending or approved, unexpired exception
     */
    public boolean activeOn(LocalDate today) {
        ExceptionStatus shown = asOf(today).status;
        return ExceptionStatus.PENDING.equals(shown) || ExceptionStatus.APPROVED.equals(shown);
    }

    /** @return a builder with every field set to a sensible default (number 0: the fake numbers it) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this record's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.hostId = hostId;
        b.ip = ip;
        b.instanceString = instanceString;
        b.networkName = networkName;
        b.technologyId = technologyId;
        b.technologyName = technologyName;
        b.policyId = policyId;
        b.policyName = policyName;
        b.controlId = controlId;
        b.controlStatement = controlStatement;
        b.criticalityValue = criticalityValue;
        b.criticalityLabel = criticalityLabel;
        b.assigneeId = assigneeId;
        b.status = status;
        b.reopenOnEvidenceChange = reopenOnEvidenceChange;
        b.endDate = endDate;
        b.createdAt = createdAt;
        b.createdBy = createdBy;
        b.modifiedAt = modifiedAt;
        b.modifiedBy = modifiedBy;
        b.history = new ArrayList<>(history);
        return b;
    }

    /** Builds a {@link QualysExceptionRecord}; every field has a default. */
    public static final class Builder {
        private long number;
        private long hostId = 3753479;
        private String ip = "10.10.10.5";
        private String instanceString;
        private String networkName;
        private long technologyId = 45;
        private String technologyName = "Windows 2019";
        private long policyId = 801459496;
        private String policyName = "Windows 2019 Server Hardening";
        private long controlId = 1113;
        private String controlStatement = "Status of the 'Guest' account";
        private int criticalityValue = 3;
        private String criticalityLabel = "SERIOUS";
        private long assigneeId = QualysFake.DEFAULT_USER_ID;
        private ExceptionStatus status = ExceptionStatus.PENDING;
        private boolean reopenOnEvidenceChange;
        private LocalDate endDate;
        private Instant createdAt;
        private long createdBy = QualysFake.DEFAULT_USER_ID;
        private Instant modifiedAt;
        private long modifiedBy = QualysFake.DEFAULT_USER_ID;
        private List<History> history = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param v the exception number; 0 lets the fake number it
         * @return this builder
         */
        public Builder number(long v) {
            number = v;
            return this;
        }

        /**
         * @param id the host id
         * @param ip its IP address
         * @return this builder
         */
        public Builder host(long id, String ip) {
            hostId = id;
            this.ip = Objects.requireNonNull(ip, "ip");
            return this;
        }

        /**
         * @param v the instance string, or {@code null}
         * @return this builder
         */
        public Builder instanceString(String v) {
            instanceString = v;
            return this;
        }

        /**
         * @param v the host's network name, or {@code null}
         * @return this builder
         */
        public Builder networkName(String v) {
            networkName = v;
            return this;
        }

        /**
         * @param id the technology id
         * @param name its name
         * @return this builder
         */
        public Builder technology(long id, String name) {
            technologyId = id;
            technologyName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param id the policy id
         * @param name its title
         * @return this builder
         */
        public Builder policy(long id, String name) {
            policyId = id;
            policyName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param id        the control id (CID)
         * @param statement its statement
         * @param value     its criticality value (1-5)
         * @param label     its criticality label, for example {@code URGENT}
         * @return this builder
         */
        public Builder control(long id, String statement, int value, String label) {
            controlId = id;
            controlStatement = Objects.requireNonNull(statement, "statement");
            criticalityValue = value;
            criticalityLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * @param userId the assignee's user id (see {@link QualysFake#user})
         * @return this builder
         */
        public Builder assigneeId(long userId) {
            assigneeId = userId;
            return this;
        }

        /**
         * @param v Pending, Approved or Rejected (Expired: Approved with a past end date)
         * @return this builder
         */
        public Builder status(ExceptionStatus v) {
            status = Objects.requireNonNull(v, "status");
            return this;
        }

        /**
         * @param v the reopen flag
         * @return this builder
         */
        public Builder reopenOnEvidenceChange(boolean v) {
            reopenOnEvidenceChange = v;
            return this;
        }

        /**
         * @param v the end date, or {@code null} for none
         * @return this builder
         */
        public Builder endDate(LocalDate v) {
            endDate = v;
            return this;
        }

        /**
         * @param v when it was requested; {@code null} for the fake's now
         * @return this builder
         */
        public Builder createdAt(Instant v) {
            createdAt = v;
            return this;
        }

        /**
         * @param userId the requesting user's id
         * @return this builder
         */
        public Builder createdBy(long userId) {
            createdBy = userId;
            return this;
        }

        /**
         * @param v the last modification; {@code null} for the creation time
         * @return this builder
         */
        public Builder modifiedAt(Instant v) {
            modifiedAt = v;
            return this;
        }

        /**
         * @param userId the last modifying user's id
         * @return this builder
         */
        public Builder modifiedBy(long userId) {
            modifiedBy = userId;
            return this;
        }

        /**
         * @param entry a history entry, appended
         * @return this builder
         */
        public Builder addHistory(History entry) {
            history.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /** @return the number set so far (0: not yet numbered) */
        long number() {
            return number;
        }

        /** @return the creation time set so far, or {@code null} */
        Instant createdAt() {
            return createdAt;
        }

        /**
         * @return the record; a missing creation time is an error here (the fake fills it from its
         *         clock before building)
         */
        public QualysExceptionRecord build() {
            Instant created = Objects.requireNonNull(createdAt, "createdAt");
            return new QualysExceptionRecord(number, hostId, ip, instanceString, networkName, technologyId,
                    technologyName, policyId, policyName, controlId, controlStatement, criticalityValue,
                    criticalityLabel, assigneeId, status, reopenOnEvidenceChange, endDate, created, createdBy,
                    modifiedAt == null ? created : modifiedAt, modifiedBy, history);
        }
    }
}
