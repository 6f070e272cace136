package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Exports an issue's whole exemption history as CSV columns and rows, in one answer without
 * paging ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}). Immutable.
 *
 * <p>Required: {@code issueId}. {@code pipelineId} and {@code targetId} narrow the history to one
 * pipeline and target and need a project scope, as for {@link ExemptionHistoryRequest}.
 */
public final class ExportExemptionHistoryRequest {

    private final ScopeChoice scope;
    private final String issueId;
    private final String pipelineId;
    private final String targetId;

    private ExportExemptionHistoryRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.issueId = Checks.required(b.issueId, "issueId");
        this.pipelineId = Checks.notBlank(b.pipelineId, "pipelineId");
        this.targetId = Checks.notBlank(b.targetId, "targetId");
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

    /** Builds an {@link ExportExemptionHistoryRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String issueId;
        private String pipelineId;
        private String targetId;

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
         * @return the request
         * @throws IllegalArgumentException if {@code issueId} is missing or an id is blank
         */
        public ExportExemptionHistoryRequest build() {
            return new ExportExemptionHistoryRequest(this);
        }
    }
}
