package dev.waiver.sto;

import java.util.Optional;

/**
 * Approves an exemption at another scope than the one it was requested at
 * ({@code PUT /sto/api/v2/exemptions/{id}/promote}); the exemption's id is the first argument of
 * {@link Exemptions#promote(String, PromoteExemptionRequest)}. Immutable; {@code equals},
 * {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>The scope promoted to follows the call's scope ({@code orgId}, {@code projectId} in the
 * query) and the {@code pipelineId} or {@code targetId} in the body:
 * <table>
 *   <caption>Scope promoted to</caption>
 *   <tr><th>call's scope</th><th>{@code pipelineId}</th><th>{@code targetId}</th><th>promoted to</th></tr>
 *   <tr><td>project</td><td>set</td><td>&mdash;</td><td>PIPELINE</td></tr>
 *   <tr><td>project</td><td>&mdash;</td><td>set</td><td>TARGET</td></tr>
 *   <tr><td>project</td><td>&mdash;</td><td>&mdash;</td><td>PROJECT</td></tr>
 *   <tr><td>organization</td><td>&mdash;</td><td>&mdash;</td><td>ORG</td></tr>
 *   <tr><td>account</td><td>&mdash;</td><td>&mdash;</td><td>ACCOUNT</td></tr>
 * </table>
 * The call's scope is the client's default unless the request says otherwise, so promoting to
 * the organization or the account from a project-scoped client needs
 * {@code .scope(HarnessScope.org("..."))} or {@code .scope(HarnessScope.account())}. {@code pipelineId}
 * and {@code targetId} are sent in the body only, as both of Harness' descriptions declare (and
 * Harness' own MCP server does); Harness' promote body states no rule tying them to a scope, so the
 * service decides.
 *
 * <p>Nothing is required. {@code approverId} is optional: Harness' newer description takes the
 * caller as the approver, the older one (and seed 000) required it, so it is sent only when set.
 */
public final class PromoteExemptionRequest extends ReviewRequest {

    private PromoteExemptionRequest(Builder builder) {
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

    /** @return the approving user's id, if set (kept from Harness' older description) */
    public Optional<String> approverId() {
        return optional(Field.APPROVER_ID);
    }

    /** @return the pipeline of the call's project promoted to, if set */
    public Optional<String> pipelineId() {
        return optional(Field.PIPELINE_ID);
    }

    /** @return the target of the call's project promoted to, if set */
    public Optional<String> targetId() {
        return optional(Field.TARGET_ID);
    }

    /** Builds a {@link PromoteExemptionRequest}. */
    public static final class Builder extends ReviewRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(PromoteExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param approverId the approving user's id (optional; kept from Harness' older description)
         * @return this builder
         */
        public Builder approverId(String approverId) {
            return set(Field.APPROVER_ID, approverId);
        }

        /**
         * @param pipelineId promote to this pipeline of the call's project (sent in the body)
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            return set(Field.PIPELINE_ID, pipelineId);
        }

        /**
         * @param targetId promote to this target of the call's project (sent in the body)
         * @return this builder
         */
        public Builder targetId(String targetId) {
            return set(Field.TARGET_ID, targetId);
        }

        /** @return the request */
        public PromoteExemptionRequest build() {
            return new PromoteExemptionRequest(this);
        }
    }
}
