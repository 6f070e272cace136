package dev.waiver.iacm;

import dev.waiver.iacm.internal.Checks;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.Objects;

/**
 * What {@link Approvals#list(ListApprovalsRequest)} asks for: optional filters, the page size, and
 * the page to start from. Immutable.
 *
 * <pre>{@code
 * for (Approval a : iacm.approvals("default", "payments").list(r -> r
 *         .workspace("payments_prod")
 *         .statusType(ApprovalStatus.PENDING)
 *         .limit(100))) { ... }
 * }</pre>
 */
public final class ListApprovalsRequest {

    /** The page size IaCM uses when none is given. */
    public static final int DEFAULT_LIMIT = 30;
    /** The largest page size IaCM accepts. */
    public static final int MAX_LIMIT = 1000;

    private final String workspace;
    private final String pipelineExecutionId;
    private final String pipelineStageId;
    private final ApprovalStatus statusType;
    private final int limit;
    private final long page;

    private ListApprovalsRequest(Builder b) {
        this.workspace = b.workspace;
        this.pipelineExecutionId = b.pipelineExecutionId;
        this.pipelineStageId = b.pipelineStageId;
        this.statusType = b.statusType;
        this.limit = b.limit;
        this.page = b.page;
    }

    /** @return a builder with no filters, {@link #DEFAULT_LIMIT} per page, starting at page 1 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().workspace(workspace).pipelineExecutionId(pipelineExecutionId)
                .pipelineStageId(pipelineStageId).statusType(statusType).limit(limit).page(page);
    }

    /** @return the workspace filter, or {@code null} for all workspaces */
    public String workspace() {
        return workspace;
    }

    /** @return the pipeline execution filter, or {@code null} for all executions */
    public String pipelineExecutionId() {
        return pipelineExecutionId;
    }

    /** @return the pipeline stage filter, or {@code null} for all stages */
    public String pipelineStageId() {
        return pipelineStageId;
    }

    /** @return the status filter, or {@code null} for every status */
    public ApprovalStatus statusType() {
        return statusType;
    }

    /** @return how many approvals a page holds, 1 to {@value #MAX_LIMIT} */
    public int limit() {
        return limit;
    }

    /** @return the page the walk starts from, numbered from 1 */
    public long page() {
        return page;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListApprovalsRequest r && limit == r.limit && page == r.page
                && Objects.equals(workspace, r.workspace) && Objects.equals(pipelineExecutionId, r.pipelineExecutionId)
                && Objects.equals(pipelineStageId, r.pipelineStageId) && Objects.equals(statusType, r.statusType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workspace, pipelineExecutionId, pipelineStageId, statusType, limit, page);
    }

    @Override
    public String toString() {
        return "ListApprovalsRequest{workspace=" + workspace + ", pipelineExecutionId=" + pipelineExecutionId
                + ", pipelineStageId=" + pipelineStageId + ", statusType=" + statusType + ", limit=" + limit
                + ", page=" + page + '}';
    }

    /** Builds a {@link ListApprovalsRequest}. */
    public static final class Builder {
        private String workspace;
        private String pipelineExecutionId;
        private String pipelineStageId;
        private ApprovalStatus statusType;
        private int limit = DEFAULT_LIMIT;
        private long page = 1;

        private Builder() {
        }

        /**
         * @param workspace only approvals of this workspace; {@code null} for all
         * @return this builder
         */
        public Builder workspace(String workspace) {
            this.workspace = workspace;
            return this;
        }

        /**
         * @param pipelineExecutionId only approvals of this pipeline execution; {@code null} for all
         * @return this builder
         */
        public Builder pipelineExecutionId(String pipelineExecutionId) {
            this.pipelineExecutionId = pipelineExecutionId;
            return this;
        }

        /**
         * @param pipelineStageId only approvals of this pipeline stage; {@code null} for all
         * @return this builder
         */
        public Builder pipelineStageId(String pipelineStageId) {
            this.pipelineStageId = pipelineStageId;
            return this;
        }

        /**
         * @param statusType only approvals in this status; {@code null} for every status
         * @return this builder
         */
        public Builder statusType(ApprovalStatus statusType) {
            this.statusType = statusType;
            return this;
        }

        /**
         * @param limit how many approvals a page holds; default {@value ListApprovalsRequest#DEFAULT_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if not between 1 and {@value ListApprovalsRequest#MAX_LIMIT}
         */
        public Builder limit(int limit) {
            this.limit = (int) Checks.range(limit, "limit", 1, MAX_LIMIT);
            return this;
        }

        /**
         * @param page the page to start from; default 1 (pages are numbered from 1)
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder page(long page) {
            this.page = Checks.atLeast(page, "page", 1, "pages are numbered from 1");
            return this;
        }

        /** @return the request */
        public ListApprovalsRequest build() {
            return new ListApprovalsRequest(this);
        }
    }
}
