package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionScope;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.Objects;

/**
 * Changes an exemption ({@code PUT /sto/api/v2/exemptions/{id}}). Immutable.
 *
 * <p>Harness' description makes this a whole update: {@code type} and {@code reason} are required
 * and the body always carries {@code pendingChanges} (with {@code durationDays} only when set, any
 * value: Harness states no minimum). The other fields are sent only when set. A {@code pipelineId}
 * and a {@code targetId} exclude each other, and a {@code pipelineId} needs a project scope (both
 * stated by Harness). To change one field of an existing exemption, start from
 * {@link Builder#from(dev.waiver.sto.model.Exemption)}.
 */
public final class UpdateExemptionRequest {

    private final ScopeChoice scope;
    private final String id;
    private final ExemptionType type;
    private final String reason;
    private final Long durationDays;
    private final Instant expiration;
    private final String link;
    private final String requesterName;
    private final String requesterEmail;
    private final String pipelineId;
    private final String targetId;

    private UpdateExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.id = Checks.required(b.id, "id");
        this.type = Checks.required(b.type, "type");
        this.reason = Checks.required(b.reason, "reason");
        this.durationDays = b.durationDays;
        this.expiration = b.expiration;
        this.link = b.link;
        this.requesterName = b.requesterName;
        this.requesterEmail = b.requesterEmail;
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

    /** @return the type (required by Harness on every update) */
    public ExemptionType type() {
        return type;
    }

    /** @return the justification (required by Harness on every update) */
    public String reason() {
        return reason;
    }

    /** @return the new duration in days, or {@code null} to leave it */
    public Long durationDays() {
        return durationDays;
    }

    /** @return the new expiration, or {@code null} to leave it */
    public Instant expiration() {
        return expiration;
    }

    /** @return the new ticket link, or {@code null} to leave it */
    public String link() {
        return link;
    }

    /** @return the new requester name, or {@code null} to leave it */
    public String requesterName() {
        return requesterName;
    }

    /** @return the new requester email, or {@code null} to leave it */
    public String requesterEmail() {
        return requesterEmail;
    }

    /** @return the new pipeline, or {@code null} to leave it */
    public String pipelineId() {
        return pipelineId;
    }

    /** @return the new target, or {@code null} to leave it */
    public String targetId() {
        return targetId;
    }

    /** Builds an {@link UpdateExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String id;
        private ExemptionType type;
        private String reason;
        private Long durationDays;
        private Instant expiration;
        private String link;
        private String requesterName;
        private String requesterEmail;
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
         * @param type the type (required)
         * @return this builder
         */
        public Builder type(ExemptionType type) {
            this.type = type;
            return this;
        }

        /**
         * @param reason the justification (required)
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * @param durationDays the new duration in days, any value (sent as {@code pendingChanges.durationDays})
         * @return this builder
         */
        public Builder durationDays(long durationDays) {
            this.durationDays = durationDays;
            return this;
        }

        /**
         * @param expiration the new expiration
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * @param link the new ticket link
         * @return this builder
         */
        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /**
         * @param requesterName the new requester name
         * @return this builder
         */
        public Builder requesterName(String requesterName) {
            this.requesterName = requesterName;
            return this;
        }

        /**
         * @param requesterEmail the new requester email
         * @return this builder
         */
        public Builder requesterEmail(String requesterEmail) {
            this.requesterEmail = requesterEmail;
            return this;
        }

        /**
         * @param pipelineId the pipeline the exemption applies to; excludes {@code targetId}
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            this.pipelineId = pipelineId;
            return this;
        }

        /**
         * @param targetId the target the exemption applies to; excludes {@code pipelineId}
         * @return this builder
         */
        public Builder targetId(String targetId) {
            this.targetId = targetId;
            return this;
        }

        /**
         * Starts from an exemption as read, so that a call changes only what it sets afterwards:
         * copies its id, type, reason, pending duration, expiration, link, requester name and email,
         * and its pipeline or target when the exemption is scoped to one. The query scope (org,
         * project) stays the client's default unless set on this builder.
         *
         * @param current the exemption as last read
         * @return this builder
         */
        public Builder from(Exemption current) {
            Objects.requireNonNull(current, "current");
            this.id = current.getId();
            this.type = current.getType();
            this.reason = current.getReason();
            this.durationDays = current.getPendingChanges() == null ? null
                    : current.getPendingChanges().getDurationDays();
            this.expiration = current.getExpiration();
            this.link = current.getLink();
            this.requesterName = current.getRequesterName();
            this.requesterEmail = current.getRequesterEmail();
            // A read exemption names the pipeline and target its issue was found in whatever its
            // scope; the update takes the one that scopes it (Harness: "cannot be specified alongside").
            this.pipelineId = ExemptionScope.PIPELINE.equals(current.getScope()) ? current.getPipelineId() : null;
            this.targetId = ExemptionScope.TARGET.equals(current.getScope()) ? current.getTargetId() : null;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code id}, {@code type} or {@code reason} is missing, or a field
         *                                  breaks its rule
         */
        public UpdateExemptionRequest build() {
            return new UpdateExemptionRequest(this);
        }
    }
}
