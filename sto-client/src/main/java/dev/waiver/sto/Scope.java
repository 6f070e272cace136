package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;
import dev.waiver.sto.model.ExemptionScope;
import java.util.Objects;
import java.util.Optional;

/**
 * A Harness scope: the whole account, one organization, or one project of an organization. Sent
 * as the {@code orgId} and {@code projectId} query parameters. Immutable.
 *
 * <p>A client holds a default scope (see {@link StoClient.Builder#orgId(String)}); a request can
 * replace it with {@link ScopedRequestBuilder#scope(Scope)} or override one part of it.
 */
public final class Scope {

    private static final Scope ACCOUNT = new Scope(null, null);

    private final String orgId;
    private final String projectId;

    private Scope(String orgId, String projectId) {
        this.orgId = orgId;
        this.projectId = projectId;
    }

    /** @return the account scope: neither {@code orgId} nor {@code projectId} is sent */
    public static Scope account() {
        return ACCOUNT;
    }

    /**
     * @param orgId the organization's identifier
     * @return the scope of one organization
     * @throws IllegalArgumentException if {@code orgId} is {@code null} or blank
     */
    public static Scope org(String orgId) {
        return new Scope(Checks.required(orgId, "orgId"), null);
    }

    /**
     * @param orgId     the organization's identifier
     * @param projectId the project's identifier within that organization
     * @return the scope of one project
     * @throws IllegalArgumentException if either is {@code null} or blank
     */
    public static Scope project(String orgId, String projectId) {
        return new Scope(Checks.required(orgId, "orgId"), Checks.required(projectId, "projectId"));
    }

    /**
     * A scope from optional parts, as a builder collects them.
     *
     * @param orgId     the organization, or {@code null}
     * @param projectId the project, or {@code null}
     * @return the scope
     * @throws IllegalArgumentException if a part is blank, or a project is given without organization
     */
    static Scope of(String orgId, String projectId) {
        Checks.notBlank(orgId, "orgId");
        Checks.notBlank(projectId, "projectId");
        if (projectId != null && orgId == null) {
            throw new IllegalArgumentException("projectId needs orgId: a project is identified within its organization;"
                    + " set orgId as well");
        }
        return orgId == null ? ACCOUNT : new Scope(orgId, projectId);
    }

    /** @return the organization, if the scope is an organization or a project */
    public Optional<String> orgId() {
        return Optional.ofNullable(orgId);
    }

    /** @return the project, if the scope is a project */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** @return {@link ExemptionScope#ACCOUNT}, {@link ExemptionScope#ORG} or {@link ExemptionScope#PROJECT} */
    public ExemptionScope level() {
        return projectId != null ? ExemptionScope.PROJECT : orgId != null ? ExemptionScope.ORG : ExemptionScope.ACCOUNT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && Objects.equals(orgId, s.orgId) && Objects.equals(projectId, s.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orgId, projectId);
    }

    @Override
    public String toString() {
        return "Scope{" + level() + (orgId == null ? "" : ", orgId=" + orgId)
                + (projectId == null ? "" : ", projectId=" + projectId) + '}';
    }
}
