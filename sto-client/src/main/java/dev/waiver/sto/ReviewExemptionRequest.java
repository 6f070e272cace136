package dev.waiver.sto;

/**
 * A reviewer's decision on an exemption at its own scope: the request of both
 * {@link Exemptions#approve(String, ReviewExemptionRequest)} ({@code PUT /sto/api/v2/exemptions/{id}/approve})
 * and {@link Exemptions#reject(String, ReviewExemptionRequest)} ({@code .../reject}) — Harness describes the two
 * as one operation with one body, and the exemption's id is the call's first argument. Immutable;
 * {@code equals}, {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>Nothing is required. The body is the one Harness' newer description declares: {@code comment}
 * and {@code pendingChangesOverride}; the reviewer is the caller, so no reviewer id is sent. To
 * approve at another scope, see {@link PromoteExemptionRequest}.
 */
public final class ReviewExemptionRequest extends ReviewRequest {

    private ReviewExemptionRequest(Builder builder) {
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

    /** Builds an {@link ReviewExemptionRequest}. */
    public static final class Builder extends ReviewRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(ReviewExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @return the request */
        public ReviewExemptionRequest build() {
            return new ReviewExemptionRequest(this);
        }
    }
}
