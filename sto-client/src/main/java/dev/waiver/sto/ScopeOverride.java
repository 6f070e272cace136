package dev.waiver.sto;

import dev.waiver.core.internal.RequestChecks;

/**
 * What one request says about its Harness scope, resolved against the client's default scope at
 * call time: a whole scope replacing the default, then an organization or a project overriding one
 * part of whichever scope applies.
 *
 * @param replacement a scope replacing the client's default, or {@code null}
 * @param orgId       an organization overriding the applicable scope's, or {@code null}
 * @param projectId   a project overriding the applicable scope's, or {@code null}
 */
record ScopeOverride(HarnessScope replacement, String orgId, String projectId) {

    /**
     * @param clientDefault the client's default scope
     * @param request       the request's name, for messages
     * @return the scope of the call
     * @throws IllegalArgumentException if a project ends up without an organization
     */
    HarnessScope resolve(HarnessScope clientDefault, String request) {
        HarnessScope base = replacement != null ? replacement : clientDefault;
        String org = orgId != null ? orgId : base.orgId().orElse(null);
        String project = projectId != null ? projectId : base.projectId().orElse(null);
        return HarnessScope.of(org, project, RequestChecks.named(request));
    }
}
