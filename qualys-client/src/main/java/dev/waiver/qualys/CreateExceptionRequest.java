package dev.waiver.qualys;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.qualys.model.TagSelector;
import dev.waiver.qualys.model.TagSetBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link ComplianceExceptions#create(CreateExceptionRequest)} asks Qualys for: an exception to
 * a failing control on a host (Qualys' {@code request} action). Immutable; build with
 * {@link #builder()}, change a copy with {@link #toBuilder()}.
 *
 * <p>Required, as Qualys documents: {@code controlId}, {@code policyId}, {@code technologyId},
 * {@code assigneeId}, {@code comments}, and the host: {@code hostId} (or, on API v3.0, a tag set
 * naming the hosts). {@code instanceString} only with {@code hostId}. The tag parameters exist on
 * API v3.0 only; a v2.0 client refuses them before sending.
 */
public final class CreateExceptionRequest {

    private static final RequestChecks CHECK = RequestChecks.of(CreateExceptionRequest.class);
    private static final String COMMA = "Qualys separates tags with commas";

    private final long controlId;
    private final Long hostId;
    private final long policyId;
    private final long technologyId;
    private final String instanceString;
    private final long assigneeId;
    private final String comments;
    private final Boolean reopenOnEvidenceChange;
    private final Boolean echoRequest;
    private final TagSetBy tagSetBy;
    private final TagSelector tagIncludeSelector;
    private final TagSelector tagExcludeSelector;
    private final List<String> tagSetInclude;
    private final List<String> tagSetExclude;

    private CreateExceptionRequest(Builder b) {
        this.controlId = CHECK.required(b.controlId, "controlId");
        this.policyId = CHECK.required(b.policyId, "policyId");
        this.technologyId = CHECK.required(b.technologyId, "technologyId");
        this.assigneeId = CHECK.required(b.assigneeId, "assigneeId");
        this.comments = CHECK.requiredText(b.comments, "comments");
        this.tagSetInclude = tags(b.tagSetInclude, "tagSetInclude");
        this.tagSetExclude = tags(b.tagSetExclude, "tagSetExclude");
        if (b.hostId == null && tagSetInclude.isEmpty()) {
            throw CHECK.violation("hostId", "is required: set .hostId(...) (on API v3.0 a tag set, "
                    + ".tagSetInclude(...), may name the hosts instead)");
        }
        if (b.instanceString != null && b.hostId == null) {
            throw CHECK.violation("instanceString", "is only allowed with hostId: Qualys applies an instance "
                    + "to one host");
        }
        this.hostId = b.hostId;
        this.instanceString = b.instanceString;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.echoRequest = b.echoRequest;
        this.tagSetBy = b.tagSetBy;
        this.tagIncludeSelector = b.tagIncludeSelector;
        this.tagExcludeSelector = b.tagExcludeSelector;
    }

    /** A tag set as Qualys takes it: one value, tags separated by commas; empty when not set. */
    private static List<String> tags(List<String> tags, String field) {
        List<String> checked = CHECK.noBlanks(CHECK.noneContains(tags, field, ',', COMMA), field);
        return checked == null ? List.of() : checked;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the control that fails ({@code control_id}) */
    public long controlId() {
        return controlId;
    }

    /** @return the host ({@code host_id}); empty when a v3.0 tag set names the hosts */
    public OptionalLong hostId() {
        return hostId == null ? OptionalLong.empty() : OptionalLong.of(hostId);
    }

    /** @return the policy that holds the control ({@code policy_id}) */
    public long policyId() {
        return policyId;
    }

    /** @return the technology the control applies to ({@code technology_id}) */
    public long technologyId() {
        return technologyId;
    }

    /** @return the instance on the host ({@code instance_string}), if set */
    public Optional<String> instanceString() {
        return Optional.ofNullable(instanceString);
    }

    /** @return the assignee's user id ({@code assignee_id}) */
    public long assigneeId() {
        return assigneeId;
    }

    /** @return why the exception is needed ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return the reopen flag ({@code reopen_on_evidence_change}), if set; Qualys' default otherwise */
    public Optional<Boolean> reopenOnEvidenceChange() {
        return Optional.ofNullable(reopenOnEvidenceChange);
    }

    /** @return whether Qualys echoes the request ({@code echo_request}), if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    /** @return how the tag sets name tags ({@code tag_set_by}, v3.0), if set */
    public Optional<TagSetBy> tagSetBy() {
        return Optional.ofNullable(tagSetBy);
    }

    /** @return the include selector ({@code tag_include_selector}, v3.0), if set */
    public Optional<TagSelector> tagIncludeSelector() {
        return Optional.ofNullable(tagIncludeSelector);
    }

    /** @return the exclude selector ({@code tag_exclude_selector}, v3.0), if set */
    public Optional<TagSelector> tagExcludeSelector() {
        return Optional.ofNullable(tagExcludeSelector);
    }

    /** @return the tags whose hosts get the exception ({@code tag_set_include}, v3.0); empty when not set */
    public List<String> tagSetInclude() {
        return tagSetInclude;
    }

    /** @return the tags whose hosts are left out ({@code tag_set_exclude}, v3.0); empty when not set */
    public List<String> tagSetExclude() {
        return tagSetExclude;
    }

    /** @return the builder method of the first parameter only API v3.0 knows, or {@code null} if there is none */
    String firstV3OnlyParameter() {
        if (tagSetBy != null) {
            return "tagSetBy";
        }
        if (tagIncludeSelector != null) {
            return "tagIncludeSelector";
        }
        if (tagExcludeSelector != null) {
            return "tagExcludeSelector";
        }
        if (!tagSetInclude.isEmpty()) {
            return "tagSetInclude";
        }
        return tagSetExclude.isEmpty() ? null : "tagSetExclude";
    }

    private List<Object> values() {
        return Arrays.asList(controlId, hostId, policyId, technologyId, instanceString, assigneeId, comments,
                reopenOnEvidenceChange, echoRequest, tagSetBy, tagIncludeSelector, tagExcludeSelector, tagSetInclude,
                tagSetExclude);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateExceptionRequest r && values().equals(r.values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return "CreateExceptionRequest{controlId=" + controlId + ", hostId=" + hostId + ", policyId=" + policyId
                + ", technologyId=" + technologyId + ", instanceString=" + instanceString + ", assigneeId=" + assigneeId
                + ", comments=" + comments + ", reopenOnEvidenceChange=" + reopenOnEvidenceChange
                + ", echoRequest=" + echoRequest + ", tagSetBy=" + tagSetBy + ", tagIncludeSelector=" + tagIncludeSelector
                + ", tagExcludeSelector=" + tagExcludeSelector + ", tagSetInclude=" + tagSetInclude
                + ", tagSetExclude=" + tagSetExclude + '}';
    }

    /** Builds a {@link CreateExceptionRequest}; {@code null} means "not set". */
    public static final class Builder {
        private Long controlId;
        private Long hostId;
        private Long policyId;
        private Long technologyId;
        private String instanceString;
        private Long assigneeId;
        private String comments;
        private Boolean reopenOnEvidenceChange;
        private Boolean echoRequest;
        private TagSetBy tagSetBy;
        private TagSelector tagIncludeSelector;
        private TagSelector tagExcludeSelector;
        private List<String> tagSetInclude;
        private List<String> tagSetExclude;

        private Builder() {
        }

        private Builder(CreateExceptionRequest r) {
            this.controlId = r.controlId;
            this.hostId = r.hostId;
            this.policyId = r.policyId;
            this.technologyId = r.technologyId;
            this.instanceString = r.instanceString;
            this.assigneeId = r.assigneeId;
            this.comments = r.comments;
            this.reopenOnEvidenceChange = r.reopenOnEvidenceChange;
            this.echoRequest = r.echoRequest;
            this.tagSetBy = r.tagSetBy;
            this.tagIncludeSelector = r.tagIncludeSelector;
            this.tagExcludeSelector = r.tagExcludeSelector;
            this.tagSetInclude = r.tagSetInclude;
            this.tagSetExclude = r.tagSetExclude;
        }

        /**
         * @param controlId the control that fails and needs the exception (required)
         * @return this builder
         */
        public Builder controlId(long controlId) {
            this.controlId = controlId;
            return this;
        }

        /**
         * @param hostId the host the exception is for (required unless a v3.0 tag set names the hosts)
         * @return this builder
         */
        public Builder hostId(long hostId) {
            this.hostId = hostId;
            return this;
        }

        /**
         * @param policyId the policy that contains the control (required)
         * @return this builder
         */
        public Builder policyId(long policyId) {
            this.policyId = policyId;
            return this;
        }

        /**
         * @param technologyId the technology of the host the control applies to (required)
         * @return this builder
         */
        public Builder technologyId(long technologyId) {
            this.technologyId = technologyId;
            return this;
        }

        /**
         * @param instanceString one instance on the host, for example {@code os} or
         *                       {@code MSSQL 2022:1:1433:MSSQLSERVER:master}; required for controls of an
         *                       instance technology, and only with {@link #hostId(long)}
         * @return this builder
         */
        public Builder instanceString(String instanceString) {
            this.instanceString = instanceString;
            return this;
        }

        /**
         * @param assigneeId the user the exception is assigned to, who must see the hosts (required)
         * @return this builder
         */
        public Builder assigneeId(long assigneeId) {
            this.assigneeId = assigneeId;
            return this;
        }

        /**
         * @param comments why the exception is needed (required, not blank; any text, encoded by the SDK)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * @param reopen once approved, reopen the exception when a later scan shows another value and
         *               the control still fails
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
         * @param by whether the tag sets name tags by id or by name (API v3.0 only)
         * @return this builder
         */
        public Builder tagSetBy(TagSetBy by) {
            this.tagSetBy = by;
            return this;
        }

        /**
         * @param selector whether a host must carry all or any included tag (API v3.0 only)
         * @return this builder
         */
        public Builder tagIncludeSelector(TagSelector selector) {
            this.tagIncludeSelector = selector;
            return this;
        }

        /**
         * @param selector whether a host must carry all or any excluded tag to be left out (API v3.0 only)
         * @return this builder
         */
        public Builder tagExcludeSelector(TagSelector selector) {
            this.tagExcludeSelector = selector;
            return this;
        }

        /**
         * @param tags the tags (ids or names, see {@link #tagSetBy(TagSetBy)}) whose hosts get the
         *             exception (API v3.0 only); {@code null} or empty for none
         * @return this builder
         */
        public Builder tagSetInclude(List<String> tags) {
            this.tagSetInclude = tags == null ? null : new ArrayList<>(tags);
            return this;
        }

        /**
         * @param tags the tags whose hosts are left out (API v3.0 only); {@code null} or empty for none
         * @return this builder
         */
        public Builder tagSetExclude(List<String> tags) {
            this.tagSetExclude = tags == null ? null : new ArrayList<>(tags);
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule, if a required parameter is
         *                                  missing, {@code comments} is blank, {@code instanceString}
         *                                  comes without {@code hostId}, or a tag is blank or holds a comma
         */
        public CreateExceptionRequest build() {
            return new CreateExceptionRequest(this);
        }
    }
}
