package dev.waiver.sto;

import java.util.Optional;

/**
 * The options of reading one exemption ({@code GET /sto/api/v2/exemptions/{id}}); the exemption's
 * id is the first argument of {@link Exemptions#get(String, GetExemptionRequest)}. Immutable;
 * {@code equals}, {@code hashCode} and {@code toString} cover every field set. Nothing is required.
 */
public final class GetExemptionRequest extends ScopedRequest {

    private GetExemptionRequest(Builder builder) {
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

    /** @return the pipeline execution to read the exemption for, if set */
    public Optional<String> executionId() {
        return optional(Field.EXECUTION_ID);
    }

    /** @return whether to find the exemption whatever its scope, if set (otherwise the service's default) */
    public Optional<Boolean> ignoreScope() {
        return optional(Field.IGNORE_SCOPE);
    }

    /** Builds a {@link GetExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(GetExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param executionId a pipeline execution, to read the exemption as that execution saw it
         * @return this builder
         */
        public Builder executionId(String executionId) {
            return set(Field.EXECUTION_ID, executionId);
        }

        /**
         * @param ignoreScope whether to find the exemption whatever its scope
         * @return this builder
         */
        public Builder ignoreScope(boolean ignoreScope) {
            return set(Field.IGNORE_SCOPE, ignoreScope);
        }

        /** @return the request */
        public GetExemptionRequest build() {
            return new GetExemptionRequest(this);
        }
    }
}
