package dev.waiver.iacm;

import dev.waiver.core.Operation;
import dev.waiver.core.ApiException;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.SafeCreate;
import dev.waiver.core.TransportException;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.internal.RequestChecks;
import dev.waiver.iacm.internal.ApprovalPages;
import dev.waiver.iacm.internal.IacmScope;
import dev.waiver.iacm.model.Approval;
import dev.waiver.iacm.model.ApprovalDecision;
import dev.waiver.iacm.model.ApprovalStatus;
import dev.waiver.iacm.model.ApprovalStatusInfo;
import dev.waiver.iacm.model.CreatedApproval;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The approvals of one IaCM project: the decisions pipeline stages wait on before they apply
 * infrastructure changes. Obtained from {@link IacmClient#approvals()} (the client's default
 * project) or {@link IacmClient#approvals(String, String)}; thread-safe and cheap to create.
 *
 * <p>Every method validates its input before sending anything (an {@link IllegalArgumentException}
 * naming the request or operation, the field and the rule) and throws an
 * {@link ApiException} subclass when IaCM refuses the call: {@link dev.waiver.core.BadRequestException}
 * (400), {@link dev.waiver.core.AuthenticationException} (401),
 * {@link dev.waiver.core.PermissionDeniedException} (403), {@link dev.waiver.core.NotFoundException}
 * (404), {@link ServerTimeoutException} (408), {@link dev.waiver.core.ConflictException} (409),
 * {@link ResourceLockedException} (423), {@link RequestCancelledException} (499),
 * {@link dev.waiver.core.ServerException} (500, 502); or a {@link TransportException} when no usable
 * answer arrived. IaCM's Goa error fields are on the exception: {@code name} as
 * {@link ApiException#vendorCode()}, {@code message} as {@link ApiException#vendorMessage()},
 * {@code id} as {@link ApiException#requestId()}, and {@code temporary}, {@code timeout},
 * {@code fault} as {@code error().detail(...)} ({@code "true"} or {@code "false"}).
 */
public final class Approvals {

    /**
     * What IaCM answers: JSON on success and Goa errors ({@code application/vnd.goa.error}) on
     * failure; update-approval answers with no body at all, so JSON alone would not be true of it.
     */
    private static final String ACCEPT = "application/json, application/vnd.goa.error";


    private static final String COLLECTION = "/iacm/api/orgs/{org}/projects/{project}/approvals";
    private static final String ITEM = COLLECTION + "/{id}";

    private final HttpTransport transport;
    private final String org;
    private final String project;

    Approvals(HttpTransport transport, String org, String project) {
        this.transport = transport;
        this.org = IacmScope.check(org, "IacmClient.approvals", "org");
        this.project = IacmScope.check(project, "IacmClient.approvals", "project");
    }

    /** @return the organisation identifier every call uses */
    public String org() {
        return org;
    }

    /** @return the project identifier every call uses */
    public String project() {
        return project;
    }

    /**
     * Every approval of the project, {@value ListApprovalsRequest#DEFAULT_LIMIT} per page.
     *
     * @return a lazy list; nothing is sent until it is iterated
     */
    public PagedIterable<Approval> list() {
        return list(ListApprovalsRequest.builder().build());
    }

    /**
     * The approvals matching a request, page by page: each page is fetched only when the previous
     * one is used up, and the walk stops at the last page (told by {@code x-total-pages} or
     * {@code x-total-items}, or, when IaCM tells neither, by a page with fewer approvals than the
     * page size).
     *
     * @param request filters, page size and first page
     * @return a lazy list; nothing is sent until it is iterated
     */
    public PagedIterable<Approval> list(ListApprovalsRequest request) {
        Objects.requireNonNull(request, "request");
        return ApprovalPages.walk(transport, request.page(), request.limit(), page -> listRequest(request, page));
    }

    /**
     * The approvals matching a request built in place, for example
     * {@code list(r -> r.statusType(ApprovalStatus.PENDING).limit(100))}.
     *
     * @param request sets filters, page size and first page
     * @return a lazy list; nothing is sent until it is iterated
     */
    public PagedIterable<Approval> list(Consumer<ListApprovalsRequest.Builder> request) {
        return list(build(ListApprovalsRequest.builder(), request, ListApprovalsRequest.Builder::build));
    }

    /**
     * Creates an approval, as a safe create (see {@link dev.waiver.core.SafeCreate}). The retry
     * policy resends it only when it provably never reached IaCM; if the answer is lost after the
     * request may have reached IaCM (a timeout, a reset after sending, or an answer without the new
     * id), the SDK lists the approvals of the client's organisation and project filtered by
     * {@code pipeline_execution_id}, {@code pipeline_stage_id} and {@code workspace} (the request's)
     * and keeps only one whose {@code pipeline_execution_id}, {@code pipeline_stage_id} and
     * {@code workspace_id} equal the request's. Found, its id is returned with
     * {@link CreatedApproval#recovered()} {@code true}, whoever created it and whatever its status;
     * none, the create is sent once more, its outcome final. A lookup that fails throws the original
     * {@link TransportException} with the lookup's failure suppressed. Limits: an approval IaCM does
     * not list yet is not found, and the second send may then create a second one. Off with
     * {@code safeCreates(false)} on the client builder.
     *
     * @param request the pipeline execution, stage and workspace, and the starting status
     * @return the new approval's id, as IaCM answered it, or the recovered one's
     */
    public CreatedApproval create(CreateApprovalRequest request) {
        Objects.requireNonNull(request, "request");
        TransportRequest http = scoped(Operation.of("iacm", "createApproval"), HttpMethod.POST, COLLECTION)
                .jsonBody(request.toBody()).build();
        return SafeCreate.run(transport.safeCreates(), () -> send(http), () -> recover(request));
    }

    private CreatedApproval send(TransportRequest http) {
        CreatedApproval created = transport.executeJson(http, CreatedApproval.class);
        if (created == null || created.id() == null || created.id().isBlank()) {
            throw new TransportException("IaCM answered the create without the new approval's id; list the "
                    + "approvals of the pipeline stage to find it", null, true);
        }
        return created;
    }

    /** The safe create's lookup: an approval of the request's pipeline execution, stage and workspace. */
    private Optional<CreatedApproval> recover(CreateApprovalRequest request) {
        ListApprovalsRequest filter = ListApprovalsRequest.builder()
                .pipelineExecutionId(request.pipelineExecutionId())
                .pipelineStageId(request.pipelineStageId())
                .workspace(request.workspaceId())
                .build();
        for (Approval a : list(filter)) {
            if (a.pipelineExecutionId().equals(request.pipelineExecutionId())
                    && a.pipelineStageId().equals(request.pipelineStageId())
                    && a.workspaceId().equals(request.workspaceId())) {
                return Optional.of(CreatedApproval.builder().id(a.id()).recovered(true).build());
            }
        }
        return Optional.empty();
    }

    /**
     * Creates an approval built in place, for example
     * {@code create(r -> r.pipelineExecutionId(e).pipelineStageId(s).workspaceId(w))}.
     *
     * @param request sets the pipeline execution, stage, workspace and starting status
     * @return the new approval's id, as IaCM answered it, or the recovered one's
     */
    public CreatedApproval create(Consumer<CreateApprovalRequest.Builder> request) {
        return create(build(CreateApprovalRequest.builder(), request, CreateApprovalRequest.Builder::build));
    }

    /**
     * Reads where one approval stands: IaCM answers with a status view of it, not the whole
     * approval.
     *
     * @param id the approval's id, a UUID
     * @return its status, who actioned it, and when it was created and last updated
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalStatusInfo get(String id) {
        approvalId(id, "Approvals.get");
        return transport.executeJson(scoped(Operation.of("iacm", "showApproval"), HttpMethod.GET, ITEM).pathParam("id", id).build(), ApprovalStatusInfo.class);
    }

    /**
     * Sets an approval's status, to approve, reject or set it back to pending. IaCM answers with no
     * body; the decision it accepted is returned, and {@link #get(String)} reads the status view.
     *
     * @param id      the approval's id, a UUID
     * @param request the new status and who set it
     * @return the approval's id and the status it was set to
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision update(String id, UpdateApprovalRequest request) {
        approvalId(id, "Approvals.update");
        Objects.requireNonNull(request, "request");
        transport.executeIgnoringBody(scoped(Operation.of("iacm", "updateApproval"), HttpMethod.PUT, ITEM).pathParam("id", id)
                .jsonBody(request.toBody()).build());
        return ApprovalDecision.of(id, request.status());
    }

    /**
     * Sets an approval's status from a request built in place, for example
     * {@code update(id, r -> r.status(ApprovalStatus.PENDING))}.
     *
     * @param id      the approval's id, a UUID
     * @param request sets the new status and who set it
     * @return the approval's id and the status it was set to
     * @throws IllegalArgumentException if {@code id} is not a UUID or the request breaks a rule
     */
    public ApprovalDecision update(String id, Consumer<UpdateApprovalRequest.Builder> request) {
        return update(id, build(UpdateApprovalRequest.builder(), request, UpdateApprovalRequest.Builder::build));
    }

    /**
     * Approves an approval without saying who: the waiting pipeline stage may go on.
     *
     * @param id the approval's id, a UUID
     * @return the approval's id and {@link ApprovalStatus#APPROVED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision approve(String id) {
        return approve(id, ReviewApprovalRequest.none());
    }

    /**
     * Approves an approval: the waiting pipeline stage may go on.
     *
     * @param id     the approval's id, a UUID
     * @param review who approves it ({@code actioned_by}, {@code actioned_by_email})
     * @return the approval's id and {@link ApprovalStatus#APPROVED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision approve(String id, ReviewApprovalRequest review) {
        return update(id, UpdateApprovalRequest.decision(ApprovalStatus.APPROVED, Objects.requireNonNull(review, "review")));
    }

    /**
     * Approves an approval, for example {@code approve(id, r -> r.actionedBy("Jane Doe"))}.
     *
     * @param id     the approval's id, a UUID
     * @param review sets who approves it
     * @return the approval's id and {@link ApprovalStatus#APPROVED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision approve(String id, Consumer<ReviewApprovalRequest.Builder> review) {
        return approve(id, build(ReviewApprovalRequest.builder(), review, ReviewApprovalRequest.Builder::build));
    }

    /**
     * Rejects an approval without saying who: the waiting pipeline stage does not go on.
     *
     * @param id the approval's id, a UUID
     * @return the approval's id and {@link ApprovalStatus#REJECTED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision reject(String id) {
        return reject(id, ReviewApprovalRequest.none());
    }

    /**
     * Rejects an approval: the waiting pipeline stage does not go on.
     *
     * @param id     the approval's id, a UUID
     * @param review who rejects it ({@code actioned_by}, {@code actioned_by_email})
     * @return the approval's id and {@link ApprovalStatus#REJECTED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision reject(String id, ReviewApprovalRequest review) {
        return update(id, UpdateApprovalRequest.decision(ApprovalStatus.REJECTED, Objects.requireNonNull(review, "review")));
    }

    /**
     * Rejects an approval, for example {@code reject(id, r -> r.actionedBy("Jane Doe"))}.
     *
     * @param id     the approval's id, a UUID
     * @param review sets who rejects it
     * @return the approval's id and {@link ApprovalStatus#REJECTED}
     * @throws IllegalArgumentException if {@code id} is not a UUID
     */
    public ApprovalDecision reject(String id, Consumer<ReviewApprovalRequest.Builder> review) {
        return reject(id, build(ReviewApprovalRequest.builder(), review, ReviewApprovalRequest.Builder::build));
    }

    private TransportRequest listRequest(ListApprovalsRequest request, long page) {
        return scoped(Operation.of("iacm", "listApprovals"), HttpMethod.GET, COLLECTION)
                .query("page", page)
                .query("limit", request.limit())
                .query("workspace", request.workspace().orElse(null))
                .query("pipeline_execution_id", request.pipelineExecutionId().orElse(null))
                .query("pipeline_stage_id", request.pipelineStageId().orElse(null))
                .query("status_type", request.statusType().map(ApprovalStatus::value).orElse(null))
                .build();
    }

    private TransportRequest.Builder scoped(Operation operation, HttpMethod method, String path) {
        return TransportRequest.builder(operation, method, path).accept(ACCEPT)
                .pathParam("org", org).pathParam("project", project);
    }

    /** The description declares the approval id {@code format: uuid}. */
    private static void approvalId(String id, String operation) {
        RequestChecks check = RequestChecks.named(operation);
        check.uuid(check.required(id, "id"), "id");
    }

    private static <B, R> R build(B builder, Consumer<B> customizer, Function<B, R> build) {
        Objects.requireNonNull(customizer, "request").accept(builder);
        return build.apply(builder);
    }
}
