package dev.waiver.sto;

/**
 * Approves an exemption at its own scope ({@code PUT /sto/api/v2/exemptions/{id}/approve}); the
 * exemption's id is the first argument of {@link Exemptions#approve(String, ApproveExemptionRequest)}.
 * Immutable; {@code equals}, {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>Nothing is required. The body is the one Harness' newer description declares: {@code comment}
 * and {@code pendingChangesOverride}; the approver is the caller, so no approver id is sent. To
 * approve at another scope, see {@link PromoteExemptionRequest}.
 */
public final class ApproveExemptionRequest extends ReviewRequest {

    private ApproveExemptionRequest(Builder builder) {
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

    /** Builds an {@link ApproveExemptionRequest}. */
    public static final class Builder extends ReviewRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(ApproveExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @return the request */
        public ApproveExemptionRequest build() {
            return new ApproveExemptionRequest(this);
        }
    }
}
