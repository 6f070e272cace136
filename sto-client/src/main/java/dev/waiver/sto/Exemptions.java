package dev.waiver.sto;

import dev.waiver.core.ApiException;
import dev.waiver.core.NotFoundException;
import dev.waiver.core.Operation;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.SafeCreate;
import dev.waiver.core.TransportException;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.internal.RequestChecks;
import dev.waiver.sto.internal.ScopeRules;
import dev.waiver.sto.internal.StoPaging;
import dev.waiver.sto.internal.wire.BulkCreateExemptionsBody;
import dev.waiver.sto.internal.wire.BulkExemptionItem;
import dev.waiver.sto.internal.wire.CreateExemptionBody;
import dev.waiver.sto.internal.wire.PromoteExemptionBody;
import dev.waiver.sto.internal.wire.ReviewExemptionBody;
import dev.waiver.sto.internal.wire.UpdateExemptionBody;
import dev.waiver.sto.model.BulkExemptionResult;
import dev.waiver.sto.model.CreatedExemption;
import dev.waiver.sto.model.Exemption;
import dev.waiver.sto.model.ExemptionHistoryEvent;
import dev.waiver.sto.model.ExemptionHistoryExport;
import dev.waiver.sto.model.ExemptionHistoryPage;
import dev.waiver.sto.model.ExemptionPage;
import dev.waiver.sto.model.ExemptionScopeLevel;
import dev.waiver.sto.model.PendingChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The exemptions of security issues in Harness STO: request, review, promote and track them.
 * Obtained from {@link StoClient#exemptions()}; thread-safe.
 *
 * <p>The id of an existing exemption (or issue) is the first argument; everything else is a
 * request object, or a {@code Consumer} of its builder so that a call reads in one line:
 * {@code approve(id, r -> r.comment("..."))}. Every method checks its input before sending
 * anything ({@link IllegalArgumentException} naming the request, the field and the rule) and
 * throws an {@link ApiException} subclass when STO refuses the call (400
 * {@link dev.waiver.core.BadRequestException}, 401 {@link dev.waiver.core.AuthenticationException},
 * 403 {@link dev.waiver.core.PermissionDeniedException}, 404 {@link dev.waiver.core.NotFoundException},
 * 429 {@link dev.waiver.core.RateLimitedException} once the retry policy gives up, 5xx
 * {@link dev.waiver.core.ServerException}), or a {@link TransportException} when no usable answer
 * arrived. Each call goes to the client's default scope unless its request says otherwise
 * ({@code .scope(HarnessScope)}, {@code .orgId(...)}, {@code .projectId(...)}).
 *
 * <p>Deleting an exemption is not offered: Harness marks that endpoint internal, for its own web
 * session tokens only, not for API keys.
 */
public final class Exemptions {

    private static final String BASE = "/sto/api/v2/exemptions";
    private static final String ONE = BASE + "/{id}";
    private static final String ISSUE = BASE + "/issue/{issueId}";

    // Harness' operation ids (Exemptions#...): approve and reject are the one {action} operation.
    private static final Operation CREATE = Operation.of("sto", "createExemption");
    private static final Operation BULK_CREATE = Operation.of("sto", "bulkCreateExemptions");
    private static final Operation GET = Operation.of("sto", "findExemptionById");
    private static final Operation GET_FOR_ISSUE = Operation.of("sto", "getExemptionForIssue");
    private static final Operation LIST = Operation.of("sto", "listExemptions");
    private static final Operation UPDATE = Operation.of("sto", "updateExemption");
    private static final Operation REVIEW = Operation.of("sto", "approveExemption");
    private static final Operation PROMOTE = Operation.of("sto", "promoteExemption");
    private static final Operation HISTORY = Operation.of("sto", "listIssueExemptionHistory");
    private static final Operation EXPORT_HISTORY = Operation.of("sto", "exportIssueExemptionHistory");

    private final HttpTransport transport;
    private final HarnessScope defaultScope;

    Exemptions(HttpTransport transport, HarnessScope defaultScope) {
        this.transport = transport;
        this.defaultScope = defaultScope;
    }

    /**
     * Requests an exemption for one issue, as a safe create (see {@link dev.waiver.core.SafeCreate}).
     * The retry policy resends it only when it provably never reached STO (or after a 429). If the
     * answer is lost after the request may have reached STO (a timeout, or a reset after sending),
     * the SDK reads the exemption of the issue ({@code GET /sto/api/v2/exemptions/issue/{issueId}},
     * {@link #getForIssue(String, GetExemptionForIssueRequest)}) in the create's scope: one whose
     * {@code orgId}, {@code projectId}, {@code pipelineId} and {@code targetId} equal the create's
     * and that is not deleted is returned with {@link CreatedExemption#recovered()} {@code true}
     * (whoever created it); a 404, or an exemption of another scope, means none, and the create is
     * sent once more, its outcome final. A lookup that fails otherwise throws the original
     * {@link TransportException} with the lookup's failure suppressed. Limits: STO answers the
     * issue's highest-priority exemption across scopes, so an exemption at a higher scope hides
     * ours and the second send may create a duplicate; so may a record STO does not show yet.
     * Off with {@code safeCreates(false)} on the client builder: the {@link TransportException}
     * is thrown as is.
     *
     * @param request what to exempt and why
     * @return the new exemption's id, or the recovered one's
     */
    public CreatedExemption create(CreateExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        HarnessScope scope = projectScope(request);
        ScopeRules.check("CreateExemptionRequest", org(scope), project(scope), request.pipelineId().orElse(null),
                request.targetId().orElse(null), request.scanId().orElse(null));
        CreateExemptionBody body = CreateExemptionBody.builder()
                .issueId(request.issueId())
                .type(request.type())
                .reason(request.reason())
                .requesterId(request.requesterId().orElse(null))
                .requesterName(request.requesterName().orElse(null))
                .requesterEmail(request.requesterEmail().orElse(null))
                .pendingChanges(days(request.durationDays()))
                .expiration(request.expiration().orElse(null))
                .link(request.link().orElse(null))
                .exemptFutureOccurrences(request.exemptFutureOccurrences().orElse(null))
                .occurrences(listOrNull(request.occurrences()))
                .pipelineId(request.pipelineId().orElse(null))
                .targetId(request.targetId().orElse(null))
                .scanId(request.scanId().orElse(null))
                .search(request.search().orElse(null))
                .build();
        TransportRequest http = scoped(TransportRequest.builder(CREATE, HttpMethod.POST, BASE), scope)
                .jsonBody(body)
                .build();
        return SafeCreate.run(transport.safeCreates(), () -> transport.executeJson(http, CreatedExemption.class),
                () -> recover(request, scope));
    }

    /** The safe create's lookup: the issue's exemption, if it is the one this create would have made. */
    private Optional<CreatedExemption> recover(CreateExemptionRequest request, HarnessScope scope) {
        Exemption found;
        try {
            found = getForIssue(request.issueId(), GetExemptionForIssueRequest.builder().scope(scope).build());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
        boolean same = found.issueId().equals(request.issueId())
                && found.orgId().equals(scope.orgId()) && found.projectId().equals(scope.projectId())
                && found.pipelineId().equals(request.pipelineId()) && found.targetId().equals(request.targetId())
                && !found.isDeleted().orElse(false);
        return same ? Optional.of(CreatedExemption.builder().id(found.id()).recovered(true).build()) : Optional.empty();
    }

    /**
     * Requests an exemption for one issue.
     *
     * @param request sets the request's fields
     * @return the new exemption's id, or the recovered one's (see {@link #create(CreateExemptionRequest)})
     */
    public CreatedExemption create(Consumer<CreateExemptionRequest.Builder> request) {
        return create(build(CreateExemptionRequest::builder, request).build());
    }

    /**
     * Requests up to 100 exemptions at once. Per-item failures that STO reports in its answer are
     * returned in the result (with {@code statusCode} and {@code error}), not thrown; a batch STO
     * refuses as a whole (HTTP 400) throws.
     *
     * @param request the shared fields and the items
     * @return the counts and per-item outcomes, in request order
     */
    public BulkExemptionResult bulkCreate(BulkCreateExemptionsRequest request) {
        Objects.requireNonNull(request, "request");
        HarnessScope scope = projectScope(request);
        List<BulkCreateExemptionsRequest.Item> items = request.items();
        List<BulkExemptionItem> wireItems = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BulkCreateExemptionsRequest.Item item = items.get(i);
            ScopeRules.pipelineOrTarget("BulkCreateExemptionsRequest", "items[" + i + "].",
                    item.pipelineId().orElse(null), item.targetId().orElse(null));
            wireItems.add(BulkExemptionItem.builder()
                    .issueId(item.issueId())
                    .occurrences(listOrNull(item.occurrences()))
                    .pipelineId(item.pipelineId().orElse(null))
                    .targetId(item.targetId().orElse(null))
                    .scanId(item.scanId().orElse(null))
                    .search(item.search().orElse(null))
                    .build());
        }
        BulkCreateExemptionsBody body = BulkCreateExemptionsBody.builder()
                .type(request.type())
                .reason(request.reason())
                .pendingChanges(days(request.durationDays()))
                .requesterName(request.requesterName().orElse(null))
                .requesterEmail(request.requesterEmail().orElse(null))
                .expiration(request.expiration().orElse(null))
                .link(request.link().orElse(null))
                .exemptFutureOccurrences(request.exemptFutureOccurrences().orElse(null))
                .items(wireItems)
                .build();
        TransportRequest http = scoped(TransportRequest.builder(BULK_CREATE, HttpMethod.POST, BASE + "/bulk"), scope)
                .jsonBody(body)
                .build();
        return transport.executeJson(http, BulkExemptionResult.class);
    }

    /**
     * Requests up to 100 exemptions at once.
     *
     * @param request sets the request's fields
     * @return the counts and per-item outcomes, in request order
     */
    public BulkExemptionResult bulkCreate(Consumer<BulkCreateExemptionsRequest.Builder> request) {
        return bulkCreate(build(BulkCreateExemptionsRequest::builder, request).build());
    }

    /**
     * Reads one exemption in the client's default scope.
     *
     * @param exemptionId the exemption's id
     * @return the exemption
     */
    public Exemption get(String exemptionId) {
        return get(exemptionId, GetExemptionRequest.builder().build());
    }

    /**
     * Reads one exemption.
     *
     * @param exemptionId the exemption's id
     * @param request     the scope and the options
     * @return the exemption
     */
    public Exemption get(String exemptionId, GetExemptionRequest request) {
        String id = pathId(exemptionId, "Exemptions.get", "exemptionId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        TransportRequest http = scoped(TransportRequest.builder(GET, HttpMethod.GET, ONE), scope)
                .pathParam("id", id)
                .query("executionId", request.executionId().orElse(null))
                .query("ignoreScope", request.ignoreScope().orElse(null))
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Reads one exemption.
     *
     * @param exemptionId the exemption's id
     * @param request     sets the request's fields
     * @return the exemption
     */
    public Exemption get(String exemptionId, Consumer<GetExemptionRequest.Builder> request) {
        return get(exemptionId, build(GetExemptionRequest::builder, request).build());
    }

    /**
     * Reads the exemption of one issue in the client's default scope: the highest-priority
     * exemption of the issue across all scopes (account, organization, project).
     *
     * @param issueId the issue
     * @return the exemption
     * @throws dev.waiver.core.NotFoundException if STO answers 404
     */
    public Exemption getForIssue(String issueId) {
        return getForIssue(issueId, GetExemptionForIssueRequest.builder().build());
    }

    /**
     * Reads the exemption of one issue: the highest-priority exemption of the issue across all
     * scopes ({@code GET /sto/api/v2/exemptions/issue/{issueId}}).
     *
     * @param issueId the issue
     * @param request the scope
     * @return the exemption
     * @throws dev.waiver.core.NotFoundException if STO answers 404
     */
    public Exemption getForIssue(String issueId, GetExemptionForIssueRequest request) {
        String id = pathId(issueId, "Exemptions.getForIssue", "issueId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        TransportRequest http = scoped(TransportRequest.builder(GET_FOR_ISSUE, HttpMethod.GET, ISSUE), scope)
                .pathParam("issueId", id)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Reads the exemption of one issue.
     *
     * @param issueId the issue
     * @param request sets the request's fields
     * @return the exemption
     */
    public Exemption getForIssue(String issueId, Consumer<GetExemptionForIssueRequest.Builder> request) {
        return getForIssue(issueId, build(GetExemptionForIssueRequest::builder, request).build());
    }

    /**
     * Lists the exemptions of the client's default scope, with the service's page size.
     *
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<Exemption> list() {
        return list(ListExemptionsRequest.builder().build());
    }

    /**
     * Lists exemptions page by page, lazily. Each iteration starts a fresh walk from the first
     * page and stops after the last one STO reports.
     *
     * @param request the scope and paging
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<Exemption> list(ListExemptionsRequest request) {
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        Integer pageSize = pageSize(request);
        return StoPaging.walk(request.firstPage(), page -> {
            TransportRequest http = scoped(TransportRequest.builder(LIST, HttpMethod.GET, BASE), scope)
                    .query("page", page)
                    .query("pageSize", pageSize)
                    .build();
            ExemptionPage answer = transport.executeJson(http, ExemptionPage.class);
            return new StoPaging.Answer<>(answer.results(), answer.pagination().orElse(null));
        });
    }

    /**
     * Lists exemptions page by page, lazily.
     *
     * @param request sets the request's fields
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<Exemption> list(Consumer<ListExemptionsRequest.Builder> request) {
        return list(build(ListExemptionsRequest::builder, request).build());
    }

    /**
     * Changes an exemption. Harness requires {@code type}, {@code reason} and {@code pendingChanges}
     * on every update (see {@link UpdateExemptionRequest#from(Exemption)} to start from the
     * exemption as read); the other fields are sent only when set.
     *
     * @param exemptionId the exemption's id
     * @param request     what to change
     * @return the exemption as changed
     */
    public Exemption update(String exemptionId, UpdateExemptionRequest request) {
        String id = pathId(exemptionId, "Exemptions.update", "exemptionId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        ScopeRules.check("UpdateExemptionRequest", org(scope), project(scope), request.pipelineId().orElse(null),
                request.targetId().orElse(null), null);
        UpdateExemptionBody body = UpdateExemptionBody.builder()
                .type(request.type())
                .reason(request.reason())
                .pendingChanges(days(request.durationDays()))
                .expiration(request.expiration().orElse(null))
                .link(request.link().orElse(null))
                .requesterName(request.requesterName().orElse(null))
                .requesterEmail(request.requesterEmail().orElse(null))
                .pipelineId(request.pipelineId().orElse(null))
                .targetId(request.targetId().orElse(null))
                .build();
        TransportRequest http = scoped(TransportRequest.builder(UPDATE, HttpMethod.PUT, ONE), scope)
                .pathParam("id", id)
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Changes an exemption.
     *
     * @param exemptionId the exemption's id
     * @param request     sets the request's fields
     * @return the exemption as changed
     */
    public Exemption update(String exemptionId, Consumer<UpdateExemptionRequest.Builder> request) {
        return update(exemptionId, build(UpdateExemptionRequest::builder, request).build());
    }

    /**
     * Approves an exemption at its own scope, without comment.
     *
     * @param exemptionId the exemption's id
     * @return the exemption as approved
     */
    public Exemption approve(String exemptionId) {
        return approve(exemptionId, ReviewExemptionRequest.builder().build());
    }

    /**
     * Approves an exemption at its own scope.
     *
     * @param exemptionId the exemption's id
     * @param request     the optional comment and duration override
     * @return the exemption as approved
     */
    public Exemption approve(String exemptionId, ReviewExemptionRequest request) {
        return review(pathId(exemptionId, "Exemptions.approve", "exemptionId"), request, "approve");
    }

    /**
     * Approves an exemption at its own scope.
     *
     * @param exemptionId the exemption's id
     * @param request     sets the request's fields
     * @return the exemption as approved
     */
    public Exemption approve(String exemptionId, Consumer<ReviewExemptionRequest.Builder> request) {
        return approve(exemptionId, build(ReviewExemptionRequest::builder, request).build());
    }

    /**
     * Rejects an exemption, without comment.
     *
     * @param exemptionId the exemption's id
     * @return the exemption as rejected
     */
    public Exemption reject(String exemptionId) {
        return reject(exemptionId, ReviewExemptionRequest.builder().build());
    }

    /**
     * Rejects an exemption.
     *
     * @param exemptionId the exemption's id
     * @param request     the optional comment and duration override
     * @return the exemption as rejected
     */
    public Exemption reject(String exemptionId, ReviewExemptionRequest request) {
        return review(pathId(exemptionId, "Exemptions.reject", "exemptionId"), request, "reject");
    }

    /**
     * Rejects an exemption.
     *
     * @param exemptionId the exemption's id
     * @param request     sets the request's fields
     * @return the exemption as rejected
     */
    public Exemption reject(String exemptionId, Consumer<ReviewExemptionRequest.Builder> request) {
        return reject(exemptionId, build(ReviewExemptionRequest::builder, request).build());
    }

    private Exemption review(String id, ReviewRequest request, String action) {
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        ReviewExemptionBody body = ReviewExemptionBody.builder()
                .comment(request.comment().orElse(null))
                .pendingChangesOverride(daysOrNull(request.durationDaysOverride()))
                .build();
        TransportRequest http = scoped(TransportRequest.builder(REVIEW, HttpMethod.PUT, ONE + "/" + action), scope)
                .pathParam("id", id)
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Approves an exemption at the client's default scope, without comment.
     *
     * @param exemptionId the exemption's id
     * @return the exemption as promoted
     */
    public Exemption promote(String exemptionId) {
        return promote(exemptionId, PromoteExemptionRequest.builder().build());
    }

    /**
     * Approves an exemption at the scope the call names (see {@link PromoteExemptionRequest} for
     * how the scope promoted to follows the call's scope, {@code pipelineId} and {@code targetId}).
     * The query carries the scope ({@code orgId}, {@code projectId}); {@code pipelineId} and
     * {@code targetId} travel in the body only.
     *
     * @param exemptionId the exemption's id
     * @param request     where to promote it, and the optional comment and duration override
     * @return the exemption as promoted
     */
    public Exemption promote(String exemptionId, PromoteExemptionRequest request) {
        String id = pathId(exemptionId, "Exemptions.promote", "exemptionId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        PromoteExemptionBody body = PromoteExemptionBody.builder()
                .approverId(request.approverId().orElse(null))
                .comment(request.comment().orElse(null))
                .pendingChangesOverride(daysOrNull(request.durationDaysOverride()))
                .pipelineId(request.pipelineId().orElse(null))
                .targetId(request.targetId().orElse(null))
                .build();
        TransportRequest http = scoped(TransportRequest.builder(PROMOTE, HttpMethod.PUT, ONE + "/promote"), scope)
                .pathParam("id", id)
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Approves an exemption at the scope the call names.
     *
     * @param exemptionId the exemption's id
     * @param request     sets the request's fields
     * @return the exemption as promoted
     */
    public Exemption promote(String exemptionId, Consumer<PromoteExemptionRequest.Builder> request) {
        return promote(exemptionId, build(PromoteExemptionRequest::builder, request).build());
    }

    /**
     * Lists an issue's exemption history in the client's default scope, newest first.
     *
     * @param issueId the issue
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(String issueId) {
        return history(issueId, ExemptionHistoryRequest.builder().build());
    }

    /**
     * Lists an issue's exemption history page by page, lazily, newest first.
     *
     * @param issueId the issue
     * @param request the scope, the pipeline or target, and paging
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(String issueId, ExemptionHistoryRequest request) {
        String id = pathId(issueId, "Exemptions.history", "issueId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        String pipelineId = request.pipelineId().orElse(null);
        String targetId = request.targetId().orElse(null);
        ScopeRules.historyFilter("ExemptionHistoryRequest", org(scope), project(scope), pipelineId, targetId);
        Integer pageSize = pageSize(request);
        return StoPaging.walk(request.firstPage(), page -> {
            TransportRequest http = scoped(TransportRequest.builder(HISTORY, HttpMethod.GET, ISSUE + "/history"),
                    scope)
                    .pathParam("issueId", id)
                    .query("pipelineId", pipelineId)
                    .query("targetId", targetId)
                    .query("page", page)
                    .query("pageSize", pageSize)
                    .build();
            ExemptionHistoryPage answer = transport.executeJson(http, ExemptionHistoryPage.class);
            return new StoPaging.Answer<>(answer.events(), answer.pagination().orElse(null));
        });
    }

    /**
     * Lists an issue's exemption history page by page, lazily, newest first.
     *
     * @param issueId the issue
     * @param request sets the request's fields
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(String issueId,
                                                        Consumer<ExemptionHistoryRequest.Builder> request) {
        return history(issueId, build(ExemptionHistoryRequest::builder, request).build());
    }

    /**
     * Exports an issue's whole exemption history in the client's default scope, in one answer.
     *
     * @param issueId the issue
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(String issueId) {
        return exportHistory(issueId, ExportExemptionHistoryRequest.builder().build());
    }

    /**
     * Exports an issue's whole exemption history as CSV columns and rows, in one answer without
     * paging ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}).
     *
     * @param issueId the issue
     * @param request the scope, and the optional pipeline and target
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(String issueId, ExportExemptionHistoryRequest request) {
        String id = pathId(issueId, "Exemptions.exportHistory", "issueId");
        Objects.requireNonNull(request, "request");
        HarnessScope scope = request.resolveScope(defaultScope);
        String pipelineId = request.pipelineId().orElse(null);
        String targetId = request.targetId().orElse(null);
        ScopeRules.historyFilter("ExportExemptionHistoryRequest", org(scope), project(scope), pipelineId, targetId);
        TransportRequest http = scoped(
                TransportRequest.builder(EXPORT_HISTORY, HttpMethod.GET, ISSUE + "/history/export"), scope)
                .pathParam("issueId", id)
                .query("pipelineId", pipelineId)
                .query("targetId", targetId)
                .build();
        return transport.executeJson(http, ExemptionHistoryExport.class);
    }

    /**
     * Exports an issue's whole exemption history as CSV columns and rows, in one answer.
     *
     * @param issueId the issue
     * @param request sets the request's fields
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(String issueId,
                                                Consumer<ExportExemptionHistoryRequest.Builder> request) {
        return exportHistory(issueId, build(ExportExemptionHistoryRequest::builder, request).build());
    }

    /**
     * An id sent as a path segment: required, and not empty, which would change the route.
     *
     * @param value     the id
     * @param operation the facade method, for messages
     * @param field     the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException naming the operation, the argument and the rule
     */
    private static String pathId(String value, String operation, String field) {
        if (value == null || value.isEmpty()) {
            throw RequestChecks.named(operation).violation(field, "is required: pass the id, it is sent in the path");
        }
        return value;
    }

    /** Create and bulk create need a project: Harness requires {@code orgId} and {@code projectId} there. */
    private HarnessScope projectScope(ScopedRequest request) {
        HarnessScope scope = request.resolveScope(defaultScope);
        if (scope.level() != ExemptionScopeLevel.PROJECT) {
            throw RequestChecks.named(StoRequest.typeName(request.getClass())).violation("projectId",
                    "is required, with orgId: STO creates exemptions in a project; set them on the client or on the"
                            + " request");
        }
        return scope;
    }

    private static TransportRequest.Builder scoped(TransportRequest.Builder b, HarnessScope scope) {
        return b.query("orgId", org(scope)).query("projectId", project(scope));
    }

    private static String org(HarnessScope scope) {
        return scope.orgId().orElse(null);
    }

    private static String project(HarnessScope scope) {
        return scope.projectId().orElse(null);
    }

    private static Integer pageSize(PagedRequest request) {
        return request.pageSize().isPresent() ? request.pageSize().getAsInt() : null;
    }

    private static <T> List<T> listOrNull(List<T> values) {
        return values.isEmpty() ? null : values;
    }

    /** Harness requires the pendingChanges object on create and update; durationDays inside it is optional. */
    private static PendingChanges days(OptionalLong days) {
        PendingChanges.Builder changes = PendingChanges.builder();
        days.ifPresent(changes::durationDays);
        return changes.build();
    }

    /** A review's pendingChangesOverride is sent only when a duration is given. */
    private static PendingChanges daysOrNull(OptionalLong days) {
        return days.isPresent() ? days(days) : null;
    }

    private static <B> B build(Supplier<B> builder, Consumer<B> request) {
        B b = builder.get();
        Objects.requireNonNull(request, "request").accept(b);
        return b;
    }
}
