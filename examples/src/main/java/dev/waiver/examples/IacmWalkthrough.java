package dev.waiver.examples;

import dev.waiver.iacm.Approvals;
import dev.waiver.iacm.IacmClient;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalDecision;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import java.io.PrintStream;

/**
 * Harness IaCM: open an approval for a pipeline stage, list the project's approvals, approve the
 * new one and read its status back.
 */
public final class IacmWalkthrough {

    /**
     * What the walk-through needs from the account it runs in.
     *
     * @param pipelineExecutionId the pipeline execution waiting for approval
     * @param pipelineStageId     its stage
     * @param workspaceId         the IaCM workspace
     * @param approver            who approves
     */
    public record Inputs(String pipelineExecutionId, String pipelineStageId, String workspaceId, String approver) {
        /** The example data ({@link ExampleData}). */
        public static final Inputs EMBEDDED = new Inputs("kS3tY8bWQe2b5cXx1P0yzA", "apply_prod", "payments_prod",
                "Sam Okafor");
    }

    private IacmWalkthrough() {
    }

    /**
     * Runs the walk-through.
     *
     * @param iacm    the client
     * @param org     the organisation
     * @param project the project
     * @param inputs  ids from the account
     * @param out     where to report
     * @return the approval's final status
     */
    public static ApprovalStatusInfo run(IacmClient iacm, String org, String project, Inputs inputs, PrintStream out) {
        Approvals approvals = iacm.approvals(org, project);
        String id = approvals.create(r -> r.pipelineExecutionId(inputs.pipelineExecutionId())
                .pipelineStageId(inputs.pipelineStageId()).workspaceId(inputs.workspaceId())).id();
        out.printf("IaCM created approval %s for stage %s of workspace %s%n", id, inputs.pipelineStageId(),
                inputs.workspaceId());

        int total = 0;
        int pending = 0;
        for (Approval a : approvals.list(r -> r.limit(3))) {
            total++;
            pending += ApprovalStatus.PENDING.equals(a.status()) ? 1 : 0;
        }
        out.printf("IaCM listed %d approvals in %s/%s, %d pending%n", total, org, project, pending);

        ApprovalDecision decision = approvals.approve(id, r -> r.actionedBy(inputs.approver()));
        ApprovalStatusInfo info = approvals.get(decision.id());
        out.printf("IaCM approval %s is now %s (by %s)%n", decision.id(), info.status(), info.actionedBy().orElse(null));
        return info;
    }
}
