package dev.waiver.sto;

import dev.waiver.core.Operation;
import dev.waiver.core.ApiException;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.TransportException;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
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
import dev.waiver.sto.model.PendingChanges;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The exemptions of security issues in Harness STO: request, review, promote and track them.
 * Obtained from {@link StoClient#exemptions()}; thread-safe.
 *
 * <p>Every method checks its input before sending anything ({@link IllegalArgumentException}
 * naming the field and the rule) and throws an {@link ApiException} subclass when STO refuses the
 * call (400 {@link dev.waiver.core.BadRequestException}, 401
 * {@link dev.waiver.core.AuthenticationException}, 403
 * {@link dev.waiver.core.PermissionDeniedException}, 404 {@link dev.waiver.core.NotFoundException},
 * 429 {@link dev.waiver.core.RateLimitedException} once the retry policy gives up, 5xx
 * {@link dev.waiver.core.ServerException}), or a {@link TransportException} when no usable answer
 * arrived. Each call goes to the client's default scope unless its request says otherwise (see
 * {@link ScopedRequestBuilder}).
 *
 * <p>Deleting an exemption is not offered: Harness marks that endpoint internal, for its own web
 * session tokens only, not for API keys.
 */
public final class Exemptions {

    private static final String BASE = "/sto/api/v2/exemptions";
    private static final String ONE = BASE + "/{id}";
    private static final String ISSUE = BASE + "/issue/{issueId}";

    private final HttpTransport transport;
    private final Scope defaultScope;

    Exemptions(HttpTransport transport, Scope defaultScope) {
        this.transport = transport;
        this.defaultScope = defaultScope;
    }

    /**
     * Requests an exemption for one issue. Not retried once it may have reached STO, except after
     * a 429 (STO did not process it).
     *
     * @param request what to exempt and why
     * @return the new exemption's id
     */
    public CreatedExemption create(CreateExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = projectScope(request.scope(), "create");
        ScopeRules.check("", org(scope), project(scope), request.pipelineId(), request.targetId(), request.scanId());
        CreateExemptionBody body = new CreateExemptionBody()
                .issueId(request.issueId())
                .type(request.type())
                .reason(request.reason())
                .requesterId(request.requesterId())
                .requesterName(request.requesterName())
                .requesterEmail(request.requesterEmail())
                .pendingChanges(days(request.durationDays()))
                .expiration(request.expiration())
                .link(request.link())
                .exemptFutureOccurrences(request.exemptFutureOccurrences())
                .occurrences(request.occurrences())
                .pipelineId(request.pipelineId())
                .targetId(request.targetId())
                .scanId(request.scanId())
                .search(request.search());
        return transport.executeJson(scoped(TransportRequest.builder(Operation.of("sto", "createExemption"), HttpMethod.POST, BASE), scope).jsonBody(body).build(),
                CreatedExemption.class);
    }

    /**
     * Requests an exemption for one issue.
     *
     * @param request sets the request's fields
     * @return the new exemption's id
     */
    public CreatedExemption create(Consumer<CreateExemptionRequest.Builder> request) {
        return create(build(CreateExemptionRequest.builder(), request).build());
    }

    /**
     * Requests up to 100 exemptions at once. Per-item failures that STO reports in its answer are
     * returned in {@link BulkExemptionResult#getResults()} (with {@code statusCode} and
     * {@code error}), not thrown; a batch STO refuses as a whole (HTTP 400) throws.
     *
     * @param request the shared fields and the items
     * @return the counts and per-item outcomes, in request order
     */
    public BulkExemptionResult bulkCreate(BulkCreateExemptionsRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = projectScope(request.scope(), "bulkCreate");
        List<BulkCreateExemptionsRequest.Item> items = request.items();
        List<BulkExemptionItem> wireItems = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BulkCreateExemptionsRequest.Item item = items.get(i);
            ScopeRules.pipelineOrTarget("items[" + i + "].", item.pipelineId(), item.targetId());
            wireItems.add(new BulkExemptionItem()
                    .issueId(item.issueId())
                    .occurrences(item.occurrences())
                    .pipelineId(item.pipelineId())
                    .targetId(item.targetId())
                    .scanId(item.scanId())
                    .search(item.search()));
        }
        BulkCreateExemptionsBody body = new BulkCreateExemptionsBody()
                .type(request.type())
                .reason(request.reason())
                .pendingChanges(days(request.durationDays()))
                .requesterName(request.requesterName())
                .requesterEmail(request.requesterEmail())
                .expiration(request.expiration())
                .link(request.link())
                .exemptFutureOccurrences(request.exemptFutureOccurrences())
                .items(wireItems);
        return transport.executeJson(
                scoped(TransportRequest.builder(Operation.of("sto", "bulkCreateExemptions"), HttpMethod.POST, BASE + "/bulk"), scope).jsonBody(body).build(),
                BulkExemptionResult.class);
    }

    /**
     * Requests up to 100 exemptions at once.
     *
     * @param request sets the request's fields
     * @return the counts and per-item outcomes, in request order
     */
    public BulkExemptionResult bulkCreate(Consumer<BulkCreateExemptionsRequest.Builder> request) {
        return bulkCreate(build(BulkCreateExemptionsRequest.builder(), request).build());
    }

    /**
     * Reads one exemption in the client's default scope.
     *
     * @param id the exemption's id
     * @return the exemption
     */
    public Exemption get(String id) {
        return get(GetExemptionRequest.builder().id(id).build());
    }

    /**
     * Reads one exemption.
     *
     * @param request which exemption
     * @return the exemption
     */
    public Exemption get(GetExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "findExemptionById"), HttpMethod.GET, ONE), scope)
                .pathParam("id", request.id())
                .query("executionId", request.executionId())
                .query("ignoreScope", request.ignoreScope())
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Reads one exemption.
     *
     * @param request sets the request's fields
     * @return the exemption
     */
    public Exemption get(Consumer<GetExemptionRequest.Builder> request) {
        return get(build(GetExemptionRequest.builder(), request).build());
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
        return getForIssue(IssueExemptionRequest.builder().issueId(issueId).build());
    }

    /**
     * Reads the exemption of one issue: the highest-priority exemption of the issue across all
     * scopes ({@code GET /sto/api/v2/exemptions/issue/{issueId}}).
     *
     * @param request the issue and the scope
     * @return the exemption
     * @throws dev.waiver.core.NotFoundException if STO answers 404
     */
    public Exemption getForIssue(IssueExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "getExemptionForIssue"), HttpMethod.GET, ISSUE), scope)
                .pathParam("issueId", request.issueId())
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Reads the exemption of one issue.
     *
     * @param request sets the request's fields
     * @return the exemption
     */
    public Exemption getForIssue(Consumer<IssueExemptionRequest.Builder> request) {
        return getForIssue(build(IssueExemptionRequest.builder(), request).build());
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
        Scope scope = request.scope().resolve(defaultScope);
        return StoPaging.walk(request.firstPage(), page -> {
            TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "listExemptions"), HttpMethod.GET, BASE), scope)
                    .query("page", page)
                    .query("pageSize", request.pageSize())
                    .build();
            ExemptionPage answer = transport.executeJson(http, ExemptionPage.class);
            return new StoPaging.Answer<>(answer.getResults(), answer.getPagination());
        });
    }

    /**
     * Lists exemptions page by page, lazily.
     *
     * @param request sets the request's fields
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<Exemption> list(Consumer<ListExemptionsRequest.Builder> request) {
        return list(build(ListExemptionsRequest.builder(), request).build());
    }

    /**
     * Changes an exemption. Harness requires {@code type}, {@code reason} and {@code pendingChanges}
     * on every update (see {@link UpdateExemptionRequest.Builder#from(Exemption)} to start from the
     * exemption as read); the other fields are sent only when set.
     *
     * @param request which exemption and what to change
     * @return the exemption as changed
     */
    public Exemption update(UpdateExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        ScopeRules.check("", org(scope), project(scope), request.pipelineId(), request.targetId(), null);
        UpdateExemptionBody body = new UpdateExemptionBody()
                .type(request.type())
                .reason(request.reason())
                .pendingChanges(days(request.durationDays()))
                .expiration(request.expiration())
                .link(request.link())
                .requesterName(request.requesterName())
                .requesterEmail(request.requesterEmail())
                .pipelineId(request.pipelineId())
                .targetId(request.targetId());
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "updateExemption"), HttpMethod.PUT, ONE), scope)
                .pathParam("id", request.id())
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Changes an exemption.
     *
     * @param request sets the request's fields
     * @return the exemption as changed
     */
    public Exemption update(Consumer<UpdateExemptionRequest.Builder> request) {
        return update(build(UpdateExemptionRequest.builder(), request).build());
    }

    /**
     * Approves an exemption at its own scope.
     *
     * @param request which exemption, and the optional comment and duration override
     * @return the exemption as reviewed
     */
    public Exemption approve(ReviewExemptionRequest request) {
        return review(request, "approve");
    }

    /**
     * Approves an exemption at its own scope.
     *
     * @param request sets the request's fields
     * @return the exemption as reviewed
     */
    public Exemption approve(Consumer<ReviewExemptionRequest.Builder> request) {
        return approve(build(ReviewExemptionRequest.builder(), request).build());
    }

    /**
     * Rejects an exemption.
     *
     * @param request which exemption, and the optional comment and duration override
     * @return the exemption as reviewed
     */
    public Exemption reject(ReviewExemptionRequest request) {
        return review(request, "reject");
    }

    /**
     * Rejects an exemption.
     *
     * @param request sets the request's fields
     * @return the exemption as reviewed
     */
    public Exemption reject(Consumer<ReviewExemptionRequest.Builder> request) {
        return reject(build(ReviewExemptionRequest.builder(), request).build());
    }

    private Exemption review(ReviewExemptionRequest request, String action) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        ReviewExemptionBody body = new ReviewExemptionBody()
                .comment(request.comment())
                .pendingChangesOverride(request.durationDaysOverride() == null ? null
                        : days(request.durationDaysOverride()));
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "approveExemption"), HttpMethod.PUT, ONE + "/" + action), scope)
                .pathParam("id", request.id())
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Approves an exemption at the scope the call names (see {@link PromoteExemptionRequest} for
     * how the scope promoted to follows the call's scope, {@code pipelineId} and {@code targetId}).
     * The query carries the scope ({@code orgId}, {@code projectId}); {@code pipelineId} and
     * {@code targetId} travel in the body only.
     *
     * @param request which exemption and where to promote it
     * @return the exemption as promoted
     */
    public Exemption promote(PromoteExemptionRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        PromoteExemptionBody body = new PromoteExemptionBody()
                .approverId(request.approverId())
                .comment(request.comment())
                .pendingChangesOverride(request.durationDaysOverride() == null ? null
                        : days(request.durationDaysOverride()))
                .pipelineId(request.pipelineId())
                .targetId(request.targetId());
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "promoteExemption"), HttpMethod.PUT, ONE + "/promote"), scope)
                .pathParam("id", request.id())
                .jsonBody(body)
                .build();
        return transport.executeJson(http, Exemption.class);
    }

    /**
     * Approves an exemption at the scope the call names.
     *
     * @param request sets the request's fields
     * @return the exemption as promoted
     */
    public Exemption promote(Consumer<PromoteExemptionRequest.Builder> request) {
        return promote(build(PromoteExemptionRequest.builder(), request).build());
    }

    /**
     * Lists an issue's exemption history in the client's default scope, newest first.
     *
     * @param issueId the issue
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(String issueId) {
        return history(ExemptionHistoryRequest.builder().issueId(issueId).build());
    }

    /**
     * Lists an issue's exemption history page by page, lazily, newest first.
     *
     * @param request the issue, the scope and paging
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(ExemptionHistoryRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        ScopeRules.historyFilter(org(scope), project(scope), request.pipelineId(), request.targetId());
        return StoPaging.walk(request.firstPage(), page -> {
            TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "listIssueExemptionHistory"), HttpMethod.GET, ISSUE + "/history"), scope)
                    .pathParam("issueId", request.issueId())
                    .query("pipelineId", request.pipelineId())
                    .query("targetId", request.targetId())
                    .query("page", page)
                    .query("pageSize", request.pageSize())
                    .build();
            ExemptionHistoryPage answer = transport.executeJson(http, ExemptionHistoryPage.class);
            return new StoPaging.Answer<>(answer.getEvents(), answer.getPagination());
        });
    }

    /**
     * Lists an issue's exemption history page by page, lazily, newest first.
     *
     * @param request sets the request's fields
     * @return a lazy list; nothing is fetched until iterated
     */
    public PagedIterable<ExemptionHistoryEvent> history(Consumer<ExemptionHistoryRequest.Builder> request) {
        return history(build(ExemptionHistoryRequest.builder(), request).build());
    }

    /**
     * Exports an issue's whole exemption history in the client's default scope, in one answer.
     *
     * @param issueId the issue
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(String issueId) {
        return exportHistory(ExportExemptionHistoryRequest.builder().issueId(issueId).build());
    }

    /**
     * Exports an issue's whole exemption history as CSV columns and rows, in one answer without
     * paging ({@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}).
     *
     * @param request the issue, the scope, and the optional pipeline and target
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(ExportExemptionHistoryRequest request) {
        Objects.requireNonNull(request, "request");
        Scope scope = request.scope().resolve(defaultScope);
        ScopeRules.historyFilter(org(scope), project(scope), request.pipelineId(), request.targetId());
        TransportRequest http = scoped(TransportRequest.builder(Operation.of("sto", "exportIssueExemptionHistory"), HttpMethod.GET, ISSUE + "/history/export"), scope)
                .pathParam("issueId", request.issueId())
                .query("pipelineId", request.pipelineId())
                .query("targetId", request.targetId())
                .build();
        return transport.executeJson(http, ExemptionHistoryExport.class);
    }

    /**
     * Exports an issue's whole exemption history as CSV columns and rows, in one answer.
     *
     * @param request sets the request's fields
     * @return the CSV column headers and rows, with the suggested file name and the row count
     */
    public ExemptionHistoryExport exportHistory(Consumer<ExportExemptionHistoryRequest.Builder> request) {
        return exportHistory(build(ExportExemptionHistoryRequest.builder(), request).build());
    }

    private Scope projectScope(ScopeChoice choice, String operation) {
        Scope scope = choice.resolve(defaultScope);
        if (scope.level() != dev.waiver.sto.model.ExemptionScope.PROJECT) {
            throw new IllegalArgumentException(operation + " needs projectId and orgId: STO creates exemptions in a"
                    + " project; set them on the client or on the request");
        }
        return scope;
    }

    private static TransportRequest.Builder scoped(TransportRequest.Builder b, Scope scope) {
        return b.query("orgId", org(scope)).query("projectId", project(scope));
    }

    private static String org(Scope scope) {
        return scope.orgId().orElse(null);
    }

    private static String project(Scope scope) {
        return scope.projectId().orElse(null);
    }

    /** Harness requires the pendingChanges object on create and update; durationDays inside it is optional. */
    private static PendingChanges days(Long days) {
        PendingChanges changes = new PendingChanges();
        if (days != null) {
            changes.durationDays(days);
        }
        return changes;
    }

    private static <B> B build(B builder, Consumer<B> request) {
        Objects.requireNonNull(request, "request").accept(builder);
        return builder;
    }
}
