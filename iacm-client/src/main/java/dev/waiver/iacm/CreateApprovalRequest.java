package dev.waiver.iacm;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.waiver.iacm.internal.Checks;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.Objects;

/**
 * What {@link Approvals#create(CreateApprovalRequest)} sends: the pipeline execution, stage and
 * workspace an approval belongs to, and its starting status. Immutable.
 *
 * <pre>{@code
 * String id = iacm.approvals("default", "payments").create(r -> r
 *         .pipelineExecutionId("kS3tY8bWQe2b5cXx1P0yzA")
 *         .pipelineStageId("apply_prod")
 *         .workspaceId("payments_prod"));
 * }</pre>
 */
@JsonPropertyOrder({"pipeline_execution_id", "pipeline_stage_id", "workspace_id", "status"})
public final class CreateApprovalRequest {

    private final String pipelineExecutionId;
    private final String pipelineStageId;
    private final String workspaceId;
    private final ApprovalStatus status;

    private CreateApprovalRequest(Builder b) {
        this.pipelineExecutionId = Checks.requiredText(b.pipelineExecutionId, "pipelineExecutionId");
        this.pipelineStageId = Checks.requiredText(b.pipelineStageId, "pipelineStageId");
        this.workspaceId = Checks.requiredText(b.workspaceId, "workspaceId");
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
    @JsonProperty("pipeline_execution_id")
    public String pipelineExecutionId() {
        return pipelineExecutionId;
    }

    /** @return the pipeline stage that waits on the approval */
    @JsonProperty("pipeline_stage_id")
    public String pipelineStageId() {
        return pipelineStageId;
    }

    /** @return the IaCM workspace the approval belongs to */
    @JsonProperty("workspace_id")
    public String workspaceId() {
        return workspaceId;
    }

    /** @return the status the approval starts in; {@link ApprovalStatus#PENDING} unless set */
    @JsonProperty("status")
    public ApprovalStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateApprovalRequest r && pipelineExecutionId.equals(r.pipelineExecutionId)
                && pipelineStageId.equals(r.pipelineStageId) && workspaceId.equals(r.workspaceId)
                && status.equals(r.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pipelineExecutionId, pipelineStageId, workspaceId, status);
    }

    @Override
    public String toString() {
        return "CreateApprovalRequest{pipelineExecutionId=" + pipelineExecutionId + ", pipelineStageId="
                + pipelineStageId + ", workspaceId=" + workspaceId + ", status=" + status + '}';
    }

    /** Builds a {@link CreateApprovalRequest}. */
    public static final class Builder {
        private String pipelineExecutionId;
        private String pipelineStageId;
        private String workspaceId;
        private ApprovalStatus status = ApprovalStatus.PENDING;

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
         * @param status the status to start in; default {@link ApprovalStatus#PENDING}
         * @return this builder
         * @throws IllegalArgumentException if {@code status} is {@code null}
         */
        public Builder status(ApprovalStatus status) {
            if (status == null) {
                throw new IllegalArgumentException("status must not be null: leave it unset to start as pending");
            }
            this.status = status;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if a required field is missing or blank
         */
        public CreateApprovalRequest build() {
            return new CreateApprovalRequest(this);
        }
    }
}
