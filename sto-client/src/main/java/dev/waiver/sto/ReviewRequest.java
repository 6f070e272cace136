package dev.waiver.sto;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fields of a reviewer's decision on an exemption: a comment and a duration replacing the
 * requested one. Shared by {@link ReviewExemptionRequest} (approve and reject) and
 * {@link PromoteExemptionRequest}; none is required.
 */
abstract class ReviewRequest extends ScopedRequest {

    ReviewRequest(ReviewRequestBuilder<?> builder) {
        super(builder);
    }

    /** @return the reviewer's comment, if set */
    public Optional<String> comment() {
        return optional(Field.COMMENT);
    }

    /**
     * @return the duration in days replacing the requested one (sent as
     *         {@code pendingChangesOverride.durationDays}), if set
     */
    public OptionalLong durationDaysOverride() {
        return optionalLong(Field.DURATION_DAYS_OVERRIDE);
    }
}
