package dev.waiver.qualys;

import dev.waiver.core.ApiError;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.SafeCreate;
import dev.waiver.core.TransportException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.internal.RequestChecks;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.paging.PageResponse;
import dev.waiver.qualys.internal.Answers;
import dev.waiver.qualys.internal.BatchReturnReader;
import dev.waiver.qualys.internal.CreatedExceptionsReader;
import dev.waiver.qualys.internal.ExceptionForms;
import dev.waiver.qualys.internal.ExceptionListPage;
import dev.waiver.qualys.internal.HostList;
import dev.waiver.qualys.internal.HostListReader;
import dev.waiver.qualys.internal.RateLimitTracker;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ComplianceException;
import dev.waiver.qualys.model.CreatedExceptions;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.ExceptionStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Policy Compliance exceptions of a Qualys subscription ({@code /api/<version>/fo/compliance/exception/}):
 * {@code create} (Qualys' {@code request} action), {@code list}, {@code update}, {@code approve} and
 * {@code reject} (both Qualys' {@code update} with a status), and {@code delete}. The batch actions
 * take the {@link ExceptionNumbers} first. Obtained from {@link QualysClient#complianceExceptions()};
 * thread-safe.
 *
 * <p>Errors: a Qualys {@code SIMPLE_RETURN} with a {@code CODE} becomes a typed exception whatever
 * the HTTP status (Qualys sends some errors with HTTP 200), with the code as
 * {@link dev.waiver.core.ApiException#vendorCode()}, the text as its vendor message, the answer's
 * {@code DATETIME} as detail {@code datetime} and each item as a detail (for example
 * {@code SECONDS_TO_WAIT}). Rate and concurrency refusals (1965, 1960) are
 * {@link dev.waiver.core.RateLimitedException}s and are retried, for every action, after the wait
 * Qualys asks for, within the retry policy's {@code maxRetryAfter}.
 */
public final class ComplianceExceptions {

    /** How many candidates' numbers an ambiguous safe create's message names. */
    private static final int NAMED_CANDIDATES = 20;

    private final HttpTransport transport;
    private final ExceptionForms forms;
    private final HostList hosts;
    private final RateLimitTracker tracker;
    private final QualysApiVersion version;

    ComplianceExceptions(HttpTransport transport, ExceptionForms forms, HostList hosts, RateLimitTracker tracker,
                         QualysApiVersion version) {
        this.transport = transport;
        this.forms = forms;
        this.hosts = hosts;
        this.tracker = tracker;
        this.version = version;
    }

    /**
     * Creates an exception (Qualys' {@code request} action): asks for an exception to a failing
     * control on a host. The call creates something, so it is never sent twice unless Qualys said it
     * did not process it (rate or concurrency limit) or it provably never left this machine.
     *
     * <p>A request naming one host ({@code hostId}, no tag set) is a safe create ({@link SafeCreate}):
     * when it fails with a {@link TransportException} whose {@code requestMayHaveReachedServer()} is
     * {@code true}, the SDK looks the exception up. Qualys' exception list names a host by IP address
     * only, so it first asks Qualys' Host List API for the host's IP
     * ({@code GET /api/2.0/fo/asset/host/?action=list&ids={hostId}}), then lists the exceptions with
     * that {@code ip}, {@code control_id} and {@code policy_id}, and keeps those of exactly that IP,
     * control id, policy id and technology id that are not Rejected or Expired (a lost create's
     * exception is new). Then:
     * <ul>
     *   <li>exactly one, and the request names no {@code instanceString}: it is returned with
     *       {@link CreatedExceptions#recovered()} {@code true} (whoever created it), its number, an
     *       empty text and no time;</li>
     *   <li>none: the create is sent once more, its outcome final;</li>
     *   <li>two or more, or one or more when the request names an {@code instanceString} (the list
     *       shows no instance): the SDK cannot tell which is the lost create's, sends nothing more,
     *       and throws the original {@link TransportException}, with a {@link WaiverException}
     *       naming the candidates' numbers {@linkplain Throwable#getSuppressed() suppressed} in it;</li>
     *   <li>the host is unknown or has no IP (an agent-tracked host), or a lookup call fails: the
     *       original {@link TransportException} is thrown with that failure suppressed; nothing is
     *       sent again.</li>
     * </ul>
     * Limits: an exception Qualys does not list yet is not found, so the second send may duplicate
     * it; another exception of the same control, policy, technology and host IP created by someone
     * else is taken for ours, even one on another host with the same IP (in another Qualys network);
     * a host whose IP changed since the create is not matched. Not covered: a v3.0 tag set (it may create several exceptions), thrown
     * as before. Off with {@code safeCreates(false)} on the client builder: the
     * {@link TransportException} is thrown as is.
     *
     * @param request what to ask for
     * @return what Qualys answered: the new exception's number (several when a v3.0 tag set named
     *         several hosts), its text and time; or the recovered exception
     * @throws IllegalArgumentException if the request uses v3.0 tag parameters on a v2.0 client;
     *                                  nothing is sent
     */
    public CreatedExceptions create(CreateExceptionRequest request) {
        Objects.requireNonNull(request, "request");
        String v3Only = request.firstV3OnlyParameter();
        if (v3Only != null && version == QualysApiVersion.V2_0) {
            throw RequestChecks.of(CreateExceptionRequest.class).violation(v3Only, "is only available on Qualys API "
                    + "v3.0, and this client uses v2.0: build the client with .apiVersion(QualysApiVersion.V3_0)");
        }
        TransportRequest call = forms.create(request);
        if (request.hostId().isEmpty() || !request.tagSetInclude().isEmpty()) {
            return send(call); // a tag set may create several exceptions: not a safe create
        }
        return SafeCreate.run(transport.safeCreates(), () -> send(call), () -> recover(request));
    }

    private CreatedExceptions send(TransportRequest call) {
        return transport.execute(call, response -> Answers.read(response, tracker, "create", new CreatedExceptionsReader()));
    }

    /**
     * The safe create's lookup: the host's IP from the Host List, then the exceptions of that IP,
     * control, policy and technology. Empty when there is none; throws when there is no way to tell.
     */
    private Optional<CreatedExceptions> recover(CreateExceptionRequest request) {
        long hostId = request.hostId().getAsLong();
        String ip = hostIp(hostId);
        List<Long> candidates = new ArrayList<>();
        ListExceptionsRequest filters = ListExceptionsRequest.builder()
                .ip(ip).controlId(request.controlId()).policyId(request.policyId()).build();
        for (ComplianceException e : list(filters)) {
            if (isCandidate(e, request, ip)) {
                candidates.add(e.exceptionNumber());
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() > 1 || request.instanceString().isPresent()) {
            throw new WaiverException("safe create: cannot tell which exception the lost create made: "
                    + (request.instanceString().isPresent()
                    ? "the request names an instance, which Qualys' list does not show, and "
                    : "")
                    + candidates.size() + " exception(s) of control " + request.controlId() + ", policy "
                    + request.policyId() + ", technology " + request.technologyId() + " on host " + hostId
                    + " (" + ip + ") exist: " + named(candidates) + "; nothing was sent again");
        }
        return Optional.of(CreatedExceptions.ofRecovered(ExceptionNumbers.of(candidates.get(0))));
    }

    /** The host's IP address, by the Host List API; fails if Qualys knows no such host or gives it no IP. */
    private String hostIp(long hostId) {
        List<HostListReader.Host> found = transport.execute(hosts.list(hostId),
                response -> Answers.read(response, tracker, "hostList", new HostListReader()));
        HostListReader.Host host = found.stream().filter(h -> h.id() == hostId).findFirst()
                .orElseThrow(() -> new WaiverException("safe create: Qualys' Host List shows no host " + hostId
                        + ", so its exceptions cannot be looked up; nothing was sent again"));
        return host.ip().orElseThrow(() -> new WaiverException("safe create: Qualys' Host List gives host " + hostId
                + " no IP address (an agent-tracked host?), and Qualys' exception list names hosts by IP only; "
                + "nothing was sent again"));
    }

    /** Exactly the create's control, policy, technology and host IP (the list's control filter matches prefixes), and not closed. */
    private static boolean isCandidate(ComplianceException e, CreateExceptionRequest request, String ip) {
        return e.controlId().equals(OptionalLong.of(request.controlId()))
                && e.policyId().equals(OptionalLong.of(request.policyId()))
                && e.technologyId().equals(OptionalLong.of(request.technologyId()))
                && e.ip().filter(ip::equals).isPresent()
                && e.status().filter(s -> s.equals(ExceptionStatus.REJECTED) || s.equals(ExceptionStatus.EXPIRED)).isEmpty();
    }

    private static String named(List<Long> numbers) {
        String listed = numbers.stream().limit(NAMED_CANDIDATES).map(String::valueOf).collect(Collectors.joining(", "));
        return numbers.size() > NAMED_CANDIDATES ? listed + ", ..." : listed;
    }

    /**
     * Creates an exception, the request built in place:
     * {@code create(r -> r.controlId(1113).hostId(2).policyId(3).technologyId(45).assigneeId(7).comments("..."))}.
     *
     * @param request fills the request's builder
     * @return what Qualys answered
     * @see #create(CreateExceptionRequest)
     */
    public CreatedExceptions create(Consumer<CreateExceptionRequest.Builder> request) {
        return create(build(request, CreateExceptionRequest.builder()).build());
    }

    /**
     * Lists every exception.
     *
     * @return the lazy list
     * @see #list(ListExceptionsRequest)
     */
    public PagedIterable<ComplianceException> list() {
        return list(ListExceptionsRequest.all());
    }

    /**
     * Lists exceptions, built in place.
     *
     * @param filters fills the filters' builder
     * @return the lazy list
     * @see #list(ListExceptionsRequest)
     */
    public PagedIterable<ComplianceException> list(Consumer<ListExceptionsRequest.Builder> filters) {
        return list(build(filters, ListExceptionsRequest.builder()).build());
    }

    /**
     * Lists exceptions ({@code action=list}). Nothing is sent until you iterate. Qualys truncates
     * an answer at {@code truncation_limit} records and says where the next batch is; the list
     * follows those URLs as given (same origin only, with the client's credentials) until the last
     * batch, and reads each batch record by record from the connection, so a list of any length
     * needs memory for one record. A batch of up to 256 KiB is read whole and its connection
     * released before its first record; a bigger batch holds its connection: reading to the end
     * releases it, and so does closing the stream or iterator (try-with-resources on
     * {@link PagedIterable#stream()} or {@link PagedIterable#iterator()}); a loop that {@code break}s
     * without closing is released by a cleaner once the iterator is unreachable (see
     * {@link PagedIterable}).
     *
     * @param filters the filters
     * @return the lazy list; a next-batch URL on another origin stops it with a
     *         {@link TransportException} once the records before it are read
     */
    public PagedIterable<ComplianceException> list(ListExceptionsRequest filters) {
        Objects.requireNonNull(filters, "filters");
        return PagedIterable.<Object, ComplianceException>of(filters, key -> fetch(key, filters));
    }

    private PageResponse<Object, ComplianceException> fetch(Object key, ListExceptionsRequest filters) {
        TransportRequest request;
        if (key instanceof String url) {
            String absolute = resolve(url);
            if (!transport.isSameOrigin(absolute)) {
                throw new TransportException("refusing to follow Qualys' next-batch URL to " + origin(absolute)
                        + ": the client only sends its credentials to " + origin(forms.endpoint()), null, false);
            }
            request = forms.next(absolute);
        } else {
            request = forms.list(filters);
        }
        return transport.execute(request, response -> ExceptionListPage.open(response, tracker));
    }

    /** An absolute URL is taken verbatim; a relative one (never seen, but harmless) is resolved against the endpoint. */
    private String resolve(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7)) {
            return u;
        }
        try {
            return URI.create(forms.endpoint()).resolve(u).toString();
        } catch (IllegalArgumentException e) {
            throw new TransportException("Qualys gave a next-batch URL that is not a URL: " + ApiError.excerpt(u), e, false);
        }
    }

    /** {@code scheme://host[:port]} of a URL, for messages (no path or query, which may carry filters). */
    private static String origin(String url) {
        int authority = url.indexOf("://");
        if (authority < 0) {
            return "an unreadable URL";
        }
        int end = authority + 3;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return ApiError.excerpt(url.substring(0, end));
    }

    /**
     * Updates exceptions (Qualys' {@code update} action): comments, and whatever else the request
     * sets (assignee, reopen flag, status, end date). Not idempotent: sent again only when Qualys said
     * it did not process it.
     *
     * @param numbers the exceptions, for example {@code ExceptionNumbers.parse("12,289-292")}
     * @param request the changes
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult update(ExceptionNumbers numbers, UpdateExceptionsRequest request) {
        return batch("update", numbers, Objects.requireNonNull(request, "request"));
    }

    /**
     * Updates exceptions, the request built in place.
     *
     * @param numbers the exceptions
     * @param request fills the request's builder
     * @return Qualys' batch result
     * @see #update(ExceptionNumbers, UpdateExceptionsRequest)
     */
    public BatchResult update(ExceptionNumbers numbers, Consumer<UpdateExceptionsRequest.Builder> request) {
        return update(numbers, build(request, UpdateExceptionsRequest.builder()).build());
    }

    /**
     * Approves exceptions: Qualys' {@code update} action with {@code status=Approved}, the comments
     * and, if the request sets one, the end date ({@code end_date}, or {@code 0} for never). Not
     * idempotent: sent again only when Qualys said it did not process it.
     *
     * @param numbers the exceptions
     * @param request the comments and the end date
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult approve(ExceptionNumbers numbers, ApproveExceptionsRequest request) {
        return batch("approve", numbers, Objects.requireNonNull(request, "request").asUpdate());
    }

    /**
     * Approves exceptions, the request built in place:
     * {@code approve(numbers, a -> a.comments("CAB #12").endDate(LocalDate.of(2026, 3, 31)))}.
     *
     * @param numbers the exceptions
     * @param request fills the request's builder
     * @return Qualys' batch result
     * @see #approve(ExceptionNumbers, ApproveExceptionsRequest)
     */
    public BatchResult approve(ExceptionNumbers numbers, Consumer<ApproveExceptionsRequest.Builder> request) {
        return approve(numbers, build(request, ApproveExceptionsRequest.builder()).build());
    }

    /**
     * Rejects exceptions: Qualys' {@code update} action with {@code status=Rejected} and the
     * comments. Not idempotent: sent again only when Qualys said it did not process it.
     *
     * @param numbers the exceptions
     * @param request the comments
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult reject(ExceptionNumbers numbers, RejectExceptionsRequest request) {
        return batch("reject", numbers, Objects.requireNonNull(request, "request").asUpdate());
    }

    /**
     * Rejects exceptions, the request built in place: {@code reject(numbers, r -> r.comments("no"))}.
     *
     * @param numbers the exceptions
     * @param request fills the request's builder
     * @return Qualys' batch result
     * @see #reject(ExceptionNumbers, RejectExceptionsRequest)
     */
    public BatchResult reject(ExceptionNumbers numbers, Consumer<RejectExceptionsRequest.Builder> request) {
        return reject(numbers, build(request, RejectExceptionsRequest.builder()).build());
    }

    /**
     * Deletes exceptions (Qualys' {@code delete} action); irreversible.
     *
     * @param numbers the exceptions, for example {@code ExceptionNumbers.parse("12,289-292")}
     * @return Qualys' batch result: its text and the numbers each batch covered
     */
    public BatchResult delete(ExceptionNumbers numbers) {
        return delete(numbers, DeleteExceptionsRequest.builder().build());
    }

    /**
     * Deletes exceptions with options; irreversible.
     *
     * @param numbers the exceptions
     * @param request the options
     * @return Qualys' batch result
     */
    public BatchResult delete(ExceptionNumbers numbers, DeleteExceptionsRequest request) {
        return batch("delete", forms.delete(Objects.requireNonNull(numbers, "numbers"),
                Objects.requireNonNull(request, "request")));
    }

    /**
     * Deletes exceptions, the options built in place; irreversible.
     *
     * @param numbers the exceptions
     * @param request fills the options' builder
     * @return Qualys' batch result
     */
    public BatchResult delete(ExceptionNumbers numbers, Consumer<DeleteExceptionsRequest.Builder> request) {
        return delete(numbers, build(request, DeleteExceptionsRequest.builder()).build());
    }

    /** Sends an {@code update} under the operation's name ({@code update}, {@code approve}, {@code reject}). */
    private BatchResult batch(String operation, ExceptionNumbers numbers, UpdateExceptionsRequest update) {
        return batch(operation, forms.update(Objects.requireNonNull(numbers, "numbers"), update));
    }

    /** Sends a call Qualys answers with {@code BATCH_RETURN}. */
    private BatchResult batch(String operation, TransportRequest call) {
        return transport.execute(call, response -> Answers.read(response, tracker, operation, new BatchReturnReader()));
    }

    private static <B> B build(Consumer<B> filler, B builder) {
        Objects.requireNonNull(filler, "request").accept(builder);
        return builder;
    }
}
