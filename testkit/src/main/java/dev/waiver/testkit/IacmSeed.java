package dev.waiver.testkit;

import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.testkit.internal.iacm.IacmRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * One IaCM approval to seed, with defaults: pending, in {@link TestCredentials#HARNESS_ORG_ID} /
 * {@link TestCredentials#HARNESS_PROJECT_ID}, for a distinct pipeline execution of workspace
 * {@code "workspace"}, stage {@code "approval"}, created at the fake's current time. An approved or
 * rejected seed is actioned by the test user.
 */
public final class IacmSeed {

    private final IacmRecord record;

    IacmSeed(IacmRecord record) {
        this.record = record;
    }

    /**
     * @param org     the organisation
     * @param project the project
     * @return this seed
     */
    public IacmSeed in(String org, String project) {
        record.org = Objects.requireNonNull(org, "org");
        record.project = Objects.requireNonNull(project, "project");
        return this;
    }

    /**
     * @param workspaceId the workspace
     * @return this seed
     */
    public IacmSeed workspaceId(String workspaceId) {
        record.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        return this;
    }

    /**
     * @param pipelineExecutionId the pipeline execution
     * @return this seed
     */
    public IacmSeed pipelineExecutionId(String pipelineExecutionId) {
        record.pipelineExecutionId = Objects.requireNonNull(pipelineExecutionId, "pipelineExecutionId");
        return this;
    }

    /**
     * @param pipelineStageId the stage
     * @return this seed
     */
    public IacmSeed pipelineStageId(String pipelineStageId) {
        record.pipelineStageId = Objects.requireNonNull(pipelineStageId, "pipelineStageId");
        return this;
    }

    /**
     * @param status the status
     * @return this seed
     */
    public IacmSeed status(ApprovalStatus status) {
        record.status = status.value();
        return this;
    }

    /** @return this seed, approved by the test user */
    public IacmSeed approved() {
        return status(ApprovalStatus.APPROVED);
    }

    /** @return this seed, rejected by the test user */
    public IacmSeed rejected() {
        return status(ApprovalStatus.REJECTED);
    }

    /**
     * @param name  who actioned it
     * @param email their email
     * @return this seed
     */
    public IacmSeed actionedBy(String name, String email) {
        record.actionedBy = name;
        record.actionedByEmail = email;
        return this;
    }

    /**
     * @param created when it was created (and last updated)
     * @return this seed
     */
    public IacmSeed created(Instant created) {
        record.created = created;
        record.updated = created;
        return this;
    }

    IacmRecord finish() {
        if (!"pending".equals(record.status) && record.actionedBy == null) {
            record.actionedBy = TestCredentials.HARNESS_USER_NAME;
            record.actionedByEmail = TestCredentials.HARNESS_USER_EMAIL;
        }
        return record;
    }
}
