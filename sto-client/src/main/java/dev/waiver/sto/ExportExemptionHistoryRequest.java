package dev.waiver.sto;

import java.util.Optional;

/**
 * Exports an issue's whole exemption history as CSV columns and rows, in one answer without
 * paging ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}); the id is the
 * first argument of {@link Exemptions#exportHistory(String, ExportExemptionHistoryRequest)}.
 * Immutable; {@code equals}, {@code hashCode} and {@code toString} cover every field set. Nothing
 * is required.
 *
 * <p>{@code pipelineId} and {@code targetId} narrow the export to one pipeline and target and need
 * a project scope, as for {@link ExemptionHistoryRequest}.
 */
public final class ExportExemptionHistoryRequest extends ScopedRequest {

    private ExportExemptionHistoryRequest(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the pipeline the export is narrowed to, if set */
    public Optional<String> pipelineId() {
        return optional(Field.PIPELINE_ID);
    }

    /** @return the target the export is narrowed to, if set */
    public Optional<String> targetId() {
        return optional(Field.TARGET_ID);
    }

    /** Builds an {@link ExportExemptionHistoryRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(ExportExemptionHistoryRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param pipelineId narrows the export to one pipeline; needs a project scope
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            return set(Field.PIPELINE_ID, pipelineId);
        }

        /**
         * @param targetId narrows the export to one target; needs a project scope
         * @return this builder
         */
        public Builder targetId(String targetId) {
            return set(Field.TARGET_ID, targetId);
        }

        /** @return the request */
        public ExportExemptionHistoryRequest build() {
            return new ExportExemptionHistoryRequest(this);
        }
    }
}
