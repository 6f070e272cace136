package dev.waiver.sto;

/**
 * What every request builder offers to choose the Harness scope of one call. Without these, a
 * call uses the client's default scope ({@link StoClient.Builder#orgId(String)},
 * {@link StoClient.Builder#projectId(String)}).
 *
 * <p>{@link #scope(Scope)} replaces the default scope as a whole; {@link #orgId(String)} and
 * {@link #projectId(String)} then override one part of whichever scope applies. For example, with a
 * client default of project {@code p} in organization {@code o}: {@code scope(Scope.account())}
 * sends neither; {@code scope(Scope.org("o"))} sends {@code orgId=o} only; {@code projectId("q")}
 * sends {@code orgId=o&projectId=q}.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class ScopedRequestBuilder<B extends ScopedRequestBuilder<B>> {

    private Scope scope;
    private String orgId;
    private String projectId;

    /** For the request builders of this package. */
    ScopedRequestBuilder() {
    }

    /** @return this builder as its concrete type */
    abstract B self();

    /**
     * Replaces the client's default scope for this call.
     *
     * @param scope the scope, for example {@code Scope.account()}
     * @return this builder
     */
    public B scope(Scope scope) {
        this.scope = java.util.Objects.requireNonNull(scope, "scope");
        return self();
    }

    /**
     * Overrides the organization for this call.
     *
     * @param orgId the organization's identifier; {@code null} removes an earlier override
     * @return this builder
     */
    public B orgId(String orgId) {
        this.orgId = orgId;
        return self();
    }

    /**
     * Overrides the project for this call. A project needs an organization, from the client's default
     * scope or from {@link #orgId(String)}.
     *
     * @param projectId the project's identifier; {@code null} removes an earlier override
     * @return this builder
     */
    public B projectId(String projectId) {
        this.projectId = projectId;
        return self();
    }

    /** @return the scope choice collected so far */
    ScopeChoice scopeChoice() {
        return new ScopeChoice(scope, orgId, projectId);
    }
}
