package dev.waiver.sto;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.sto.model.ExemptionScopeLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in a Harness account a call applies: the whole account, one organization, or one project
 * of an organization. Sent as the {@code orgId} and {@code projectId} query parameters. Immutable.
 *
 * <p>A client holds a default (see {@link StoClient#defaultScope()}); a request replaces it with
 * {@code .scope(HarnessScope)} or overrides one part of it with {@code .orgId(...)} or
 * {@code .projectId(...)}.
 */
public final class HarnessScope {

    private static final HarnessScope ACCOUNT = new HarnessScope(null, null);
    private static final RequestChecks CHECK = RequestChecks.named("HarnessScope");

    private final String orgId;
    private final String projectId;

    private HarnessScope(String orgId, String projectId) {
        this.orgId = orgId;
        this.projectId = projectId;
    }

    /** @return the account scope: neither {@code orgId} nor {@code projectId} is sent */
    public static HarnessScope account() {
        return ACCOUNT;
    }

    /**
     * @param orgId the organization's identifier
     * @return the scope of one organization
     * @throws IllegalArgumentException if {@code orgId} is {@code null}
     */
    public static HarnessScope org(String orgId) {
        return new HarnessScope(required(orgId, "orgId"), null);
    }

    /**
     * @param orgId     the organization's identifier
     * @param projectId the project's identifier within that organization
     * @return the scope of one project
     * @throws IllegalArgumentException if either is {@code null}
     */
    public static HarnessScope project(String orgId, String projectId) {
        return new HarnessScope(required(orgId, "orgId"), required(projectId, "projectId"));
    }

    /**
     * A scope from optional parts, as a builder collects them.
     *
     * @param orgId     the organization, or {@code null}
     * @param projectId the project, or {@code null}
     * @return the scope
     * @throws IllegalArgumentException if a project is given without organization (Harness: "You must
     *                                  also specify orgId")
     */
    static HarnessScope of(String orgId, String projectId) {
        return of(orgId, projectId, null);
    }

    /**
     * @param orgId     the organization, or {@code null}
     * @param projectId the project, or {@code null}
     * @param checks    the checks of the request that names them, for messages; {@code null} for a client
     *                  builder's default scope
     * @return the scope
     * @throws IllegalArgumentException if a project is given without organization
     */
    static HarnessScope of(String orgId, String projectId, RequestChecks checks) {
        if (projectId != null && orgId == null) {
            String rule = "needs orgId: a project is identified within its organization; set orgId as well";
            throw checks == null ? new IllegalArgumentException("projectId " + rule) : checks.violation("projectId", rule);
        }
        return orgId == null ? ACCOUNT : new HarnessScope(orgId, projectId);
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw CHECK.violation(field, "is required: pass the identifier");
        }
        return value;
    }

    /** @return the organization, if the scope is an organization or a project */
    public Optional<String> orgId() {
        return Optional.ofNullable(orgId);
    }

    /** @return the project, if the scope is a project */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /**
     * @return {@link ExemptionScopeLevel#ACCOUNT}, {@link ExemptionScopeLevel#ORG} or
     *         {@link ExemptionScopeLevel#PROJECT}
     */
    public ExemptionScopeLevel level() {
        return projectId != null ? ExemptionScopeLevel.PROJECT
                : orgId != null ? ExemptionScopeLevel.ORG : ExemptionScopeLevel.ACCOUNT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HarnessScope s && Objects.equals(orgId, s.orgId) && Objects.equals(projectId, s.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orgId, projectId);
    }

    @Override
    public String toString() {
        return "HarnessScope{" + level() + (orgId == null ? "" : ", orgId=" + orgId)
                + (projectId == null ? "" : ", projectId=" + projectId) + '}';
    }
}
