package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Reads the exemption of one issue: the highest-priority exemption across all scopes (account,
 * organization, project) ({@code GET /sto/api/v2/exemptions/issue/{issueId}}). Immutable.
 *
 * <p>Required: {@code issueId}. The call's scope ({@code orgId}, {@code projectId}) is the
 * client's default unless the request says otherwise.
 */
public final class IssueExemptionRequest {

    private final ScopeChoice scope;
    private final String issueId;

    private IssueExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.issueId = Checks.required(b.issueId, "issueId");
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

    /** Builds an {@link IssueExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String issueId;

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
         * @return the request
         * @throws IllegalArgumentException if {@code issueId} is missing or blank
         */
        public IssueExemptionRequest build() {
            return new IssueExemptionRequest(this);
        }
    }
}
