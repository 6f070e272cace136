package dev.waiver.sto;

import dev.waiver.sto.model.ExemptionType;
import java.time.Instant;

/**
 * Sets the fields that describe an exemption asked for or changed (see {@link ExemptionDetailsRequest}).
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class ExemptionDetailsBuilder<B extends ExemptionDetailsBuilder<B>> extends ScopedRequestBuilder<B> {

    /** A builder with nothing set. */
    ExemptionDetailsBuilder() {
    }

    /**
     * @param request the request to start from
     */
    ExemptionDetailsBuilder(ExemptionDetailsRequest request) {
        super(request);
    }

    /**
     * @param type why the issue is exempted (required)
     * @return this builder
     */
    public B type(ExemptionType type) {
        return set(Field.TYPE, type);
    }

    /**
     * @param reason the justification (required; Harness allows up to 1024 characters)
     * @return this builder
     */
    public B reason(String reason) {
        return set(Field.REASON, reason);
    }

    /**
     * @param durationDays how many days the issue is to be exempted for, sent as
     *                     {@code pendingChanges.durationDays} (Harness states no minimum, so any value is sent)
     * @return this builder
     */
    public B durationDays(long durationDays) {
        return set(Field.DURATION_DAYS, durationDays);
    }

    /**
     * @param expiration when the exemption expires
     * @return this builder
     */
    public B expiration(Instant expiration) {
        return set(Field.EXPIRATION, expiration);
    }

    /**
     * @param link a link to a related ticket
     * @return this builder
     */
    public B link(String link) {
        return set(Field.LINK, link);
    }

    /**
     * @param requesterName the requesting user's name
     * @return this builder
     */
    public B requesterName(String requesterName) {
        return set(Field.REQUESTER_NAME, requesterName);
    }

    /**
     * @param requesterEmail the requesting user's email
     * @return this builder
     */
    public B requesterEmail(String requesterEmail) {
        return set(Field.REQUESTER_EMAIL, requesterEmail);
    }
}
