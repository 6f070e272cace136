package dev.waiver.testkit.internal.qualys;

import dev.waiver.qualys.model.ExceptionStatus;
import dev.waiver.testkit.QualysExceptionRecord;
import dev.waiver.testkit.QualysFake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Qualys exceptions endpoint, independent of the server: takes one call, answers as Qualys
 * documents (Qualys API User Guide v8.16, "Exceptions"; Appendix "Error Codes"; the rate-limit
 * headers page). In order: the path ({@code /api/2.0|3.0/fo/compliance/exception/}, or the Host List
 * path {@value #HOST_LIST_PATH}), HTTP Basic credentials (2000), the {@code X-Requested-With}
 * header, then the action. Thread-safe.
 */
public final class QualysEndpoint {

    private static final Pattern PATH = Pattern.compile("/api/(2\\.0|3\\.0)/fo/compliance/exception/");
    /** The Host List path of Qualys' published sample ("Host List API samples/Sample 2"). */
    public static final String HOST_LIST_PATH = "/api/2.0/fo/asset/host/";
    /** The Host List parameters the fake implements; Qualys documents more, which the fake refuses (1901). */
    private static final Set<String> HOST_LIST_PARAMS = Set.of("action", "ids");
    /**
     * The fake's next-batch cursor. Qualys documents no cursor parameter for this list (its other
     * lists use {@code id_min}, see the Host List truncation sample); clients follow the URL as given.
     */
    private static final String ID_MIN = "id_min";
    private static final int DEFAULT_TRUNCATION = 1000;
    private static final int MAX_TRUNCATION = 1_000_000;
    private static final int RATE_LIMIT = 300;
    private static final long RATE_WINDOW_SECONDS = 3600;

    private static final Set<String> COMMON = Set.of("action", "echo_request");
    private static final Set<String> LIST_PARAMS = with(COMMON, "exception_number", "exception_numbers",
            "exception_number_min", "exception_number_max", "ip", "assignee_id", "network_name", "status", "is_active",
            "truncation_limit", "control_id", "control_statement", "policy_id", "technology_name", "created_by",
            "modified_by", "details", "created_after_date", "updated_after_date", "expired_before_date",
            "expired_after_date", ID_MIN);
    private static final Set<String> REQUEST_PARAMS_V2 = with(COMMON, "control_id", "host_id", "policy_id",
            "technology_id", "instance_string", "assignee_id", "comments", "reopen_on_evidence_change");
    private static final Set<String> REQUEST_PARAMS_V3 = with(REQUEST_PARAMS_V2, "tag_set_by", "tag_include_selector",
            "tag_exclude_selector", "tag_set_include", "tag_set_exclude");
    private static final List<String> REQUEST_REQUIRED = List.of("control_id", "host_id", "policy_id",
            "technology_id", "assignee_id", "comments");
    private static final Set<String> UPDATE_PARAMS = with(COMMON, "exception_numbers", "comments", "reassign_to",
            "reopen_on_evidence_change", "status", "end_date");
    private static final Set<String> DELETE_PARAMS = with(COMMON, "exception_numbers");
    private static final Set<String> UPDATE_STATUSES = Set.of("Pending", "Approved", "Rejected");

    private final ExceptionStore store;
    private final QualysUsers users;
    private final QualysCatalog catalog;
    private final String username;
    private final String password;
    private final Deque<Instant> recentCalls = new ArrayDeque<>();

    /**
     * @param store    the exceptions
     * @param users    the users
     * @param catalog  hosts, technologies, policies, controls
     * @param username the accepted login
     * @param password the accepted password
     */
    public QualysEndpoint(ExceptionStore store, QualysUsers users, QualysCatalog catalog, String username,
                          String password) {
        this.store = store;
        this.users = users;
        this.catalog = catalog;
        this.username = username;
        this.password = password;
    }

    /**
     * @param call    the call
     * @param now     the fake's time
     * @param baseUrl the server's base URL ({@code scheme://host:port}), for next-batch URLs and DOCTYPE lines
     * @return the answer
     */
    public QualysAnswer handle(QualysCall call, Instant now, String baseUrl) {
        if (call.path().equals(HOST_LIST_PATH)) {
            return answer(call, null, params(call), basicLogin(call), now, new QualysXmlWriter(baseUrl), baseUrl);
        }
        Matcher path = PATH.matcher(call.path());
        if (!path.matches()) {
            return new QualysAnswer(404, Map.of("Content-Type", "text/html"), "<html><body>Not Found</body></html>");
        }
        return answer(call, path.group(1), params(call), basicLogin(call), now, new QualysXmlWriter(baseUrl), baseUrl);
    }

    /**
     * @param call a call
     * @return its parameters: the query's, then the form body's
     */
    public static QualysParams params(QualysCall call) {
        return QualysParams.of(call.query(), isForm(call) ? call.body() : null);
    }

    /**
     * The rate-limit headers every answer but an auth failure carries; counts calls over a sliding
     * hour of the fake's clock (the limit is shown, not enforced: arm a 1965 fault to test it).
     *
     * @param now the fake's time
     * @return the headers
     */
    public Map<String, String> rateLimitHeaders(Instant now) {
        int used;
        synchronized (recentCalls) {
            recentCalls.addLast(now);
            while (!recentCalls.isEmpty() && recentCalls.peekFirst().isBefore(now.minusSeconds(RATE_WINDOW_SECONDS))) {
                recentCalls.removeFirst();
            }
            used = recentCalls.size();
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-RateLimit-Limit", Integer.toString(RATE_LIMIT));
        h.put("X-RateLimit-Window-Sec", Long.toString(RATE_WINDOW_SECONDS));
        h.put("X-RateLimit-Remaining", Integer.toString(Math.max(0, RATE_LIMIT - used)));
        h.put("X-RateLimit-ToWait-Sec", "0");
        h.put("X-Concurrency-Limit-Limit", "2");
        h.put("X-Concurrency-Limit-Running", "1");
        return h;
    }

    /** Forgets the calls counted for the rate-limit headers. */
    public void resetRateCount() {
        synchronized (recentCalls) {
            recentCalls.clear();
        }
    }

    private QualysAnswer answer(QualysCall call, String version, QualysParams params, String login, Instant now,
                                QualysXmlWriter xml, String baseUrl) {
        if (login == null || !login.equals(username) || !password.equals(basicPassword(call))) {
            // auth failures carry no rate-limit headers
            return QualysAnswer.xml(401, Map.of(), xml.simpleReturn(now, "2000", "Bad Login/Password", Map.of(), null));
        }
        Map<String, String> limits = rateLimitHeaders(now);
        if (call.header("X-Requested-With") == null) {
            // Qualys documents only that it refuses such a call, no code: the fake says why, without one
            return QualysAnswer.xml(400, limits, xml.simpleReturn(now, null,
                    "Please add the X-Requested-With header to your API request.", Map.of(), null));
        }
        try {
            String body = dispatch(call, version, params, xml, now, baseUrl);
            return QualysAnswer.xml(200, limits, body);
        } catch (QualysError e) {
            return QualysAnswer.xml(e.status(), limits, xml.simpleReturn(now, e.code(), e.getMessage(), e.items(), null));
        }
    }

    private String dispatch(QualysCall call, String version, QualysParams params, QualysXmlWriter xml, Instant now,
                            String baseUrl) {
        String action = params.get("action");
        if (action == null) {
            throw QualysError.missing("action");
        }
        if (version == null) {
            return hostList(params, xml, now);
        }
        QualysFake.Operation operation = QualysFake.Operation.ofAction(action)
                .orElseThrow(() -> QualysError.invalid("action", action));
        QualysXmlWriter.Echo echo = Boolean.TRUE.equals(ParamValues.flag(params, "echo_request"))
                ? echo(params, call, basicLogin(call)) : null;
        QualysUsers.User caller = caller();
        return switch (operation) {
            case LIST -> list(call, version, params, xml, now, echo, baseUrl);
            case REQUEST -> request(call, version, params, xml, now, echo, caller);
            case UPDATE -> update(call, version, params, xml, now, echo, caller);
            case DELETE -> delete(call, version, params, xml, now, echo);
            case HOST_LIST -> throw QualysError.invalid("action", action); // never named by an action here
        };
    }

    /**
     * The Host List ({@code action=list}, GET or POST): the hosts of {@code ids} (commas and ranges)
     * that Qualys knows, or every registered host without {@code ids}.
     */
    private String hostList(QualysParams p, QualysXmlWriter xml, Instant now) {
        refuseUnknown(p, HOST_LIST_PARAMS);
        if (!"list".equals(p.get("action"))) {
            throw QualysError.invalid("action", p.get("action"));
        }
        List<long[]> spans = ParamValues.numberSpans(p, "ids");
        List<Long> ids = new ArrayList<>();
        if (spans == null) {
            ids.addAll(catalog.registeredHostIds());
        } else {
            forEachNumber(spans, "ids", ids::add);
        }
        List<QualysXmlWriter.HostEntry> hosts = ids.stream().distinct().sorted().filter(catalog::hostExists)
                .map(id -> new QualysXmlWriter.HostEntry(id, catalog.host(id).ip())).toList();
        return xml.hostListOutput(now, hosts);
    }

    private String list(QualysCall call, String version, QualysParams p, QualysXmlWriter xml, Instant now,
                        QualysXmlWriter.Echo echo, String baseUrl) {
        refuseUnknown(p, LIST_PARAMS);
        LocalDate today = today(now);
        int limit = truncationLimit(p);
        QualysXmlWriter.Details details = details(p);
        Long idMin = ParamValues.positive(p, ID_MIN);
        List<QualysExceptionRecord> batch = store.batch(idMin == null ? 0 : idMin, limit, ListFilter.of(p, today));
        QualysXmlWriter.Truncation truncation = null;
        if (batch.size() > limit) {
            long next = batch.get(limit).number();
            batch = batch.subList(0, limit);
            String query = p.toQuery(Set.of(ID_MIN));
            truncation = new QualysXmlWriter.Truncation(limit,
                    baseUrl + call.path() + '?' + query + (query.isEmpty() ? "" : "&") + ID_MIN + '=' + next);
        }
        return xml.listOutput(now, version, batch, details, users, today, truncation, echo);
    }

    private String request(QualysCall call, String version, QualysParams p, QualysXmlWriter xml, Instant now,
                           QualysXmlWriter.Echo echo, QualysUsers.User caller) {
        requirePost(call, "request");
        refuseUnknown(p, version.equals("3.0") ? REQUEST_PARAMS_V3 : REQUEST_PARAMS_V2);
        List<String> missing = REQUEST_REQUIRED.stream().filter(n -> !p.has(n)).toList();
        if (!missing.isEmpty()) {
            // the fake holds no tag inventory, so hosts named by v3.0 tags alone cannot be found
            throw QualysError.missing(String.join(",", missing));
        }
        long hostId = ParamValues.positive(p, "host_id");
        long technologyId = ParamValues.positive(p, "technology_id");
        long policyId = ParamValues.positive(p, "policy_id");
        long controlId = ParamValues.positive(p, "control_id");
        long assigneeId = ParamValues.positive(p, "assignee_id");
        Boolean reopen = ParamValues.flag(p, "reopen_on_evidence_change");
        QualysCatalog.Host host = catalog.host(hostId);
        if (!catalog.hostExists(hostId) || host.ip() == null) {
            // Qualys' answer for these is not documented: the fake refuses what its list could not show
            throw QualysError.invalid("host_id", p.get("host_id"));
        }
        QualysCatalog.Control control = catalog.control(controlId);
        QualysExceptionRecord created = store.add(QualysExceptionRecord.builder()
                .host(hostId, host.ip())
                .networkName(host.network())
                .instanceString(p.get("instance_string"))
                .technology(technologyId, catalog.technology(technologyId))
                .policy(policyId, catalog.policy(policyId))
                .control(controlId, control.statement(), control.criticalityValue(), control.criticalityLabel())
                .assigneeId(assigneeId)
                .status(ExceptionStatus.PENDING)
                .reopenOnEvidenceChange(Boolean.TRUE.equals(reopen))
                .createdAt(now)
                .createdBy(caller.id())
                .modifiedBy(caller.id())
                .addHistory(new QualysExceptionRecord.History(caller.id(), caller.historyName(), p.get("comments"),
                        now)));
        Map<String, String> items = new LinkedHashMap<>();
        items.put("EXCEPTION_NUMBER", Long.toString(created.number()));
        return xml.simpleReturn(now, null, "Exception created successfully", items, echo);
    }

    private String update(QualysCall call, String version, QualysParams p, QualysXmlWriter xml, Instant now,
                          QualysXmlWriter.Echo echo, QualysUsers.User caller) {
        requirePost(call, "update");
        refuseUnknown(p, UPDATE_PARAMS);
        requireAll(p, "exception_numbers", "comments");
        List<long[]> spans = ParamValues.numberSpans(p, "exception_numbers");
        String status = p.get("status");
        if (status != null && !UPDATE_STATUSES.contains(status)) {
            // capitalised in update, as documented: "approved" is refused
            throw QualysError.invalid("status", status);
        }
        String endDateText = p.get("end_date");
        boolean neverExpires = "0".equals(endDateText);
        LocalDate endDate = endDateText == null || neverExpires ? null : ParamValues.usDate(p, "end_date");
        Long reassignTo = ParamValues.positive(p, "reassign_to");
        Boolean reopen = ParamValues.flag(p, "reopen_on_evidence_change");
        QualysExceptionRecord.History entry = new QualysExceptionRecord.History(caller.id(), caller.historyName(),
                p.get("comments"), now);
        List<Long> updated = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        forEachNumber(spans, "exception_numbers", n -> {
            boolean found = store.update(n, r -> {
                QualysExceptionRecord.Builder b = r.toBuilder().modifiedAt(now).modifiedBy(caller.id()).addHistory(entry);
                if (status != null) {
                    b.status(ExceptionStatus.of(status));
                }
                if (neverExpires) {
                    b.endDate(null);
                } else if (endDate != null) {
                    b.endDate(endDate);
                }
                if (reassignTo != null) {
                    b.assigneeId(reassignTo);
                }
                if (reopen != null) {
                    b.reopenOnEvidenceChange(reopen);
                }
                return b.build();
            });
            (found ? updated : notFound).add(n);
        });
        return xml.batchReturn(now, version, batches("Successfully Updated", updated, notFound), echo);
    }

    private String delete(QualysCall call, String version, QualysParams p, QualysXmlWriter xml, Instant now,
                          QualysXmlWriter.Echo echo) {
        requirePost(call, "delete");
        refuseUnknown(p, DELETE_PARAMS);
        requireAll(p, "exception_numbers");
        List<Long> deleted = new ArrayList<>();
        List<Long> notFound = new ArrayList<>();
        forEachNumber(ParamValues.numberSpans(p, "exception_numbers"), "exception_numbers",
                n -> (store.delete(n) ? deleted : notFound).add(n));
        return xml.batchReturn(now, version, batches("Exception(s) deleted successfully", deleted, notFound), echo);
    }

    /**
     * The successful batch, then one for numbers that do not exist. Qualys documents only the
     * successful shape; the failed batch's CODE and TEXT are the fake's (by analogy with
     * {@code batch_return.dtd}).
     */
    private static List<QualysXmlWriter.Batch> batches(String okText, List<Long> done, List<Long> notFound) {
        List<QualysXmlWriter.Batch> out = new ArrayList<>();
        if (!done.isEmpty() || notFound.isEmpty()) {
            out.add(new QualysXmlWriter.Batch(null, okText, done));
        }
        if (!notFound.isEmpty()) {
            out.add(new QualysXmlWriter.Batch("1905", "Exception number(s) not found", notFound));
        }
        return out;
    }

    /** Every number of the spans, ascending per span; the spans may not name more than a million numbers. */
    private static void forEachNumber(List<long[]> spans, String name, java.util.function.LongConsumer action) {
        long total = 0;
        for (long[] s : spans) {
            total += s[1] - s[0] + 1;
        }
        if (total > MAX_TRUNCATION) {
            throw QualysError.invalid(name, "more than " + MAX_TRUNCATION + " numbers");
        }
        for (long[] s : spans) {
            for (long n = s[0]; n <= s[1]; n++) {
                action.accept(n);
            }
        }
    }

    private QualysUsers.User caller() {
        QualysUsers.User u = users.byLogin(username);
        return u != null ? u : users.get(QualysFake.DEFAULT_USER_ID);
    }

    private static int truncationLimit(QualysParams p) {
        String v = p.get("truncation_limit");
        if (v == null) {
            return DEFAULT_TRUNCATION;
        }
        Long n = ParamValues.positive(p, "truncation_limit");
        if (n > MAX_TRUNCATION) {
            throw QualysError.invalid("truncation_limit", v);
        }
        return n.intValue();
    }

    private static QualysXmlWriter.Details details(QualysParams p) {
        String v = p.get("details");
        if (v == null) {
            return QualysXmlWriter.Details.BASIC;
        }
        return switch (v) {
            case "None" -> QualysXmlWriter.Details.NONE;
            case "Basic" -> QualysXmlWriter.Details.BASIC;
            case "All" -> QualysXmlWriter.Details.ALL;
            default -> throw QualysError.invalid("details", v);
        };
    }

    private static void refuseUnknown(QualysParams p, Set<String> known) {
        String unknown = p.unknown(known);
        if (!unknown.isEmpty()) {
            throw QualysError.unrecognized(unknown);
        }
    }

    private static void requireAll(QualysParams p, String... names) {
        List<String> missing = java.util.Arrays.stream(names).filter(n -> !p.has(n)).toList();
        if (!missing.isEmpty()) {
            throw QualysError.missing(String.join(",", missing));
        }
    }

    private static void requirePost(QualysCall call, String action) {
        if (!call.method().equals("POST")) {
            throw new QualysError(400, "1908", "Request method (GET or POST) is incompatible with specified "
                    + "parameter(s): action=" + action, Map.of());
        }
    }

    private static QualysXmlWriter.Echo echo(QualysParams p, QualysCall call, String login) {
        return new QualysXmlWriter.Echo(login == null ? "" : login, call.path(), p.asMap());
    }

    private static LocalDate today(Instant now) {
        return now.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean isForm(QualysCall call) {
        String type = call.header("Content-Type");
        return call.body() != null && (type == null || type.startsWith("application/x-www-form-urlencoded"));
    }

    private static String basicLogin(QualysCall call) {
        String[] pair = basic(call);
        return pair == null ? null : pair[0];
    }

    private static String basicPassword(QualysCall call) {
        String[] pair = basic(call);
        return pair == null ? null : pair[1];
    }

    /** The Basic credentials as {login, password}, or {@code null} if absent or malformed. */
    private static String[] basic(QualysCall call) {
        String h = call.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> with(Set<String> base, String... more) {
        java.util.HashSet<String> s = new java.util.HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }
}
