package dev.waiver.sto;

import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fields that describe an exemption asked for or changed: type, reason, duration, expiration,
 * link and requester. Shared by {@link CreateExemptionRequest}, {@link BulkCreateExemptionsRequest}
 * and {@link UpdateExemptionRequest}; {@code type} and {@code reason} are required by all three.
 */
abstract class ExemptionDetailsRequest extends ScopedRequest {

    ExemptionDetailsRequest(ExemptionDetailsBuilder<?> builder) {
        super(builder);
    }

    /** @return why the issue is exempted */
    public ExemptionType type() {
        return value(Field.TYPE);
    }

    /** @return the justification */
    public String reason() {
        return value(Field.REASON);
    }

    /**
     * @return how many days the issue is to be exempted for (sent as {@code pendingChanges.durationDays}),
     *         if set
     */
    public OptionalLong durationDays() {
        return optionalLong(Field.DURATION_DAYS);
    }

    /** @return when the exemption expires, if set */
    public Optional<Instant> expiration() {
        return optional(Field.EXPIRATION);
    }

    /** @return a link to a related ticket, if set */
    public Optional<String> link() {
        return optional(Field.LINK);
    }

    /** @return the requesting user's name, if set */
    public Optional<String> requesterName() {
        return optional(Field.REQUESTER_NAME);
    }

    /** @return the requesting user's email, if set */
    public Optional<String> requesterEmail() {
        return optional(Field.REQUESTER_EMAIL);
    }
}
