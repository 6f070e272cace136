package dev.waiver.har;

import dev.waiver.core.ConflictException;
import dev.waiver.core.Operation;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.SafeCreate;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.internal.RequestChecks;
import dev.waiver.har.internal.HarPaging;
import dev.waiver.har.internal.StatusChangeBody;
import dev.waiver.har.internal.wire.FirewallExceptionList;
import dev.waiver.har.internal.wire.FirewallExceptionVersionList;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.FirewallExceptionCounts;
import dev.waiver.har.model.FirewallExceptionStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Harness Artifact Registry firewall exceptions: requests to let an otherwise blocked package
 * through a registry's firewall, and their approval. One method per API operation; obtained from
 * {@link HarClient#firewallExceptions()}. Thread-safe.
 *
 * <p>The API has no operation that reads one exception by id: find one with
 * {@link #list(Consumer)} and {@code exceptionId(...)}.
 *
 * <p>Every method throws, besides what it lists, {@link dev.waiver.core.ApiException} subclasses
 * when Harness refuses the call (see {@link HarErrors} for the HAR error details) and
 * {@link dev.waiver.core.TransportException} when no usable answer arrived.
 */
public final class FirewallExceptions {

    static final String EXCEPTIONS = "/har/api/v3/scans/exceptions";
    static final String EXCEPTION = EXCEPTIONS + "/{id}";
    static final String EXCEPTION_STATUS = EXCEPTION + "/status";
    static final String VERSIONS = "/har/api/v3/scans/versions";

    private final HttpTransport transport;
    private final String defaultOrgId;
    private final String defaultProjectId;

    FirewallExceptions(HttpTransport transport, String defaultOrgId, String defaultProjectId) {
        this.transport = transport;
        this.defaultOrgId = defaultOrgId;
        this.defaultProjectId = defaultProjectId;
    }

    /**
     * Requests a firewall exception ({@code POST}, answered 201). The exception starts PENDING.
     * A safe create (see {@link dev.waiver.core.SafeCreate}): the retry policy resends it only when
     * it provably never reached Harness; if the answer is lost after the request may have reached
     * Harness (a timeout, or a reset after sending), the SDK lists the exceptions of the client's
     * default organisation and project filtered by {@code registry_ids} (the request's registry),
     * {@code package_name} and, when the request names versions, {@code version} (its first), and
     * keeps only one whose {@code registryId} and {@code packageName} equal the request's and whose
     * {@code versionList} holds exactly the request's versions (empty for "all versions"). Found, it
     * is returned with {@link FirewallException#recovered()} {@code true}, whoever created it and
     * whatever its status; none, the create is sent once more, its outcome final. A lookup that fails
     * throws the original {@link dev.waiver.core.TransportException} with the lookup's failure
     * suppressed. Limits: an exception Harness does not list yet is not found (the second send then
     * answers 409 or creates it). Off with {@code safeCreates(false)} on the client builder.
     *
     * @param request what to except and why
     * @return the new exception, or the recovered one
     * @throws ConflictException if an exception for the same package and versions already exists (409)
     */
    public FirewallException create(CreateFirewallExceptionRequest request) {
        Objects.requireNonNull(request, "request");
        TransportRequest http = TransportRequest.builder(Operation.of("har", "createFirewallExceptionV3"),
                        HttpMethod.POST, EXCEPTIONS)
                .jsonBody(request.toBody())
                .build();
        return SafeCreate.run(transport.safeCreates(), () -> transport.executeJson(http, FirewallException.class),
                () -> recover(request));
    }

    /** The safe create's lookup: an exception with the request's registry, package and exact versions. */
    private Optional<FirewallException> recover(CreateFirewallExceptionRequest request) {
        List<String> versions = request.versionList().orElse(List.of());
        ListFirewallExceptionsRequest.Builder filter = ListFirewallExceptionsRequest.builder()
                .registryIds(request.registryId())
                .packageName(request.packageName());
        if (!versions.isEmpty()) {
            filter.version(versions.get(0));
        }
        Set<String> wanted = new HashSet<>(versions);
        for (FirewallException e : list(filter.build())) {
            if (e.registryId().equals(request.registryId()) && e.packageName().equals(request.packageName())
                    && e.versionList().size() == versions.size() && new HashSet<>(e.versionList()).equals(wanted)) {
                return Optional.of(e.toBuilder().recovered(true).build());
            }
        }
        return Optional.empty();
    }

    /**
     * Requests a firewall exception; see {@link #create(CreateFirewallExceptionRequest)}.
     *
     * @param request fills in the request
     * @return the new exception, or the recovered one
     * @throws ConflictException if an exception for the same package and versions already exists (409)
     */
    public FirewallException create(Consumer<CreateFirewallExceptionRequest.Builder> request) {
        return create(build(CreateFirewallExceptionRequest.builder(), request).build());
    }

    /**
     * Every exception in the client's default organisation and project, fetched page by page as
     * the iteration goes.
     *
     * @return a lazy list; nothing is fetched yet
     */
    public PagedIterable<FirewallException> list() {
        return list(ListFirewallExceptionsRequest.all());
    }

    /**
     * The exceptions matching the request, fetched page by page (pages numbered from 0) while the
     * vendor says {@code hasMore}. {@link dev.waiver.core.Page#totalItems()} is the vendor's
     * {@code meta.totalCount}.
     *
     * @param request filters and paging
     * @return a lazy list; nothing is fetched yet
     */
    public PagedIterable<FirewallException> list(ListFirewallExceptionsRequest request) {
        Objects.requireNonNull(request, "request");
        return HarPaging.walk(request.startPage(), page -> {
            FirewallExceptionList answer = fetchPage(request, page);
            return new HarPaging.Fetched<>(answer.items(), Boolean.TRUE.equals(answer.hasMore()),
                    answer.meta().map(FirewallExceptionCounts::totalCount).orElse(null));
        });
    }

    /**
     * The exceptions matching the request; see {@link #list(ListFirewallExceptionsRequest)}.
     *
     * @param request fills in the filters and paging
     * @return a lazy list; nothing is fetched yet
     */
    public PagedIterable<FirewallException> list(Consumer<ListFirewallExceptionsRequest.Builder> request) {
        return list(build(ListFirewallExceptionsRequest.builder(), request).build());
    }

    /**
     * How many exceptions there are, by status, as Harness counts them for the request's filters: the
     * {@code meta} block Harness sends with every list page, read with one call for a first page of one
     * item (the request's own page and size are not used).
     *
     * @param request the filters
     * @return the counts; empty if Harness sent none
     */
    public Optional<FirewallExceptionCounts> counts(ListFirewallExceptionsRequest request) {
        Objects.requireNonNull(request, "request");
        return fetchPage(request.toBuilder().size(1).build(), 0).meta();
    }

    /**
     * The counts by status; see {@link #counts(ListFirewallExceptionsRequest)}.
     *
     * @param request fills in the filters
     * @return the counts; empty if Harness sent none
     */
    public Optional<FirewallExceptionCounts> counts(Consumer<ListFirewallExceptionsRequest.Builder> request) {
        return counts(build(ListFirewallExceptionsRequest.builder(), request).build());
    }

    /**
     * Changes an exception ({@code PUT}). <strong>Allowed only while the exception is
     * PENDING</strong>; Harness refuses updates to approved, rejected or expired exceptions.
     * Fields the request leaves out stay as they are; {@link UpdateFirewallExceptionRequest}
     * explains how to send "never expires" and "no remediation plan".
     *
     * @param id      the exception's id
     * @param request the changes
     * @return the updated exception
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException update(String id, UpdateFirewallExceptionRequest request) {
        pathId(id, "FirewallExceptions.update");
        Objects.requireNonNull(request, "request");
        return transport.executeJson(TransportRequest.builder(Operation.of("har", "updateFirewallExceptionV3"), HttpMethod.PUT, EXCEPTION)
                .pathParam("id", id)
                .jsonBody(request.toBody())
                .build(), FirewallException.class);
    }

    /**
     * Changes an exception; see {@link #update(String, UpdateFirewallExceptionRequest)}.
     * Allowed only while the exception is PENDING.
     *
     * @param id      the exception's id
     * @param request fills in the changes
     * @return the updated exception
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException update(String id, Consumer<UpdateFirewallExceptionRequest.Builder> request) {
        return update(id, build(UpdateFirewallExceptionRequest.builder(), request).build());
    }

    /**
     * Approves an exception without notes.
     *
     * @param id the exception's id
     * @return the exception, now APPROVED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException approve(String id) {
        return approve(id, ReviewFirewallExceptionRequest.none());
    }

    /**
     * Approves an exception ({@code PUT .../status} with {@code "status": "APPROVED"}). The
     * expiry, if the exception has one, starts counting now.
     *
     * @param id     the exception's id
     * @param review the approver's notes
     * @return the exception, now APPROVED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException approve(String id, ReviewFirewallExceptionRequest review) {
        return changeStatus("FirewallExceptions.approve", id, FirewallExceptionStatus.APPROVED, review);
    }

    /**
     * Approves an exception, for example {@code approve(id, r -> r.notes("Until the upgrade lands"))}.
     *
     * @param id     the exception's id
     * @param review fills in the approver's notes
     * @return the exception, now APPROVED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException approve(String id, Consumer<ReviewFirewallExceptionRequest.Builder> review) {
        return approve(id, build(ReviewFirewallExceptionRequest.builder(), review).build());
    }

    /**
     * Rejects an exception without notes.
     *
     * @param id the exception's id
     * @return the exception, now REJECTED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException reject(String id) {
        return reject(id, ReviewFirewallExceptionRequest.none());
    }

    /**
     * Rejects an exception ({@code PUT .../status} with {@code "status": "REJECTED"}).
     *
     * @param id     the exception's id
     * @param review the approver's notes
     * @return the exception, now REJECTED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException reject(String id, ReviewFirewallExceptionRequest review) {
        return changeStatus("FirewallExceptions.reject", id, FirewallExceptionStatus.REJECTED, review);
    }

    /**
     * Rejects an exception, for example {@code reject(id, r -> r.notes("Upgrade instead"))}.
     *
     * @param id     the exception's id
     * @param review fills in the approver's notes
     * @return the exception, now REJECTED
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public FirewallException reject(String id, Consumer<ReviewFirewallExceptionRequest.Builder> review) {
        return reject(id, build(ReviewFirewallExceptionRequest.builder(), review).build());
    }

    /**
     * Deletes an exception ({@code DELETE}, answered 204).
     *
     * @param id the exception's id
     * @throws IllegalArgumentException if {@code id} is missing or empty
     */
    public void delete(String id) {
        pathId(id, "FirewallExceptions.delete");
        transport.executeIgnoringBody(TransportRequest.builder(Operation.of("har", "deleteFirewallExceptionV3"), HttpMethod.DELETE, EXCEPTION).pathParam("id", id).build());
    }

    /**
     * The versions of a package in a registry, to choose from when creating an exception; fetched
     * page by page while the vendor says {@code hasMore}.
     *
     * @param request the registry and package
     * @return a lazy list of version strings; nothing is fetched yet
     */
    public PagedIterable<String> listVersions(ListFirewallExceptionVersionsRequest request) {
        Objects.requireNonNull(request, "request");
        return HarPaging.walk(request.startPage(), page -> {
            FirewallExceptionVersionList answer = transport.executeJson(TransportRequest.builder(Operation.of("har", "listFirewallExceptionVersionsV3"), HttpMethod.GET, VERSIONS)
                    .query("registry_id", request.registryId().orElse(null))
                    .query("package_name", request.packageName().orElse(null))
                    .query("page", page)
                    .query("size", request.size().isPresent() ? request.size().getAsInt() : null)
                    .build(), FirewallExceptionVersionList.class);
            return new HarPaging.Fetched<>(answer.items(), Boolean.TRUE.equals(answer.hasMore()), null);
        });
    }

    /**
     * The versions of a package; see {@link #listVersions(ListFirewallExceptionVersionsRequest)}.
     *
     * @param request fills in the registry and package
     * @return a lazy list of version strings; nothing is fetched yet
     */
    public PagedIterable<String> listVersions(Consumer<ListFirewallExceptionVersionsRequest.Builder> request) {
        return listVersions(build(ListFirewallExceptionVersionsRequest.builder(), request).build());
    }

    private FirewallException changeStatus(String operation, String id, FirewallExceptionStatus status,
                                           ReviewFirewallExceptionRequest review) {
        pathId(id, operation);
        Objects.requireNonNull(review, "review");
        return transport.executeJson(TransportRequest.builder(Operation.of("har", "updateStatusFirewallExceptionV3"), HttpMethod.PUT, EXCEPTION_STATUS)
                .pathParam("id", id)
                .jsonBody(new StatusChangeBody(status, review.notes().orElse(null)))
                .build(), FirewallException.class);
    }

    private FirewallExceptionList fetchPage(ListFirewallExceptionsRequest r, long page) {
        TransportRequest.Builder b = TransportRequest.builder(Operation.of("har", "listFirewallExceptionsV3"), HttpMethod.GET, EXCEPTIONS)
                .query("org_identifier", r.orgId().orElse(defaultOrgId))
                .query("project_identifier", r.projectId().orElse(defaultProjectId))
                .query("status", r.status().orElse(null))
                .query("package_name", r.packageName().orElse(null))
                .query("version", r.version().orElse(null));
        r.packageTypes().forEach(t -> b.query("package_types", t.value()));
        r.registryIds().forEach(id -> b.query("registry_ids", id));
        b.query("exception_id", r.exceptionId().orElse(null))
                .query("search_term", r.searchTerm().orElse(null))
                .query("page", page)
                .query("size", r.size().isPresent() ? r.size().getAsInt() : null)
                .query("sort", r.sort().orElse(null));
        return transport.executeJson(b.build(), FirewallExceptionList.class);
    }

    /** A path id must be there and not empty: an empty one would name another resource. */
    private static void pathId(String id, String operation) {
        RequestChecks check = RequestChecks.named(operation);
        if (check.required(id, "id").isEmpty()) {
            throw check.violation("id", "must not be empty (it is a path parameter)");
        }
    }

    private static <B> B build(B builder, Consumer<B> fill) {
        Objects.requireNonNull(fill, "request").accept(builder);
        return builder;
    }
}
