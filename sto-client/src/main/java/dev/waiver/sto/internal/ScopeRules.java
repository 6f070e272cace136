package dev.waiver.sto.internal;

import dev.waiver.core.internal.RequestChecks;

/**
 * The rules Harness' description states that tie an exemption's pipeline, target and scan to its
 * organization and project, checked before a request is sent; every violation names the request,
 * the field and the rule. Not API.
 *
 * <p>Harness' published field descriptions also say "targetId cannot be specified alongside
 * projectId"; taken literally that contradicts the rule that a scanId needs projectId and targetId
 * and the create endpoint's required projectId, so the SDK enforces the consistent reading:
 * a target and a pipeline exclude each other.
 */
public final class ScopeRules {

    private ScopeRules() {
    }

    /**
     * The rules of a create or an update: "You must also specify projectId and orgId" (pipelineId),
     * "Cannot be specified alongside pipelineId" (targetId), "You must also specify projectId, orgId
     * and targetId. Cannot be specified alongside pipelineId" (scanId).
     *
     * @param request    the request's name, for example {@code CreateExemptionRequest}
     * @param orgId      the call's organization, or {@code null}
     * @param projectId  the call's project, or {@code null}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @param scanId     the scan, or {@code null}
     * @throws IllegalArgumentException naming the broken rule
     */
    public static void check(String request, String orgId, String projectId, String pipelineId, String targetId,
                             String scanId) {
        RequestChecks checks = RequestChecks.named(request);
        pipelineOrTarget(checks, "", pipelineId, targetId);
        boolean projectScope = projectId != null && orgId != null;
        if (pipelineId != null && !projectScope) {
            throw checks.violation("pipelineId", "needs projectId and orgId: a pipeline belongs to a project; set"
                    + " them on the client or on the request");
        }
        if (scanId != null && pipelineId != null) {
            throw checks.violation("scanId", "cannot be combined with pipelineId: a scan's occurrences are exempted"
                    + " for its target");
        }
        if (scanId != null && (!projectScope || targetId == null)) {
            throw checks.violation("scanId", "needs projectId, orgId and targetId: a scan is identified within its"
                    + " project and target");
        }
    }

    /**
     * The one rule Harness states for a bulk item ("Cannot be specified alongside targetId").
     *
     * @param request    the request's name
     * @param item       the item's place, for example {@code "items[2]."}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @throws IllegalArgumentException if both are given
     */
    public static void pipelineOrTarget(String request, String item, String pipelineId, String targetId) {
        pipelineOrTarget(RequestChecks.named(request), item, pipelineId, targetId);
    }

    private static void pipelineOrTarget(RequestChecks checks, String item, String pipelineId, String targetId) {
        if (targetId != null && pipelineId != null) {
            throw checks.violation(item + "targetId", "cannot be combined with " + item + "pipelineId: an exemption"
                    + " applies to one target or to one pipeline, not both");
        }
    }

    /**
     * For the issue history and its export, whose {@code pipelineId} and {@code targetId} query
     * parameters Harness describes as "Requires orgId and projectId".
     *
     * @param request    the request's name
     * @param orgId      the call's organization, or {@code null}
     * @param projectId  the call's project, or {@code null}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @throws IllegalArgumentException if either is given without project and organization
     */
    public static void historyFilter(String request, String orgId, String projectId, String pipelineId,
                                     String targetId) {
        boolean projectScope = projectId != null && orgId != null;
        if (pipelineId != null && !projectScope) {
            throw RequestChecks.named(request).violation("pipelineId", "needs projectId and orgId: a pipeline belongs"
                    + " to a project; set them on the client or on the request");
        }
        if (targetId != null && !projectScope) {
            throw RequestChecks.named(request).violation("targetId", "needs projectId and orgId: a target belongs to"
                    + " a project; set them on the client or on the request");
        }
    }
}
