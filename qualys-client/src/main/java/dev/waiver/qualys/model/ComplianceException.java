package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One compliance exception as {@code list} returns it.
 *
 * <p>Qualys does not publish the element names of its list answer, so the SDK maps the names it
 * knows and keeps the text of every other element in {@link #additionalFields()} (by element
 * name); a value it knows the name of but cannot read (a date in an unexpected format) is kept
 * there too. An unknown element never fails the read. Immutable.
 */
public final class ComplianceException {

    private final long exceptionNumber;
    private final Long hostId;
    private final String ip;
    private final Long controlId;
    private final String controlStatement;
    private final Long policyId;
    private final String policyTitle;
    private final Long technologyId;
    private final String technologyName;
    private final String instance;
    private final ExceptionStatus status;
    private final Long assigneeId;
    private final String assignee;
    private final Instant createdAt;
    private final Instant modifiedAt;
    private final Instant endDate;
    private final Boolean reopenOnEvidenceChange;
    private final List<ExceptionComment> comments;
    private final Map<String, String> additionalFields;

    private ComplianceException(Builder b) {
        this.exceptionNumber = b.exceptionNumber;
        this.hostId = b.hostId;
        this.ip = b.ip;
        this.controlId = b.controlId;
        this.controlStatement = b.controlStatement;
        this.policyId = b.policyId;
        this.policyTitle = b.policyTitle;
        this.technologyId = b.technologyId;
        this.technologyName = b.technologyName;
        this.instance = b.instance;
        this.status = b.status;
        this.assigneeId = b.assigneeId;
        this.assignee = b.assignee;
        this.createdAt = b.createdAt;
        this.modifiedAt = b.modifiedAt;
        this.endDate = b.endDate;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.comments = List.copyOf(b.comments);
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

    /** @return the host id ({@code HOST_ID}), if given */
    public OptionalLong hostId() {
        return optional(hostId);
    }

    /** @return the host's IP address ({@code IP}), if given */
    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    /** @return the control id ({@code CONTROL_ID}), if given */
    public OptionalLong controlId() {
        return optional(controlId);
    }

    /** @return the control's statement ({@code CONTROL_STATEMENT}), if given */
    public Optional<String> controlStatement() {
        return Optional.ofNullable(controlStatement);
    }

    /** @return the policy id ({@code POLICY_ID}), if given */
    public OptionalLong policyId() {
        return optional(policyId);
    }

    /** @return the policy's title ({@code POLICY_TITLE}), if given */
    public Optional<String> policyTitle() {
        return Optional.ofNullable(policyTitle);
    }

    /** @return the technology id ({@code TECHNOLOGY_ID}), if given */
    public OptionalLong technologyId() {
        return optional(technologyId);
    }

    /** @return the technology's name ({@code TECHNOLOGY_NAME} or {@code TECHNOLOGY}), if given */
    public Optional<String> technologyName() {
        return Optional.ofNullable(technologyName);
    }

    /** @return the instance string ({@code INSTANCE} or {@code INSTANCE_STRING}), if given */
    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** @return the status ({@code STATUS}), if given */
    public Optional<ExceptionStatus> status() {
        return Optional.ofNullable(status);
    }

    /** @return the assignee's user id ({@code ASSIGNEE_ID}), if given */
    public OptionalLong assigneeId() {
        return optional(assigneeId);
    }

    /** @return the assignee's name or login ({@code ASSIGNEE}, {@code ASSIGNEE_NAME} or {@code ASSIGNEE_LOGIN}), if given */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /** @return when the exception was requested ({@code CREATED_DATE} and similar), if given */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the exception was last changed ({@code MODIFIED_DATE} and similar), if given */
    public Optional<Instant> modifiedAt() {
        return Optional.ofNullable(modifiedAt);
    }

    /** @return when the exception expires ({@code END_DATE}, {@code EXPIRATION_DATE}), if given */
    public Optional<Instant> endDate() {
        return Optional.ofNullable(endDate);
    }

    /** @return whether the exception reopens on evidence change ({@code REOPEN_ON_EVIDENCE_CHANGE}), if given */
    public Optional<Boolean> reopenOnEvidenceChange() {
        return Optional.ofNullable(reopenOnEvidenceChange);
    }

    /** @return the comment history, oldest first as Qualys lists it; empty if the answer had none */
    public List<ExceptionComment> comments() {
        return comments;
    }

    /** @return the text of every element the SDK does not map, by element name, in answer order */
    public Map<String, String> additionalFields() {
        return additionalFields;
    }

    /**
     * @param elementName the element's name, for example {@code NETWORK_NAME}
     * @return its text, if the record carried it and the SDK does not map it
     */
    public Optional<String> additionalField(String elementName) {
        return Optional.ofNullable(additionalFields.get(elementName));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ComplianceException e)) {
            return false;
        }
        return exceptionNumber == e.exceptionNumber && Objects.equals(hostId, e.hostId) && Objects.equals(ip, e.ip)
                && Objects.equals(controlId, e.controlId) && Objects.equals(controlStatement, e.controlStatement)
                && Objects.equals(policyId, e.policyId) && Objects.equals(policyTitle, e.policyTitle)
                && Objects.equals(technologyId, e.technologyId) && Objects.equals(technologyName, e.technologyName)
                && Objects.equals(instance, e.instance) && Objects.equals(status, e.status)
                && Objects.equals(assigneeId, e.assigneeId) && Objects.equals(assignee, e.assignee)
                && Objects.equals(createdAt, e.createdAt) && Objects.equals(modifiedAt, e.modifiedAt)
                && Objects.equals(endDate, e.endDate) && Objects.equals(reopenOnEvidenceChange, e.reopenOnEvidenceChange)
                && comments.equals(e.comments) && additionalFields.equals(e.additionalFields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exceptionNumber, hostId, ip, controlId, policyId, technologyId, status, createdAt);
    }

    @Override
    public String toString() {
        return "ComplianceException{number=" + exceptionNumber + ", status=" + status + ", hostId=" + hostId
                + ", controlId=" + controlId + ", policyId=" + policyId + '}';
    }

    /** Builds a {@link ComplianceException}. */
    public static final class Builder {
        private long exceptionNumber;
        private Long hostId;
        private String ip;
        private Long controlId;
        private String controlStatement;
        private Long policyId;
        private String policyTitle;
        private Long technologyId;
        private String technologyName;
        private String instance;
        private ExceptionStatus status;
        private Long assigneeId;
        private String assignee;
        private Instant createdAt;
        private Instant modifiedAt;
        private Instant endDate;
        private Boolean reopenOnEvidenceChange;
        private final List<ExceptionComment> comments = new ArrayList<>();
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
         * @param v the host id, or {@code null}
         * @return this builder
         */
        public Builder hostId(Long v) {
            this.hostId = v;
            return this;
        }

        /**
         * @param v the IP address, or {@code null}
         * @return this builder
         */
        public Builder ip(String v) {
            this.ip = v;
            return this;
        }

        /**
         * @param v the control id, or {@code null}
         * @return this builder
         */
        public Builder controlId(Long v) {
            this.controlId = v;
            return this;
        }

        /**
         * @param v the control statement, or {@code null}
         * @return this builder
         */
        public Builder controlStatement(String v) {
            this.controlStatement = v;
            return this;
        }

        /**
         * @param v the policy id, or {@code null}
         * @return this builder
         */
        public Builder policyId(Long v) {
            this.policyId = v;
            return this;
        }

        /**
         * @param v the policy title, or {@code null}
         * @return this builder
         */
        public Builder policyTitle(String v) {
            this.policyTitle = v;
            return this;
        }

        /**
         * @param v the technology id, or {@code null}
         * @return this builder
         */
        public Builder technologyId(Long v) {
            this.technologyId = v;
            return this;
        }

        /**
         * @param v the technology name, or {@code null}
         * @return this builder
         */
        public Builder technologyName(String v) {
            this.technologyName = v;
            return this;
        }

        /**
         * @param v the instance string, or {@code null}
         * @return this builder
         */
        public Builder instance(String v) {
            this.instance = v;
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
         * @param v the assignee's user id, or {@code null}
         * @return this builder
         */
        public Builder assigneeId(Long v) {
            this.assigneeId = v;
            return this;
        }

        /**
         * @param v the assignee's name or login, or {@code null}
         * @return this builder
         */
        public Builder assignee(String v) {
            this.assignee = v;
            return this;
        }

        /**
         * @param v the creation time, or {@code null}
         * @return this builder
         */
        public Builder createdAt(Instant v) {
            this.createdAt = v;
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
         * @param v the end date, or {@code null}
         * @return this builder
         */
        public Builder endDate(Instant v) {
            this.endDate = v;
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
         * @param comment a comment, appended to the history
         * @return this builder
         */
        public Builder addComment(ExceptionComment comment) {
            this.comments.add(Objects.requireNonNull(comment, "comment"));
            return this;
        }

        /**
         * Keeps an element the SDK does not map. A name seen twice keeps both texts, joined by a
         * line break.
         *
         * @param elementName the element's name
         * @param text        its text
         * @return this builder
         */
        public Builder additionalField(String elementName, String text) {
            additionalFields.merge(Objects.requireNonNull(elementName, "elementName"), Objects.requireNonNull(text, "text"),
                    (a, b) -> a + "\n" + b);
            return this;
        }

        /** @return the exception */
        public ComplianceException build() {
            return new ComplianceException(this);
        }
    }
}
