package dev.waiver.sto;

import java.util.Optional;

/**
 * Lists an issue's exemption history, newest first
 * ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history}), page by page; the id is the
 * first argument of {@link Exemptions#history(String, ExemptionHistoryRequest)}. Immutable;
 * {@code equals}, {@code hashCode} and {@code toString} cover every field set. Nothing is required.
 *
 * <p>{@code pipelineId} and {@code targetId} narrow the history to one pipeline and target and
 * need a project scope (Harness: "Requires orgId and projectId"). Pages are 0-based with a fixed
 * page size, as for {@link ListExemptionsRequest}.
 */
public final class ExemptionHistoryRequest extends PagedRequest {

    private ExemptionHistoryRequest(Builder builder) {
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

    /** @return the pipeline the history is narrowed to, if set */
    public Optional<String> pipelineId() {
        return optional(Field.PIPELINE_ID);
    }

    /** @return the target the history is narrowed to, if set */
    public Optional<String> targetId() {
        return optional(Field.TARGET_ID);
    }

    /** Builds an {@link ExemptionHistoryRequest}. */
    public static final class Builder extends PagedRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(ExemptionHistoryRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param pipelineId narrows the history to one pipeline; needs a project scope
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            return set(Field.PIPELINE_ID, pipelineId);
        }

        /**
         * @param targetId narrows the history to one target; needs a project scope
         * @return this builder
         */
        public Builder targetId(String targetId) {
            return set(Field.TARGET_ID, targetId);
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code pageSize} is outside 1..100 or {@code firstPage} is negative
         */
        public ExemptionHistoryRequest build() {
            checkPaging();
            return new ExemptionHistoryRequest(this);
        }
    }
}
