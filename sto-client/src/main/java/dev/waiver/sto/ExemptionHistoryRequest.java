package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Lists an issue's exemption history, newest first
 * ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history}), page by page. Immutable.
 *
 * <p>{@code pipelineId} and {@code targetId} narrow the history to one pipeline and target and
 * need a project scope. Pages are 0-based with a fixed page size, as for
 * {@link ListExemptionsRequest}.
 */
public final class ExemptionHistoryRequest {

    private final ScopeChoice scope;
    private final String issueId;
    private final String pipelineId;
    private final String targetId;
    private final Integer pageSize;
    private final int firstPage;

    private ExemptionHistoryRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.issueId = Checks.required(b.issueId, "issueId");
        this.pipelineId = Checks.notBlank(b.pipelineId, "pipelineId");
        this.targetId = Checks.notBlank(b.targetId, "targetId");
        this.pageSize = Checks.pageSize(b.pageSize);
        this.firstPage = Checks.page(b.firstPage);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    ScopeChoice scope() {
        return scope;
    }

    /** @return the issue */
    public String issueId() {
        return issueId;
    }

    /** @return the pipeline the history is narrowed to, or {@code null} */
    public String pipelineId() {
        return pipelineId;
    }

    /** @return the target the history is narrowed to, or {@code null} */
    public String targetId() {
        return targetId;
    }

    /** @return the page size sent with every page, or {@code null} for the service's default */
    public Integer pageSize() {
        return pageSize;
    }

    /** @return the 0-based page the walk starts at */
    public int firstPage() {
        return firstPage;
    }

    /** Builds an {@link ExemptionHistoryRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String issueId;
        private String pipelineId;
        private String targetId;
        private Integer pageSize;
        private int firstPage;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param issueId the issue (required)
         * @return this builder
         */
        public Builder issueId(String issueId) {
            this.issueId = issueId;
            return this;
        }

        /**
         * @param pipelineId narrows the history to one pipeline; needs a project scope
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            this.pipelineId = pipelineId;
            return this;
        }

        /**
         * @param targetId narrows the history to one target; needs a project scope
         * @return this builder
         */
        public Builder targetId(String targetId) {
            this.targetId = targetId;
            return this;
        }

        /**
         * @param pageSize events per page, 1 to 100
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * @param firstPage the 0-based page to start at; default 0
         * @return this builder
         */
        public Builder firstPage(int firstPage) {
            this.firstPage = firstPage;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code issueId} is missing, an id is blank, or paging is out of range
         */
        public ExemptionHistoryRequest build() {
            return new ExemptionHistoryRequest(this);
        }
    }
}
