package dev.waiver.sto;

/**
 * The scope of reading the exemption of one issue: the highest-priority exemption across all
 * scopes (account, organization, project) ({@code GET /sto/api/v2/exemptions/issue/{issueId}}); the
 * issue's id is the first argument of {@link Exemptions#getForIssue(String, GetExemptionForIssueRequest)}.
 * Immutable; {@code equals}, {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>Only the call's scope ({@code orgId}, {@code projectId}) can be set; it is the client's default
 * unless the request says otherwise.
 */
public final class GetExemptionForIssueRequest extends ScopedRequest {

    private GetExemptionForIssueRequest(Builder builder) {
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

    /** Builds a {@link GetExemptionForIssueRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(GetExemptionForIssueRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @return the request */
        public GetExemptionForIssueRequest build() {
            return new GetExemptionForIssueRequest(this);
        }
    }
}
