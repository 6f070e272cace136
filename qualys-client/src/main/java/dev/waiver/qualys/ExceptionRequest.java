package dev.waiver.qualys;

import dev.waiver.qualys.model.TagSelector;
import dev.waiver.qualys.model.TagSetBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of the {@code request} action (alias {@code create}): ask for an exception to a
 * failing control on a host. Immutable; build with {@link #builder()}.
 *
 * <p>Required: {@code controlId}, {@code policyId}, {@code technologyId}, {@code assigneeId},
 * {@code comments}, and the host: {@code hostId} (or, on API v3.0, a tag set naming the hosts).
 * {@code instanceString} only with {@code hostId}. The tag parameters exist on API v3.0 only; a
 * v2.0 client refuses them before sending.
 */
public final class ExceptionRequest {

    private final Long controlId;
    private final Long hostId;
    private final Long policyId;
    private final Long technologyId;
    private final String instanceString;
    private final Long assigneeId;
    private final String comments;
    private final Boolean reopenOnEvidenceChange;
    private final Boolean echoRequest;
    private final TagSetBy tagSetBy;
    private final TagSelector tagIncludeSelector;
    private final TagSelector tagExcludeSelector;
    private final List<String> tagSetInclude;
    private final List<String> tagSetExclude;

    private ExceptionRequest(Builder b) {
        this.controlId = b.controlId;
        this.hostId = b.hostId;
        this.policyId = b.policyId;
        this.technologyId = b.technologyId;
        this.instanceString = b.instanceString;
        this.assigneeId = b.assigneeId;
        this.comments = b.comments;
        this.reopenOnEvidenceChange = b.reopenOnEvidenceChange;
        this.echoRequest = b.echoRequest;
        this.tagSetBy = b.tagSetBy;
        this.tagIncludeSelector = b.tagIncludeSelector;
        this.tagExcludeSelector = b.tagExcludeSelector;
        this.tagSetInclude = b.tagSetInclude == null ? null : List.copyOf(b.tagSetInclude);
        this.tagSetExclude = b.tagSetExclude == null ? null : List.copyOf(b.tagSetExclude);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the control id ({@code control_id}) */
    public Long controlId() {
        return controlId;
    }

    /** @return the host id ({@code host_id}), or {@code null} when the hosts are named by tags */
    public Long hostId() {
        return hostId;
    }

    /** @return the policy id ({@code policy_id}) */
    public Long policyId() {
        return policyId;
    }

    /** @return the technology id ({@code technology_id}) */
    public Long technologyId() {
        return technologyId;
    }

    /** @return the instance string ({@code instance_string}), or {@code null} */
    public String instanceString() {
        return instanceString;
    }

    /** @return the assignee's user id ({@code assignee_id}) */
    public Long assigneeId() {
        return assigneeId;
    }

    /** @return the comments ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return the reopen flag ({@code reopen_on_evidence_change}), or {@code null} for Qualys' default */
    public Boolean reopenOnEvidenceChange() {
        return reopenOnEvidenceChange;
    }

    /** @return whether Qualys should echo the request ({@code echo_request}), or {@code null} for its default */
    public Boolean echoRequest() {
        return echoRequest;
    }

    /** @return how tags are named ({@code tag_set_by}, v3.0), or {@code null} */
    public TagSetBy tagSetBy() {
        return tagSetBy;
    }

    /** @return the include selector ({@code tag_include_selector}, v3.0), or {@code null} */
    public TagSelector tagIncludeSelector() {
        return tagIncludeSelector;
    }

    /** @return the exclude selector ({@code tag_exclude_selector}, v3.0), or {@code null} */
    public TagSelector tagExcludeSelector() {
        return tagExcludeSelector;
    }

    /** @return the tags whose hosts are included ({@code tag_set_include}, v3.0), or {@code null} */
    public List<String> tagSetInclude() {
        return tagSetInclude;
    }

    /** @return the tags whose hosts are excluded ({@code tag_set_exclude}, v3.0), or {@code null} */
    public List<String> tagSetExclude() {
        return tagSetExclude;
    }

    /**
     * The first parameter of this request that only API v3.0 knows.
     *
     * @return its builder method's name, or {@code null} if the request is valid on v2.0
     */
    public String firstV3OnlyParameter() {
        if (tagSetBy != null) {
            return "tagSetBy";
        }
        if (tagIncludeSelector != null) {
            return "tagIncludeSelector";
        }
        if (tagExcludeSelector != null) {
            return "tagExcludeSelector";
        }
        if (tagSetInclude != null) {
            return "tagSetInclude";
        }
        return tagSetExclude != null ? "tagSetExclude" : null;
    }

    /** Builds an {@link ExceptionRequest}. */
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
         * @param comments why the exception is needed (required; any text, encoded by the SDK)
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
        public Builder reopenOnEvidenceChange(boolean reopen) {
            this.reopenOnEvidenceChange = reopen;
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
         * @param by whether the tag sets name tags by id or by name (API v3.0 only)
         * @return this builder
         */
        public Builder tagSetBy(TagSetBy by) {
            this.tagSetBy = Objects.requireNonNull(by, "tagSetBy");
            return this;
        }

        /**
         * @param selector whether a host must carry all or any included tag (API v3.0 only)
         * @return this builder
         */
        public Builder tagIncludeSelector(TagSelector selector) {
            this.tagIncludeSelector = Objects.requireNonNull(selector, "tagIncludeSelector");
            return this;
        }

        /**
         * @param selector whether a host must carry all or any excluded tag to be left out (API v3.0 only)
         * @return this builder
         */
        public Builder tagExcludeSelector(TagSelector selector) {
            this.tagExcludeSelector = Objects.requireNonNull(selector, "tagExcludeSelector");
            return this;
        }

        /**
         * @param tags the tags (ids or names, see {@link #tagSetBy(TagSetBy)}) whose hosts get the
         *             exception (API v3.0 only)
         * @return this builder
         */
        public Builder tagSetInclude(List<String> tags) {
            this.tagSetInclude = new ArrayList<>(Objects.requireNonNull(tags, "tagSetInclude"));
            return this;
        }

        /**
         * @param tags the tags whose hosts are left out (API v3.0 only)
         * @return this builder
         */
        public Builder tagSetExclude(List<String> tags) {
            this.tagSetExclude = new ArrayList<>(Objects.requireNonNull(tags, "tagSetExclude"));
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException    if a required parameter is missing
         * @throws IllegalArgumentException if a value breaks a rule (ids positive, comments not
         *                                  blank, instance string only with a host, tags not blank
         *                                  and without commas)
         */
        public ExceptionRequest build() {
            Validation.requiredPositive(controlId, "controlId");
            Validation.requiredPositive(policyId, "policyId");
            Validation.requiredPositive(technologyId, "technologyId");
            Validation.requiredPositive(assigneeId, "assigneeId");
            Validation.requiredText(comments, "comments");
            if (hostId == null && tagSetInclude == null) {
                throw new IllegalStateException("hostId is required: call .hostId(...) (on API v3.0 a tag set, "
                        + ".tagSetInclude(...), may name the hosts instead)");
            }
            if (hostId != null) {
                Validation.positive(hostId, "hostId");
            }
            if (instanceString != null) {
                Validation.requiredText(instanceString, "instanceString");
                if (hostId == null) {
                    throw new IllegalArgumentException("instanceString is only allowed with hostId: Qualys applies an "
                            + "instance to one host");
                }
            }
            Validation.tags(tagSetInclude, "tagSetInclude");
            Validation.tags(tagSetExclude, "tagSetExclude");
            if (tagSetInclude == null && tagSetExclude == null
                    && (tagSetBy != null || tagIncludeSelector != null || tagExcludeSelector != null)) {
                throw new IllegalArgumentException("tagSetBy, tagIncludeSelector and tagExcludeSelector need a tag set: "
                        + "call .tagSetInclude(...) or .tagSetExclude(...)");
            }
            return new ExceptionRequest(this);
        }
    }
}
