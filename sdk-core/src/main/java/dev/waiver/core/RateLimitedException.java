package dev.waiver.core;

/**
 * The vendor refused the call because a rate or concurrency limit was reached (HTTP 429, or a
 * vendor's own code such as Qualys 1960/1965).
 *
 * <p>The SDK already waited and retried as far as the client's {@link RetryPolicy} allows; this
 * exception means the limit outlasted that. {@link #retryAfter()} tells how long the vendor asked
 * to wait, when it said.
 */
public class RateLimitedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from the vendor's answer.
     *
     * @param error what the vendor said
     */
    public RateLimitedException(ApiError error) {
        super(error);
    }
}
