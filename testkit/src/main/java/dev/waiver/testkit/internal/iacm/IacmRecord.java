package dev.waiver.testkit.internal.iacm;

import java.time.Instant;

/**
 * One IaCM approval as the fake keeps it. Mutable; guarded by the backend's lock. Field names
 * follow Harness' HarnessIacmApproval schema.
 */
public final class IacmRecord {

    /** Approval id (UUID). */
    public String id;
    /** Account. */
    public String account;
    /** Organisation. */
    public String org;
    /** Project. */
    public String project;
    /** Workspace. */
    public String workspaceId;
    /** Pipeline execution. */
    public String pipelineExecutionId;
    /** Pipeline stage. */
    public String pipelineStageId;
    /** Status, lower case ({@code pending}, {@code approved}, {@code rejected}). */
    public String status = "pending";
    /** Who approved or rejected, or null. */
    public String actionedBy;
    /** Their email, or null. */
    public String actionedByEmail;
    /** Created. */
    public Instant created;
    /** Last updated. */
    public Instant updated;
}
