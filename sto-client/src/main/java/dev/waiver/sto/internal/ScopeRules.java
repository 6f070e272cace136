package dev.waiver.sto.internal;

/**
 * The rules that tie an exemption's pipeline, target and scan to its organization and project,
 * checked before a request is sent. Not API.
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
     * @param request    the request's name, for example {@code CreateExemptionRequest}
     * @param field      how the caller names the field group, for example {@code ""} or {@code "items[2]."}
     * @param orgId      the call's organization, or {@code null}
     * @param projectId  the call's project, or {@code null}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @param scanId     the scan, or {@code null}
     * @throws IllegalArgumentException naming the broken rule
     */
    public static void check(String request, String field, String orgId, String projectId, String pipelineId, String targetId,
                             String scanId) {
        pipelineOrTarget(request, field, pipelineId, targetId);
        if (pipelineId != null && (projectId == null || orgId == null)) {
            throw new IllegalArgumentException(request + ": " + field + "pipelineId needs projectId and orgId: a pipeline belongs to"
                    + " a project; set them on the client or on the request");
        }
        if (scanId != null) {
            if (pipelineId != null) {
                throw new IllegalArgumentException(request + ": " + field + "scanId cannot be combined with " + field + "pipelineId:"
                        + " a scan's occurrences are exempted for its target");
            }
            if (projectId == null || orgId == null || targetId == null) {
                throw new IllegalArgumentException(request + ": " + field + "scanId needs projectId, orgId and " + field + "targetId:"
                        + " a scan is identified within its project and target");
            }
        }
    }

    /**
     * The one rule Harness states for a bulk item ("Cannot be specified alongside targetId"), and
     * part of {@link #check}.
     *
     * @param request    the request's name
     * @param field      how the caller names the field group, for example {@code ""} or {@code "items[2]."}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @throws IllegalArgumentException if both are given
     */
    public static void pipelineOrTarget(String request, String field, String pipelineId, String targetId) {
        if (targetId != null && pipelineId != null) {
            throw new IllegalArgumentException(request + ": " + field + "targetId cannot be combined with " + field + "pipelineId:"
                    + " an exemption applies to one target or to one pipeline, not both");
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
    public static void historyFilter(String request, String orgId, String projectId, String pipelineId, String targetId) {
        boolean projectScope = projectId != null && orgId != null;
        if (pipelineId != null && !projectScope) {
            throw new IllegalArgumentException(request + ": pipelineId needs projectId and orgId: a pipeline belongs to a project;"
                    + " set them on the client or on the request");
        }
        if (targetId != null && !projectScope) {
            throw new IllegalArgumentException(request + ": targetId needs projectId and orgId: a target belongs to a project;"
                    + " set them on the client or on the request");
        }
    }
}
