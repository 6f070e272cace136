package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One compliance exception as {@code list} returns it.
 *
 * <p>The typed fields are the elements of Qualys' documented list answer (Qualys API User Guide
 * v8.16, "Exceptions", sample "List exception number, show all details"):
 * <pre>
 * EXCEPTION
 *   EXCEPTION_NUMBER
 *   HOST/IP_ADDRESS
 *   TECHNOLOGY/(ID, NAME)
 *   POLICY/(ID, NAME)
 *   CONTROL/(CID, STATEMENT, CRITICALITY/(VALUE, LABEL))
 *   ASSIGNEE, STATUS, ACTIVE, REOPEN_ON_EVIDENCE_CHANGE, EXPIRATION_DATE, MODIFIED_DATE
 *   HISTORY_LIST/HISTORY/(USER, COMMENT, INSERTION_DATE)      with details=All
 * </pre>
 * Qualys' sample is shortened, so a record may carry more: the text of every other element is kept
 * in {@link #additionalFields()} by its path below {@code EXCEPTION} ({@code NETWORK_NAME},
 * {@code HOST/ID}); a documented element whose value cannot be read (a date in an unknown format)
 * is kept there too. Nothing in a record fails the read. A value the answer does not carry is empty.
 * Immutable.
 */
public final class ComplianceException {

    private final long exceptionNumber;
    private final String ip;
    private final Long technologyId;
    private final String technologyName;
    private final Long policyId;
    private final String policyName;
    private final Long controlId;
    private final String controlStatement;
    private final Integer criticalityValue;
    private final String criticalityLabel;
    private final String assignee;
    private final ExceptionStatus status;
    private final Boolean active;
    private final Boolean reopenOnEvidenceChange;
    private final Instant expiresAt;
    private final Instant modifiedAt;
    private final List<ExceptionHistoryEntry> history;
    private final Map<String, String> additionalFields;

    private ComplianceException(Builder b) {
        this.exceptionNumber = b.exceptionNumber;
        this.ip = b.ip;
        this.technologyId = b.technologyId;
        this.technologyName = b.technologyName;
        this.policyId = b.policyId;
        this.policyName = b.policyName;
        this.controlId = b.controlId;
        this.controlStatement = b.controlStatement;
        this.criticalityValue = b.criticalityValue;
        this.criticalityLabel = b.criticalityLabel;
        this.assignee = b.assignee;
        this.status = b.status;
        this.active = b.active;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.expiresAt = b.expiresAt;
        this.modifiedAt = b.modifiedAt;
        this.history = List.copyOf(b.history);
        this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalFields));
    }

    /** @return a builder (for the SDK's reader and for tests) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the exception number ({@code EXCEPTION_NUMBER}); 0 if the answer lacked it */
    public long exceptionNumber() {
        return exceptionNumber;
    }

    /** @return the host's IP address ({@code HOST/IP_ADDRESS}), if given */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    /** @return the technology's id ({@code TECHNOLOGY/ID}), if given */
    public OptionalLong technologyId() {
        return optional(technologyId);
    }

    /** @return the technology's name ({@code TECHNOLOGY/NAME}), for example {@code Windows 2019}, if given */
    public Optional<String> technologyName() {
        return Optional.ofNullable(technologyName);
    }

    /** @return the policy's id ({@code POLICY/ID}), if given */
    public OptionalLong policyId() {
        return optional(policyId);
    }

    /** @return the policy's name ({@code POLICY/NAME}), if given */
    public Optional<String> policyName() {
        return Optional.ofNullable(policyName);
    }

    /** @return the control's id, its CID ({@code CONTROL/CID}), if given */
    public OptionalLong controlId() {
        return optional(controlId);
    }

    /** @return the control's statement ({@code CONTROL/STATEMENT}), line breaks kept, if given */
    public Optional<String> controlStatement() {
        return Optional.ofNullable(controlStatement);
    }

    /** @return the control's criticality as a number ({@code CONTROL/CRITICALITY/VALUE}), for example 5, if given */
    public OptionalInt criticalityValue() {
        return criticalityValue == null ? OptionalInt.empty() : OptionalInt.of(criticalityValue);
    }

    /** @return the control's criticality as a word ({@code CONTROL/CRITICALITY/LABEL}), for example {@code URGENT}, if given */
    public Optional<String> criticalityLabel() {
        return Optional.ofNullable(criticalityLabel);
    }

    /** @return the assignee's display name ({@code ASSIGNEE}; a name, not a user id), if given */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /** @return the status ({@code STATUS}: {@code Pending}, {@code Approved}, {@code Rejected}, {@code Expired}), if given */
    public Optional<ExceptionStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return whether the exception is active ({@code ACTIVE}, 1 or 0), if given */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    /** @return whether the exception returns to Pending when the evidence changes ({@code REOPEN_ON_EVIDENCE_CHANGE}), if given */
    public Optional<Boolean> reopenOnEvidenceChange() {
        return Optional.ofNullable(reopenOnEvidenceChange);
    }

    /**
     * @return when the exception expires ({@code EXPIRATION_DATE}); empty while it has no date, which
     *         Qualys writes as {@code N/A} until the exception is approved
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return when the exception was last changed ({@code MODIFIED_DATE}), if given */
    public Optional<Instant> modifiedAt() {
        return Optional.ofNullable(modifiedAt);
    }

    /**
     * @return the comment history ({@code HISTORY_LIST}), in answer order; empty unless the list
     *         was asked for with {@link ExceptionDetailLevel#ALL}
     */
    public List<ExceptionHistoryEntry> history() {
        return history;
    }

    /**
     * @return the text of every element the SDK does not map, by its path below {@code EXCEPTION}
     *         ({@code NETWORK_NAME}, {@code HOST/ID}), in answer order; a path seen twice keeps both
     *         texts, joined by a line break
     */
    public Map<String, String> additionalFields() {
        return additionalFields;
    }

    /**
     * @param path the element's path below {@code EXCEPTION}, for example {@code NETWORK_NAME} or {@code HOST/ID}
     * @return its text, if the record carried it and the SDK does not map it
     */
    public Optional<String> additionalField(String path) {
        return Optional.ofNullable(additionalFields.get(path));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ComplianceException e)) {
            return false;
        }
        return exceptionNumber == e.exceptionNumber && Objects.equals(ip, e.ip)
                && Objects.equals(technologyId, e.technologyId) && Objects.equals(technologyName, e.technologyName)
                && Objects.equals(policyId, e.policyId) && Objects.equals(policyName, e.policyName)
                && Objects.equals(controlId, e.controlId) && Objects.equals(controlStatement, e.controlStatement)
                && Objects.equals(criticalityValue, e.criticalityValue)
                && Objects.equals(criticalityLabel, e.criticalityLabel)
                && Objects.equals(assignee, e.assignee) && Objects.equals(status, e.status)
                && Objects.equals(active, e.active) && Objects.equals(reopenOnEvidenceChange, e.reopenOnEvidenceChange)
                && Objects.equals(expiresAt, e.expiresAt) && Objects.equals(modifiedAt, e.modifiedAt)
                && history.equals(e.history) && additionalFields.equals(e.additionalFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exceptionNumber, ip, controlId, policyId, technologyId, status, modifiedAt);
    }

    @Override
    public String toString() {
        return "ComplianceException{number=" + exceptionNumber + ", status=" + status + ", ip=" + ip
                + ", controlId=" + controlId + ", policyId=" + policyId + '}';
    }

    /** Builds a {@link ComplianceException}. */
    public static final class Builder {
        private long exceptionNumber;
        private String ip;
        private Long technologyId;
        private String technologyName;
        private Long policyId;
        private String policyName;
        private Long controlId;
        private String controlStatement;
        private Integer criticalityValue;
        private String criticalityLabel;
        private String assignee;
        private ExceptionStatus status;
        private Boolean active;
        private Boolean reopenOnEvidenceChange;
        private Instant expiresAt;
        private Instant modifiedAt;
        private final List<ExceptionHistoryEntry> history = new ArrayList<>();
        private final Map<String, String> additionalFields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param v the exception number
         * @return this builder
         */
        public Builder exceptionNumber(long v) {
            this.exceptionNumber = v;
            return this;
        }

        /**
         * @param v the host's IP address, or {@code null}
         * @return this builder
         */
        public Builder ip(String v) {
            this.ip = v;
            return this;
        }

        /**
         * @param v the technology's id, or {@code null}
         * @return this builder
         */
        public Builder technologyId(Long v) {
            this.technologyId = v;
            return this;
        }

        /**
         * @param v the technology's name, or {@code null}
         * @return this builder
         */
        public Builder technologyName(String v) {
            this.technologyName = v;
            return this;
        }

        /**
         * @param v the policy's id, or {@code null}
         * @return this builder
         */
        public Builder policyId(Long v) {
            this.policyId = v;
            return this;
        }

        /**
         * @param v the policy's name, or {@code null}
         * @return this builder
         */
        public Builder policyName(String v) {
            this.policyName = v;
            return this;
        }

        /**
         * @param v the control's id (CID), or {@code null}
         * @return this builder
         */
        public Builder controlId(Long v) {
            this.controlId = v;
            return this;
        }

        /**
         * @param v the control's statement, or {@code null}
         * @return this builder
         */
        public Builder controlStatement(String v) {
            this.controlStatement = v;
            return this;
        }

        /**
         * @param v the control's criticality as a number, or {@code null}
         * @return this builder
         */
        public Builder criticalityValue(Integer v) {
            this.criticalityValue = v;
            return this;
        }

        /**
         * @param v the control's criticality as a word, or {@code null}
         * @return this builder
         */
        public Builder criticalityLabel(String v) {
            this.criticalityLabel = v;
            return this;
        }

        /**
         * @param v the assignee's display name, or {@code null}
         * @return this builder
         */
        public Builder assignee(String v) {
            this.assignee = v;
            return this;
        }

        /**
         * @param v the status, or {@code null}
         * @return this builder
         */
        public Builder status(ExceptionStatus v) {
            this.status = v;
            return this;
        }

        /**
         * @param v whether the exception is active, or {@code null}
         * @return this builder
         */
        public Builder active(Boolean v) {
            this.active = v;
            return this;
        }

        /**
         * @param v the reopen flag, or {@code null}
         * @return this builder
         */
        public Builder reopenOnEvidenceChange(Boolean v) {
            this.reopenOnEvidenceChange = v;
            return this;
        }

        /**
         * @param v when the exception expires, or {@code null} for no date
         * @return this builder
         */
        public Builder expiresAt(Instant v) {
            this.expiresAt = v;
            return this;
        }

        /**
         * @param v the last change time, or {@code null}
         * @return this builder
         */
        public Builder modifiedAt(Instant v) {
            this.modifiedAt = v;
            return this;
        }

        /**
         * @param entry a history entry, appended to the history
         * @return this builder
         */
        public Builder addHistory(ExceptionHistoryEntry entry) {
            this.history.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /**
         * Keeps an element the SDK does not map. A path seen twice keeps both texts, joined by a
         * line break.
         *
         * @param path the element's path below {@code EXCEPTION}, for example {@code HOST/ID}
         * @param text its text
         * @return this builder
         */
        public Builder additionalField(String path, String text) {
            additionalFields.merge(Objects.requireNonNull(path, "path"), Objects.requireNonNull(text, "text"),
                    (a, b) -> a + "\n" + b);
            return this;
        }

        /** @return the exception */
        public ComplianceException build() {
            return new ComplianceException(this);
        }
    }
}
