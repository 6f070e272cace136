package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;
import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Asks for an exemption of one security issue ({@code POST /sto/api/v2/exemptions}). Immutable.
 *
 * <p>Required: {@code issueId}, {@code type}, {@code reason}, and a project scope (the service
 * requires {@code orgId} and {@code projectId}; the client's default scope applies unless the
 * request says otherwise). The body always carries {@code pendingChanges}, which Harness requires;
 * {@code durationDays} inside it is optional and passed on whatever its value (Harness states no
 * minimum). {@code requesterId} is optional: Harness' newer description names the requester by
 * {@code requesterName}/{@code requesterEmail} only, the older one required it, so it is sent only
 * when set. Narrower scopes: a {@code pipelineId} or a {@code targetId} (not both); a
 * {@code scanId} needs a {@code targetId} and no {@code pipelineId}.
 *
 * <pre>{@code
 * sto.exemptions().create(r -> r.issueId("abcdef1234567890ghijkl")
 *         .type(ExemptionType.FALSE_POSITIVE)
 *         .reason("Test fixture, never deployed")
 *         .durationDays(30));
 * }</pre>
 */
public final class CreateExemptionRequest {

    private final ScopeChoice scope;
    private final String issueId;
    private final ExemptionType type;
    private final String reason;
    private final String requesterId;
    private final String requesterName;
    private final String requesterEmail;
    private final Long durationDays;
    private final Instant expiration;
    private final String link;
    private final Boolean exemptFutureOccurrences;
    private final List<Long> occurrences;
    private final String pipelineId;
    private final String targetId;
    private final String scanId;
    private final String search;

    private CreateExemptionRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.issueId = Checks.required(b.issueId, "issueId");
        this.type = Checks.required(b.type, "type");
        this.reason = Checks.required(b.reason, "reason");
        this.requesterId = Checks.notBlank(b.requesterId, "requesterId");
        this.durationDays = b.durationDays;
        this.requesterName = b.requesterName;
        this.requesterEmail = b.requesterEmail;
        this.expiration = b.expiration;
        this.link = b.link;
        this.exemptFutureOccurrences = b.exemptFutureOccurrences;
        Checks.noNulls(b.occurrences, "occurrences");
        this.occurrences = b.occurrences == null ? null : List.copyOf(b.occurrences);
        this.pipelineId = Checks.notBlank(b.pipelineId, "pipelineId");
        this.targetId = Checks.notBlank(b.targetId, "targetId");
        this.scanId = Checks.notBlank(b.scanId, "scanId");
        this.search = b.search;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    ScopeChoice scope() {
        return scope;
    }

    /** @return the issue to exempt */
    public String issueId() {
        return issueId;
    }

    /** @return why the issue is exempted */
    public ExemptionType type() {
        return type;
    }

    /** @return the justification */
    public String reason() {
        return reason;
    }

    /** @return the requesting user's id, or {@code null} */
    public String requesterId() {
        return requesterId;
    }

    /** @return the requesting user's name, or {@code null} */
    public String requesterName() {
        return requesterName;
    }

    /** @return the requesting user's email, or {@code null} */
    public String requesterEmail() {
        return requesterEmail;
    }

    /** @return how many days the issue is to be exempted for, or {@code null} to leave it to the service */
    public Long durationDays() {
        return durationDays;
    }

    /** @return when the exemption expires, or {@code null} */
    public Instant expiration() {
        return expiration;
    }

    /** @return a link to a related ticket, or {@code null} */
    public String link() {
        return link;
    }

    /** @return whether future occurrences are exempted too, or {@code null} for the service's default (yes) */
    public Boolean exemptFutureOccurrences() {
        return exemptFutureOccurrences;
    }

    /** @return the occurrence ids to exempt, or {@code null} for the whole issue */
    public List<Long> occurrences() {
        return occurrences;
    }

    /** @return the pipeline the exemption applies to, or {@code null} */
    public String pipelineId() {
        return pipelineId;
    }

    /** @return the target the exemption applies to, or {@code null} */
    public String targetId() {
        return targetId;
    }

    /** @return the scan whose occurrences are exempted, or {@code null} */
    public String scanId() {
        return scanId;
    }

    /** @return the search that selects occurrences, or {@code null} */
    public String search() {
        return search;
    }

    /** Builds a {@link CreateExemptionRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private String issueId;
        private ExemptionType type;
        private String reason;
        private String requesterId;
        private String requesterName;
        private String requesterEmail;
        private Long durationDays;
        private Instant expiration;
        private String link;
        private Boolean exemptFutureOccurrences;
        private List<Long> occurrences;
        private String pipelineId;
        private String targetId;
        private String scanId;
        private String search;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param issueId the issue to exempt (required)
         * @return this builder
         */
        public Builder issueId(String issueId) {
            this.issueId = issueId;
            return this;
        }

        /**
         * @param type why the issue is exempted (required)
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
         * @param requesterId the requesting user's id (optional; kept from Harness' older description)
         * @return this builder
         */
        public Builder requesterId(String requesterId) {
            this.requesterId = requesterId;
            return this;
        }

        /**
         * @param requesterName the requesting user's name
         * @return this builder
         */
        public Builder requesterName(String requesterName) {
            this.requesterName = requesterName;
            return this;
        }

        /**
         * @param requesterEmail the requesting user's email
         * @return this builder
         */
        public Builder requesterEmail(String requesterEmail) {
            this.requesterEmail = requesterEmail;
            return this;
        }

        /**
         * @param durationDays how many days the issue is to be exempted for (sent as
         *                     {@code pendingChanges.durationDays}; Harness states no minimum)
         * @return this builder
         */
        public Builder durationDays(long durationDays) {
            this.durationDays = durationDays;
            return this;
        }

        /**
         * @param expiration when the exemption expires
         * @return this builder
         */
        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * @param link a link to a related ticket
         * @return this builder
         */
        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /**
         * @param exempt whether future occurrences of the issue are exempted too (service default: yes)
         * @return this builder
         */
        public Builder exemptFutureOccurrences(boolean exempt) {
            this.exemptFutureOccurrences = exempt;
            return this;
        }

        /**
         * @param occurrences the occurrence ids to exempt instead of the whole issue
         * @return this builder
         */
        public Builder occurrences(List<Long> occurrences) {
            this.occurrences = occurrences == null ? null : new ArrayList<>(occurrences);
            return this;
        }

        /**
         * @param occurrences the occurrence ids to exempt instead of the whole issue
         * @return this builder
         */
        public Builder occurrences(Long... occurrences) {
            return occurrences(List.of(Objects.requireNonNull(occurrences, "occurrences")));
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
         * @param scanId the scan whose occurrences are exempted; needs {@code targetId}
         * @return this builder
         */
        public Builder scanId(String scanId) {
            this.scanId = scanId;
            return this;
        }

        /**
         * @param search a search that selects the occurrences to exempt, for example {@code CWE-123,5}
         * @return this builder
         */
        public Builder search(String search) {
            this.search = search;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if a required field is missing or blank, or a field breaks its rule
         */
        public CreateExemptionRequest build() {
            return new CreateExemptionRequest(this);
        }
    }
}
