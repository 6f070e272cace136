package dev.waiver.iacm;

import dev.waiver.core.internal.RequestChecks;
import dev.waiver.iacm.model.ApprovalStatus;
import java.util.Objects;
import java.util.Optional;

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

    private static final String NAME = "ListApprovalsRequest";
    private static final RequestChecks CHECK = RequestChecks.of(ListApprovalsRequest.class);

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
        this.limit = (int) CHECK.range(b.limit, "limit", 1, MAX_LIMIT);
        this.page = CHECK.atLeast(b.page, "page", 1, "pages are numbered from 1");
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

    /** @return the workspace filter, if set */
    public Optional<String> workspace() {
        return Optional.ofNullable(workspace);
    }

    /** @return the pipeline execution filter, if set */
    public Optional<String> pipelineExecutionId() {
        return Optional.ofNullable(pipelineExecutionId);
    }

    /** @return the pipeline stage filter, if set */
    public Optional<String> pipelineStageId() {
        return Optional.ofNullable(pipelineStageId);
    }

    /** @return the status filter, if set */
    public Optional<ApprovalStatus> statusType() {
        return Optional.ofNullable(statusType);
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
        return NAME + "{workspace=" + workspace + ", pipelineExecutionId=" + pipelineExecutionId
                + ", pipelineStageId=" + pipelineStageId + ", statusType=" + statusType + ", limit=" + limit
                + ", page=" + page + '}';
    }

    /** Builds a {@link ListApprovalsRequest}; {@code null} leaves a filter unset. */
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
         * @param workspace only approvals of this workspace; unset, for all
         * @return this builder
         */
        public Builder workspace(String workspace) {
            this.workspace = workspace;
            return this;
        }

        /**
         * @param pipelineExecutionId only approvals of this pipeline execution; unset, for all
         * @return this builder
         */
        public Builder pipelineExecutionId(String pipelineExecutionId) {
            this.pipelineExecutionId = pipelineExecutionId;
            return this;
        }

        /**
         * @param pipelineStageId only approvals of this pipeline stage; unset, for all
         * @return this builder
         */
        public Builder pipelineStageId(String pipelineStageId) {
            this.pipelineStageId = pipelineStageId;
            return this;
        }

        /**
         * @param statusType only approvals in this status; unset, for every status
         * @return this builder
         */
        public Builder statusType(ApprovalStatus statusType) {
            this.statusType = statusType;
            return this;
        }

        /**
         * @param limit how many approvals a page holds; default {@value ListApprovalsRequest#DEFAULT_LIMIT}
         * @return this builder
         */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /**
         * @param page the page to start from; default 1 (pages are numbered from 1)
         * @return this builder
         */
        public Builder page(long page) {
            this.page = page;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code limit} is not between 1 and {@value ListApprovalsRequest#MAX_LIMIT}
         *                                  or {@code page} is below 1
         */
        public ListApprovalsRequest build() {
            return new ListApprovalsRequest(this);
        }
    }
}
