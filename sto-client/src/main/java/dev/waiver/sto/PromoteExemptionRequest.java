package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Approves an exemption at another scope than the one it was requested at
 * ({@code PUT /sto/api/v2/exemptions/{id}/promote}). Immutable.
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
 * {@code .scope(Scope.org("..."))} or {@code .scope(Scope.account())}. {@code pipelineId} and
 * {@code targetId} are sent in the body only, as both of Harness' descriptions declare (and
 * Harness' own MCP server does); Harness' promote body states no rule tying them to a scope, so the
 * service decides.
 *
 * <p>Required: {@code id}. {@code approverId} is optional: Harness' newer description takes the
 * caller as the approver, the older one (and seed 000) required it, so it is sent only when set.
 */
public final class PromoteExemptionRequest {

    private final ScopeChoice scope;
    private final String id;
    private final String approverId;
    private final String comment;
    private final Long durationDaysOverride;
    private final String pipelineId;
    private final String targetId;

    private PromoteExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.id = Checks.required(b.id, "id");
        this.approverId = Checks.notBlank(b.approverId, "approverId");
        this.comment = b.comment;
        this.durationDaysOverride = b.durationDaysOverride;
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

    /** @return the exemption's id */
    public String id() {
        return id;
    }

    /** @return the approving user's id, or {@code null} */
    public String approverId() {
        return approverId;
    }

    /** @return the approval comment, or {@code null} */
    public String comment() {
        return comment;
    }

    /** @return the duration in days replacing the requested one, or {@code null} */
    public Long durationDaysOverride() {
        return durationDaysOverride;
    }

    /** @return the pipeline promoted to, or {@code null} */
    public String pipelineId() {
        return pipelineId;
    }

    /** @return the target promoted to, or {@code null} */
    public String targetId() {
        return targetId;
    }

    /** Builds a {@link PromoteExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String id;
        private String approverId;
        private String comment;
        private Long durationDaysOverride;
        private String pipelineId;
        private String targetId;

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
         * @param approverId the approving user's id (optional; kept from Harness' older description)
         * @return this builder
         */
        public Builder approverId(String approverId) {
            this.approverId = approverId;
            return this;
        }

        /**
         * @param comment a comment kept with the approval
         * @return this builder
         */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * @param days the duration to grant instead of the requested one (Harness states no minimum)
         * @return this builder
         */
        public Builder durationDaysOverride(long days) {
            this.durationDaysOverride = days;
            return this;
        }

        /**
         * @param pipelineId promote to this pipeline of the call's project (sent in the body)
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            this.pipelineId = pipelineId;
            return this;
        }

        /**
         * @param targetId promote to this target of the call's project (sent in the body)
         * @return this builder
         */
        public Builder targetId(String targetId) {
            this.targetId = targetId;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code id} is missing or a field is blank
         */
        public PromoteExemptionRequest build() {
            return new PromoteExemptionRequest(this);
        }
    }
}
