package dev.waiver.iacm;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Approvals#create(CreateApprovalRequest)} sends: the pipeline execution, stage and
 * workspace an approval belongs to, and optionally its starting status. Immutable.
 *
 * <pre>{@code
 * CreatedApproval created = iacm.approvals("default", "payments").create(r -> r
 *         .pipelineExecutionId("kS3tY8bWQe2b5cXx1P0yzA")
 *         .pipelineStageId("apply_prod")
 *         .workspaceId("payments_prod"));
 * }</pre>
 */
public final class CreateApprovalRequest {

    private static final String NAME = "CreateApprovalRequest";
    private static final RequestChecks CHECK = RequestChecks.of(CreateApprovalRequest.class);

    private final String pipelineExecutionId;
    private final String pipelineStageId;
    private final String workspaceId;
    private final ApprovalStatus status;

    private CreateApprovalRequest(Builder b) {
        this.pipelineExecutionId = CHECK.required(b.pipelineExecutionId, "pipelineExecutionId");
        this.pipelineStageId = CHECK.required(b.pipelineStageId, "pipelineStageId");
        this.workspaceId = CHECK.required(b.workspaceId, "workspaceId");
        this.status = b.status;
    }

    /** @return a builder; {@code pipelineExecutionId}, {@code pipelineStageId} and {@code workspaceId} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().pipelineExecutionId(pipelineExecutionId).pipelineStageId(pipelineStageId)
                .workspaceId(workspaceId).status(status);
    }

    /** @return the pipeline execution that waits on the approval */
    public String pipelineExecutionId() {
        return pipelineExecutionId;
    }

    /** @return the pipeline stage that waits on the approval */
    public String pipelineStageId() {
        return pipelineStageId;
    }

    /** @return the IaCM workspace the approval belongs to */
    public String workspaceId() {
        return workspaceId;
    }

    /** @return the status the approval starts in, if set; IaCM starts it as pending otherwise */
    public Optional<ApprovalStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The JSON body: the required fields, and {@code status} if set. */
    Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pipeline_execution_id", pipelineExecutionId);
        body.put("pipeline_stage_id", pipelineStageId);
        body.put("workspace_id", workspaceId);
        if (status != null) {
            body.put("status", status.value());
        }
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateApprovalRequest r && pipelineExecutionId.equals(r.pipelineExecutionId)
                && pipelineStageId.equals(r.pipelineStageId) && workspaceId.equals(r.workspaceId)
                && Objects.equals(status, r.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pipelineExecutionId, pipelineStageId, workspaceId, status);
    }

    @Override
    public String toString() {
        return NAME + "{pipelineExecutionId=" + pipelineExecutionId + ", pipelineStageId=" + pipelineStageId
                + ", workspaceId=" + workspaceId + ", status=" + status + '}';
    }

    /** Builds a {@link CreateApprovalRequest}; {@code null} leaves a field unset. */
    public static final class Builder {
        private String pipelineExecutionId;
        private String pipelineStageId;
        private String workspaceId;
        private ApprovalStatus status;

        private Builder() {
        }

        /**
         * @param pipelineExecutionId the pipeline execution that waits on the approval; required
         * @return this builder
         */
        public Builder pipelineExecutionId(String pipelineExecutionId) {
            this.pipelineExecutionId = pipelineExecutionId;
            return this;
        }

        /**
         * @param pipelineStageId the pipeline stage that waits on the approval; required
         * @return this builder
         */
        public Builder pipelineStageId(String pipelineStageId) {
            this.pipelineStageId = pipelineStageId;
            return this;
        }

        /**
         * @param workspaceId the IaCM workspace the approval belongs to; required
         * @return this builder
         */
        public Builder workspaceId(String workspaceId) {
            this.workspaceId = workspaceId;
            return this;
        }

        /**
         * @param status the status to start in; unset (the default), IaCM starts it as pending
         * @return this builder
         */
        public Builder status(ApprovalStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code pipelineExecutionId}, {@code pipelineStageId} or
         *                                  {@code workspaceId} is missing
         */
        public CreateApprovalRequest build() {
            return new CreateApprovalRequest(this);
        }
    }
}
