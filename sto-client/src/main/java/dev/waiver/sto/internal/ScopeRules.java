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
     * @param field      how the caller names the field group, for example {@code ""} or {@code "items[2]."}
     * @param orgId      the call's organization, or {@code null}
     * @param projectId  the call's project, or {@code null}
     * @param pipelineId the pipeline, or {@code null}
     * @param targetId   the target, or {@code null}
     * @param scanId     the scan, or {@code null}
     * @throws IllegalArgumentException naming the broken rule
     */
    public static void check(String field, String orgId, String projectId, String pipelineId, String targetId,
                             String scanId) {
        if (targetId != null && pipelineId != null) {
            throw new IllegalArgumentException(field + "targetId cannot be combined with " + field + "pipelineId:"
                    + " an exemption applies to one target or to one pipeline, not both");
        }
        if (pipelineId != null && (projectId == null || orgId == null)) {
            throw new IllegalArgumentException(field + "pipelineId needs projectId and orgId: a pipeline belongs to"
                    + " a project; set them on the client or on the request");
        }
        if (scanId != null) {
            if (pipelineId != null) {
                throw new IllegalArgumentException(field + "scanId cannot be combined with " + field + "pipelineId:"
                        + " a scan's occurrences are exempted for its target");
            }
            if (projectId == null || orgId == null || targetId == null) {
                throw new IllegalArgumentException(field + "scanId needs projectId, orgId and " + field + "targetId:"
                        + " a scan is identified within its project and target");
            }
        }
    }

    /**
     * For calls whose target selects a scope (promote, history): a target lives in a project.
     *
     * @param orgId     the call's organization, or {@code null}
     * @param projectId the call's project, or {@code null}
     * @param targetId  the target, or {@code null}
     * @throws IllegalArgumentException if a target is given without project and organization
     */
    public static void targetNeedsProject(String orgId, String projectId, String targetId) {
        if (targetId != null && (projectId == null || orgId == null)) {
            throw new IllegalArgumentException("targetId needs projectId and orgId: a target belongs to a project;"
                    + " set them on the client or on the request");
        }
    }
}
