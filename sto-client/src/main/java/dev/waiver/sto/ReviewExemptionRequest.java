package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Approves or rejects an exemption ({@code PUT /sto/api/v2/exemptions/{id}/approve} or
 * {@code .../reject}) at its own scope. Immutable.
 *
 * <p>Only {@code id} is required. The body is the one Harness' newer description declares:
 * {@code comment} and {@code pendingChangesOverride} ({@code durationDaysOverride} replaces the
 * requested duration, any value); the reviewer is the caller, so no reviewer id is sent.
 */
public final class ReviewExemptionRequest {

    private final ScopeChoice scope;
    private final String id;
    private final String comment;
    private final Long durationDaysOverride;

    private ReviewExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.id = Checks.required(b.id, "id");
        this.comment = b.comment;
        this.durationDaysOverride = b.durationDaysOverride;
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

    /** @return the review comment, or {@code null} */
    public String comment() {
        return comment;
    }

    /** @return the duration in days replacing the requested one, or {@code null} */
    public Long durationDaysOverride() {
        return durationDaysOverride;
    }

    /** Builds a {@link ReviewExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String id;
        private String comment;
        private Long durationDaysOverride;

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
         * @param comment a comment kept with the review
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
         * @return the request
         * @throws IllegalArgumentException if {@code id} is missing or a field breaks its rule
         */
        public ReviewExemptionRequest build() {
            return new ReviewExemptionRequest(this);
        }
    }
}
