package dev.waiver.sto;

import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionScopeLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes an exemption ({@code PUT /sto/api/v2/exemptions/{id}}); the exemption's id is the first
 * argument of {@link Exemptions#update(String, UpdateExemptionRequest)}. Immutable; {@code equals},
 * {@code hashCode} and {@code toString} cover every field set.
 *
 * <p>Harness' description makes this a whole update: {@code type} and {@code reason} are required
 * and the body always carries {@code pendingChanges} (with {@code durationDays} only when set, any
 * value: Harness states no minimum). The other fields are sent only when set. A {@code pipelineId}
 * and a {@code targetId} exclude each other, and a {@code pipelineId} needs a project scope (both
 * stated by Harness). To change one field of an existing exemption, start from
 * {@link #from(Exemption)}.
 */
public final class UpdateExemptionRequest extends ExemptionDetailsRequest {

    private UpdateExemptionRequest(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts from an exemption as read, so that an update changes only what is set afterwards:
     * copies its type, reason, pending duration, expiration, link, requester name and email, and
     * its pipeline or target when the exemption is scoped to one. The call's scope (org, project)
     * stays the client's default unless set on the builder.
     *
     * @param current the exemption as last read
     * @return a builder holding the exemption's values
     */
    public static Builder from(Exemption current) {
        Objects.requireNonNull(current, "current");
        Builder b = new Builder()
                .type(current.type())
                .reason(current.reason())
                .expiration(current.expiration().orElse(null))
                .link(current.link().orElse(null))
                .requesterName(current.requesterName().orElse(null))
                .requesterEmail(current.requesterEmail().orElse(null));
        if (current.pendingChanges() != null) {
            current.pendingChanges().durationDays().ifPresent(b::durationDays);
        }
        // A read exemption names the pipeline and target its issue was found in whatever its
        // scope; the update takes the one that scopes it (Harness: "cannot be specified alongside").
        ExemptionScopeLevel level = current.scope().orElse(null);
        if (ExemptionScopeLevel.PIPELINE.equals(level)) {
            b.pipelineId(current.pipelineId().orElse(null));
        } else if (ExemptionScopeLevel.TARGET.equals(level)) {
            b.targetId(current.targetId().orElse(null));
        }
        return b;
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the pipeline the exemption is to apply to, if set */
    public Optional<String> pipelineId() {
        return optional(Field.PIPELINE_ID);
    }

    /** @return the target the exemption is to apply to, if set */
    public Optional<String> targetId() {
        return optional(Field.TARGET_ID);
    }

    /** Builds an {@link UpdateExemptionRequest}. */
    public static final class Builder extends ExemptionDetailsBuilder<Builder> {

        private Builder() {
        }

        private Builder(UpdateExemptionRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param pipelineId the pipeline the exemption is to apply to; excludes {@code targetId} and needs a
         *                   project scope
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            return set(Field.PIPELINE_ID, pipelineId);
        }

        /**
         * @param targetId the target the exemption is to apply to; excludes {@code pipelineId}
         * @return this builder
         */
        public Builder targetId(String targetId) {
            return set(Field.TARGET_ID, targetId);
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code type} or {@code reason} is missing
         */
        public UpdateExemptionRequest build() {
            require(Field.TYPE, Field.REASON);
            return new UpdateExemptionRequest(this);
        }
    }
}
