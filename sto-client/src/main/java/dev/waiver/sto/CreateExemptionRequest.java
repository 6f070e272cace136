package dev.waiver.sto;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for an exemption of one security issue ({@code POST /sto/api/v2/exemptions}). Immutable;
 * {@code equals}, {@code hashCode} and {@code toString} cover every field set.
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
public final class CreateExemptionRequest extends ExemptionDetailsRequest {

    private CreateExemptionRequest(Builder builder) {
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

    /** @return the issue to exempt */
    public String issueId() {
        return value(Field.ISSUE_ID);
    }

    /** @return the requesting user's id, if set (kept from Harness' older description) */
    public Optional<String> requesterId() {
        return optional(Field.REQUESTER_ID);
    }

    /** @return whether future occurrences are exempted too, if set (the service's default: yes) */
    public Optional<Boolean> exemptFutureOccurrences() {
        return optional(Field.EXEMPT_FUTURE_OCCURRENCES);
    }

    /** @return the occurrence ids to exempt; empty for the whole issue. Unmodifiable */
    public List<Long> occurrences() {
        return optional(Field.OCCURRENCES).orElse(List.of());
    }

    /** @return the pipeline the exemption applies to, if set */
    public Optional<String> pipelineId() {
        return optional(Field.PIPELINE_ID);
    }

    /** @return the target the exemption applies to, if set */
    public Optional<String> targetId() {
        return optional(Field.TARGET_ID);
    }

    /** @return the scan whose occurrences are exempted, if set */
    public Optional<String> scanId() {
        return optional(Field.SCAN_ID);
    }

    /** @return the search that selects occurrences, if set */
    public Optional<String> search() {
        return optional(Field.SEARCH);
    }

    /** Builds a {@link CreateExemptionRequest}. */
    public static final class Builder extends ExemptionDetailsBuilder<Builder> {

        private Builder() {
        }

        private Builder(CreateExemptionRequest request) {
            super(request);
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
            return set(Field.ISSUE_ID, issueId);
        }

        /**
         * @param requesterId the requesting user's id (optional; kept from Harness' older description)
         * @return this builder
         */
        public Builder requesterId(String requesterId) {
            return set(Field.REQUESTER_ID, requesterId);
        }

        /**
         * @param exempt whether future occurrences of the issue are exempted too (service default: yes)
         * @return this builder
         */
        public Builder exemptFutureOccurrences(boolean exempt) {
            return set(Field.EXEMPT_FUTURE_OCCURRENCES, exempt);
        }

        /**
         * @param occurrences the occurrence ids to exempt instead of the whole issue; {@code null} or
         *                    empty for the whole issue
         * @return this builder
         * @throws IllegalArgumentException if an entry is {@code null}
         */
        public Builder occurrences(List<Long> occurrences) {
            return set(Field.OCCURRENCES, listOf(occurrences, "occurrences"));
        }

        /**
         * @param occurrences the occurrence ids to exempt instead of the whole issue
         * @return this builder
         * @throws IllegalArgumentException if an entry is {@code null}
         */
        public Builder occurrences(Long... occurrences) {
            return occurrences(Arrays.asList(Objects.requireNonNull(occurrences, "occurrences")));
        }

        /**
         * @param pipelineId the pipeline the exemption applies to; excludes {@code targetId}
         * @return this builder
         */
        public Builder pipelineId(String pipelineId) {
            return set(Field.PIPELINE_ID, pipelineId);
        }

        /**
         * @param targetId the target the exemption applies to; excludes {@code pipelineId}
         * @return this builder
         */
        public Builder targetId(String targetId) {
            return set(Field.TARGET_ID, targetId);
        }

        /**
         * @param scanId the scan whose occurrences are exempted; needs {@code targetId}
         * @return this builder
         */
        public Builder scanId(String scanId) {
            return set(Field.SCAN_ID, scanId);
        }

        /**
         * @param search a search that selects the occurrences to exempt, for example {@code CWE-123,5}
         * @return this builder
         */
        public Builder search(String search) {
            return set(Field.SEARCH, search);
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code issueId}, {@code type} or {@code reason} is missing
         */
        public CreateExemptionRequest build() {
            require(Field.ISSUE_ID, Field.TYPE, Field.REASON);
            return new CreateExemptionRequest(this);
        }
    }
}
