package dev.waiver.sto;

/**
 * Rejects an exemption ({@code PUT /sto/api/v2/exemptions/{id}/reject}); the
 * exemption's id is the first argument of {@link Exemptions#reject(String, RejectExemptionRequest)}.
 * Immutable; {@code equals}, {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>Nothing is required. The body is the one Harness' newer description declares: {@code comment}
 * and {@code pendingChangesOverride}; the reviewer is the caller, so no reviewer id is sent.
 */
public final class RejectExemptionRequest extends ReviewRequest {

    private RejectExemptionRequest(Builder builder) {
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

    /** Builds an {@link RejectExemptionRequest}. */
    public static final class Builder extends ReviewRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(RejectExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @return the request */
        public RejectExemptionRequest build() {
            return new RejectExemptionRequest(this);
        }
    }
}
