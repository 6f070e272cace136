package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Reads one exemption ({@code GET /sto/api/v2/exemptions/{id}}). Immutable.
 */
public final class GetExemptionRequest {

    private final ScopeChoice scope;
    private final String id;
    private final String executionId;
    private final Boolean ignoreScope;

    private GetExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.id = Checks.required(b.id, "id");
        this.executionId = Checks.notBlank(b.executionId, "executionId");
        this.ignoreScope = b.ignoreScope;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    ScopeChoice scope() {
        return scope;
    }

    /** @return the exemption's id */
    public String id() {
        return id;
    }

    /** @return the pipeline execution to read the exemption for, or {@code null} */
    public String executionId() {
        return executionId;
    }

    /** @return whether to find the exemption whatever its scope, or {@code null} for the service's default */
    public Boolean ignoreScope() {
        return ignoreScope;
    }

    /** Builds a {@link GetExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String id;
        private String executionId;
        private Boolean ignoreScope;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param id the exemption's id (required)
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param executionId a pipeline execution, to read the exemption as that execution saw it
         * @return this builder
         */
        public Builder executionId(String executionId) {
            this.executionId = executionId;
            return this;
        }

        /**
         * @param ignoreScope whether to find the exemption whatever its scope
         * @return this builder
         */
        public Builder ignoreScope(boolean ignoreScope) {
            this.ignoreScope = ignoreScope;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code id} is missing or an id is blank
         */
        public GetExemptionRequest build() {
            return new GetExemptionRequest(this);
        }
    }
}
