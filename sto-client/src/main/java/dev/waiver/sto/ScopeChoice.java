package dev.waiver.sto;

/**
 * What one request says about its scope, resolved against the client's default at call time.
 *
 * @param replacement a scope replacing the client's default, or {@code null}
 * @param orgId       an organization overriding the applicable scope's, or {@code null}
 * @param projectId   a project overriding the applicable scope's, or {@code null}
 */
record ScopeChoice(Scope replacement, String orgId, String projectId) {

    /** The choice of a request that says nothing: the client's default applies. */
    static final ScopeChoice DEFAULT = new ScopeChoice(null, null, null);

    /**
     * @param clientDefault the client's default scope
     * @return the scope of the call
     * @throws IllegalArgumentException if an override is blank, or a project ends up without organization
     */
    Scope resolve(Scope clientDefault) {
        Scope base = replacement != null ? replacement : clientDefault;
        return Scope.of(orgId != null ? orgId : base.orgId().orElse(null),
                projectId != null ? projectId : base.projectId().orElse(null));
    }
}
