package dev.waiver.sto;

/**
 * What every scoped request builder offers to choose the Harness scope of one call. Without these,
 * a call uses the client's default scope ({@link StoClient#defaultScope()}).
 *
 * <p>{@link #scope(HarnessScope)} replaces the default scope as a whole; {@link #orgId(String)} and
 * {@link #projectId(String)} then override one part of whichever scope applies. For example, with a
 * client default of project {@code p} in organization {@code o}: {@code scope(HarnessScope.account())}
 * sends neither; {@code scope(HarnessScope.org("o"))} sends {@code orgId=o} only;
 * {@code projectId("q")} sends {@code orgId=o&projectId=q}.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class ScopedRequestBuilder<B extends ScopedRequestBuilder<B>> extends StoRequestBuilder<B> {

    /** A builder with nothing set. */
    ScopedRequestBuilder() {
    }

    /**
     * @param request the request to start from
     */
    ScopedRequestBuilder(ScopedRequest request) {
        super(request);
    }

    /**
     * Replaces the client's default scope for this call.
     *
     * @param scope the scope, for example {@code HarnessScope.account()}; {@code null} for the client's default
     * @return this builder
     */
    public B scope(HarnessScope scope) {
        return set(Field.SCOPE, scope);
    }

    /**
     * Overrides the organization for this call.
     *
     * @param orgId the organization's identifier; {@code null} removes an earlier override
     * @return this builder
     */
    public B orgId(String orgId) {
        return set(Field.ORG_ID, orgId);
    }

    /**
     * Overrides the project for this call. A project needs an organization, from the applicable scope
     * or from {@link #orgId(String)}.
     *
     * @param projectId the project's identifier; {@code null} removes an earlier override
     * @return this builder
     */
    public B projectId(String projectId) {
        return set(Field.PROJECT_ID, projectId);
    }
}
