package dev.waiver.sto;

/**
 * Sets the fields of a reviewer's decision (see {@link ReviewRequest}).
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class ReviewRequestBuilder<B extends ReviewRequestBuilder<B>> extends ScopedRequestBuilder<B> {

    /** A builder with nothing set. */
    ReviewRequestBuilder() {
    }

    /**
     * @param request the request to start from
     */
    ReviewRequestBuilder(ReviewRequest request) {
        super(request);
    }

    /**
     * @param comment a comment kept with the decision (Harness allows up to 1024 characters)
     * @return this builder
     */
    public B comment(String comment) {
        return set(Field.COMMENT, comment);
    }

    /**
     * @param days the duration to grant instead of the requested one, sent as
     *             {@code pendingChangesOverride.durationDays} (Harness states no minimum, so any value is sent)
     * @return this builder
     */
    public B durationDaysOverride(long days) {
        return set(Field.DURATION_DAYS_OVERRIDE, days);
    }
}
