package dev.waiver.testkit.internal.sto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.BadRequest;
import dev.waiver.testkit.internal.FakeRequest;
import dev.waiver.testkit.internal.Ids;
import dev.waiver.testkit.internal.Json;
import dev.waiver.testkit.internal.Query;
import dev.waiver.testkit.internal.Route;
import dev.waiver.testkit.internal.RoutedBackend;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The STO exemptions fake, after Harness' published Exemptions description: {@code {message,status}}
 * errors, Unix-second timestamps, 0-based {@code page}/{@code pageSize} (1..100, default 30) with a
 * {@code pagination} object, statuses {@code Pending}/{@code Approved}/{@code Rejected}/{@code Expired}.
 *
 * <p>Where the description is silent, this fake's reading (documented so a test can rely on it):
 * an approved exemption past its {@code expiration} reads as {@code Expired}; approving starts the
 * requested duration ({@code pendingChangesOverride.durationDays}, else the request's
 * {@code pendingChanges.durationDays}) from the review time; promote approves at the scope the
 * call names; a list filters on the {@code orgId}/{@code projectId} it is given.
 */
public final class StoBackend extends RoutedBackend {

    /** The path prefix STO is served under. */
    public static final String PREFIX = "/sto/api/v2/";

    private static final Set<String> TYPES = Set.of("Compensating Controls", "Acceptable Use", "Acceptable Risk",
            "False Positive", "Fix Unavailable", "Other");
    private static final List<String> SCOPE_RANK = List.of("ACCOUNT", "ORG", "PROJECT", "PIPELINE", "TARGET");

    private final Map<String, StoRecord> records = new LinkedHashMap<>();
    private final List<StoHistoryEvent> history = new ArrayList<>();
    private final Ids ids = new Ids("exmp", 22);
    private final Ids historyIds = new Ids("hist", 22);

    /** Creates the backend with no records. */
    public StoBackend() {
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.STO;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(PREFIX);
    }

    @Override
    public synchronized void reset() {
        records.clear();
        history.clear();
        ids.reset();
        historyIds.reset();
    }

    // ---- state for StoFake ----

    /**
     * Adds a record as is (seeding); gives it an id when it has none.
     *
     * @param r the record
     * @return its id
     */
    public synchronized String seed(StoRecord r) {
        if (r.id == null) {
            r.id = ids.next();
        }
        records.put(r.id, r);
        history.add(StoHistoryEvent.of(historyIds.next(), r, r.status, r.created, r.comment, r.approverId));
        return r.id;
    }

    /**
     * @param now the fake's time
     * @return every exemption as the API writes it, oldest first
     */
    public synchronized List<ObjectNode> snapshot(Instant now) {
        return records.values().stream().map(r -> write(r, now)).toList();
    }

    /**
     * @param id  an exemption id
     * @param now the fake's time
     * @return it as the API writes it
     */
    public synchronized Optional<ObjectNode> find(String id, Instant now) {
        return Optional.ofNullable(records.get(id)).map(r -> write(r, now));
    }

    // ---- routing ----

    @Override
    protected Route route(FakeRequest r) {
        List<String> s = r.segmentsAfter(PREFIX);
        String m = r.method();
        if (s.isEmpty() || !s.get(0).equals("exemptions")) {
            return null;
        }
        int n = s.size();
        if (n == 1) {
            return m.equals("GET") ? new Route("sto.list", this::list)
                    : m.equals("POST") ? new Route("sto.create", this::create) : null;
        }
        if (s.get(1).equals("issue") && n >= 3 && m.equals("GET")) {
            String issueId = decode(s.get(2));
            if (n == 3) {
                return new Route("sto.getForIssue", (q, now) -> forIssue(issueId, now));
            }
            if (n == 4 && s.get(3).equals("history")) {
                return new Route("sto.history", (q, now) -> history(q, issueId));
            }
            if (n == 5 && s.get(3).equals("history") && s.get(4).equals("export")) {
                return new Route("sto.exportHistory", (q, now) -> export(issueId));
            }
            return null;
        }
        if (n == 2 && s.get(1).equals("bulk") && m.equals("POST")) {
            return new Route("sto.bulkCreate", this::bulk);
        }
        String id = decode(s.get(1));
        if (n == 2) {
            switch (m) {
                case "GET":
                    return new Route("sto.get", (q, now) -> Answers.json(200, write(existing(id), now)));
                case "PUT":
                    return new Route("sto.update", (q, now) -> update(q, id, now));
                case "DELETE":
                    return new Route("sto.delete", (q, now) -> delete(id));
                default:
                    return null;
            }
        }
        if (n == 3 && m.equals("PUT")) {
            switch (s.get(2)) {
                case "approve":
                    return new Route("sto.approve", (q, now) -> review(q, id, "Approved", now));
                case "reject":
                    return new Route("sto.reject", (q, now) -> review(q, id, "Rejected", now));
                case "promote":
                    return new Route("sto.promote", (q, now) -> promote(q, id, now));
                default:
                    return null;
            }
        }
        return null;
    }

    @Override
    protected Optional<ResponseDefinition> authenticate(FakeRequest r) {
        if (!r.header("X-Api-Key").filter(TestCredentials.HARNESS_API_KEY::equals).isPresent()) {
            return Optional.of(error(401, "Unauthorized"));
        }
        Optional<String> account = r.query("accountId");
        if (account.isEmpty()) {
            return Optional.of(error(400, "Bad Request: accountId parameter is required"));
        }
        if (!account.get().equals(TestCredentials.HARNESS_ACCOUNT_ID)) {
            return Optional.of(error(401, "Unauthorized"));
        }
        return Optional.empty();
    }

    @Override
    protected ResponseDefinition error(int status, String message) {
        ObjectNode body = Answers.object();
        body.put("message", message);
        body.put("status", status);
        return Answers.json(status, body);
    }

    // ---- operations ----

    private ResponseDefinition list(FakeRequest q, Instant now) {
        Optional<String> org = q.query("orgId");
        Optional<String> project = q.query("projectId");
        List<StoRecord> matching = records.values().stream()
                .filter(r -> org.isEmpty() || org.get().equals(r.orgId))
                .filter(r -> project.isEmpty() || project.get().equals(r.projectId))
                .toList();
        ObjectNode body = Answers.object();
        ArrayNode results = body.putArray("results");
        page(q, matching, body).forEach(r -> results.add(write(r, now)));
        return Answers.json(200, body);
    }

    private ResponseDefinition create(FakeRequest q, Instant now) throws IOException {
        String org = q.query("orgId").orElseThrow(() -> new BadRequest("Bad Request: orgId parameter is required"));
        String project = q.query("projectId").orElseThrow(() -> new BadRequest("Bad Request: projectId parameter is required"));
        JsonNode body = Json.object(q.json());
        StoRecord r = newRecord(body, org, project, now);
        r.issueId = Json.requiredText(body, "issueId");
        Json.text(body, "pipelineId").ifPresent(v -> r.pipelineId = v);
        Json.text(body, "targetId").ifPresent(v -> r.targetId = v);
        Json.text(body, "scanId").ifPresent(v -> r.scanId = v);
        Json.text(body, "search").ifPresent(v -> r.search = v);
        r.occurrences = occurrences(body);
        r.scope = StoRecord.scopeOf(org, project, r.pipelineId, r.targetId);
        seed(r);
        ObjectNode answer = Answers.object();
        answer.put("id", r.id);
        return Answers.json(200, answer);
    }

    private ResponseDefinition bulk(FakeRequest q, Instant now) throws IOException {
        String org = q.query("orgId").orElseThrow(() -> new BadRequest("Bad Request: orgId parameter is required"));
        String project = q.query("projectId").orElseThrow(() -> new BadRequest("Bad Request: projectId parameter is required"));
        JsonNode body = Json.object(q.json());
        JsonNode items = body.get("items");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > 100) {
            throw new BadRequest("items must hold 1 to 100 items");
        }
        List<StoRecord> made = new ArrayList<>();
        for (JsonNode item : items) {
            StoRecord r = newRecord(body, org, project, now);
            r.issueId = Json.requiredText(item, "issueId");
            Json.text(item, "pipelineId").ifPresent(v -> r.pipelineId = v);
            Json.text(item, "targetId").ifPresent(v -> r.targetId = v);
            Json.text(item, "scanId").ifPresent(v -> r.scanId = v);
            Json.text(item, "search").ifPresent(v -> r.search = v);
            r.occurrences = occurrences(item);
            r.scope = StoRecord.scopeOf(org, project, r.pipelineId, r.targetId);
            made.add(r);
        }
        ObjectNode answer = Answers.object();
        answer.put("succeeded", made.size());
        answer.put("failed", 0);
        ArrayNode results = answer.putArray("results");
        for (StoRecord r : made) {
            seed(r);
            ObjectNode one = results.addObject();
            one.put("id", r.id);
            one.put("issueId", r.issueId);
            one.put("statusCode", 200);
        }
        return Answers.json(200, answer);
    }

    /** The fields create and bulk create share; validates them. */
    private static StoRecord newRecord(JsonNode body, String org, String project, Instant now) {
        StoRecord r = new StoRecord();
        r.type = type(Json.requiredText(body, "type"));
        r.reason = Json.requiredText(body, "reason");
        JsonNode pending = body.get("pendingChanges");
        if (pending == null || !pending.isObject()) {
            throw new BadRequest("pendingChanges is required");
        }
        r.durationDays = Json.number(pending, "durationDays").orElse(null);
        r.requesterId = Json.text(body, "requesterId").orElse(TestCredentials.HARNESS_USER_ID);
        r.requesterName = Json.text(body, "requesterName").orElse(TestCredentials.HARNESS_USER_NAME);
        r.requesterEmail = Json.text(body, "requesterEmail").orElse(TestCredentials.HARNESS_USER_EMAIL);
        r.expiration = Json.number(body, "expiration").map(Instant::ofEpochSecond).orElse(null);
        r.link = Json.text(body, "link").orElse(null);
        r.orgId = org;
        r.projectId = project;
        r.created = now;
        r.lastModified = now;
        r.requestedOn = now;
        r.status = "Pending";
        return r;
    }

    private ResponseDefinition update(FakeRequest q, String id, Instant now) throws IOException {
        StoRecord r = existing(id);
        JsonNode body = Json.object(q.json());
        Json.text(body, "type").ifPresent(v -> r.type = type(v));
        Json.text(body, "reason").ifPresent(v -> r.reason = v);
        Json.text(body, "link").ifPresent(v -> r.link = v);
        Json.text(body, "requesterName").ifPresent(v -> r.requesterName = v);
        Json.text(body, "requesterEmail").ifPresent(v -> r.requesterEmail = v);
        Json.text(body, "pipelineId").ifPresent(v -> r.pipelineId = v);
        Json.text(body, "targetId").ifPresent(v -> r.targetId = v);
        Json.number(body, "expiration").ifPresent(v -> r.expiration = Instant.ofEpochSecond(v));
        JsonNode pending = body.get("pendingChanges");
        if (pending != null && pending.isObject()) {
            r.durationDays = Json.number(pending, "durationDays").orElse(r.durationDays);
        }
        r.lastModified = now;
        return Answers.json(200, write(r, now));
    }

    private ResponseDefinition review(FakeRequest q, String id, String status, Instant now) throws IOException {
        StoRecord r = existing(id);
        JsonNode body = q.json();
        if (!body.isMissingNode()) {
            Json.object(body);
        }
        approve(r, body, status, now);
        history.add(StoHistoryEvent.of(historyIds.next(), r, status, now, r.comment, r.approverId));
        return Answers.json(200, write(r, now));
    }

    private ResponseDefinition promote(FakeRequest q, String id, Instant now) throws IOException {
        StoRecord r = existing(id);
        JsonNode body = q.json();
        if (!body.isMissingNode()) {
            Json.object(body);
        }
        r.orgId = q.query("orgId").orElse(null);
        r.projectId = r.orgId == null ? null : q.query("projectId").orElse(null);
        r.pipelineId = r.projectId == null ? null : Json.text(body, "pipelineId").orElse(null);
        r.targetId = r.projectId == null ? null : Json.text(body, "targetId").orElse(null);
        r.scope = StoRecord.scopeOf(r.orgId, r.projectId, r.pipelineId, r.targetId);
        approve(r, body, "Approved", now);
        history.add(StoHistoryEvent.of(historyIds.next(), r, "Approved", now, r.comment, r.approverId));
        return Answers.json(200, write(r, now));
    }

    /** Records a review: status, reviewer, time, comment; an approval starts the duration. */
    private static void approve(StoRecord r, JsonNode body, String status, Instant now) {
        if ("Canceled".equals(r.status)) {
            throw new BadRequest("a canceled exemption cannot be reviewed");
        }
        r.status = status;
        r.approverId = Json.text(body, "approverId").orElse(TestCredentials.HARNESS_USER_ID);
        r.approverName = TestCredentials.HARNESS_USER_NAME;
        r.approverEmail = TestCredentials.HARNESS_USER_EMAIL;
        r.comment = Json.text(body, "comment").orElse(r.comment);
        r.reviewedOn = now;
        r.lastModified = now;
        JsonNode override = body.get("pendingChangesOverride");
        Long days = override != null && override.isObject()
                ? Json.number(override, "durationDays").orElse(r.durationDays) : r.durationDays;
        if ("Approved".equals(status) && days != null) {
            r.durationDays = days;
            r.expiration = now.plus(Duration.ofDays(days));
        }
    }

    private ResponseDefinition delete(String id) {
        existing(id);
        records.remove(id);
        return Answers.empty(204);
    }

    private ResponseDefinition forIssue(String issueId, Instant now) {
        Comparator<StoRecord> priority = Comparator
                .comparing((StoRecord r) -> !"Approved".equals(r.statusAt(now)))
                .thenComparing(r -> SCOPE_RANK.indexOf(r.scope));
        return records.values().stream()
                .filter(r -> issueId.equals(r.issueId))
                .min(priority)
                .map(r -> Answers.json(200, write(r, now)))
                .orElseGet(() -> error(404, "Not Found"));
    }

    private ResponseDefinition history(FakeRequest q, String issueId) {
        List<StoHistoryEvent> events = history.stream().filter(issueOf(issueId)).toList();
        ObjectNode body = Answers.object();
        ArrayNode out = body.putArray("events");
        page(q, events, body).forEach(e -> out.add(write(e)));
        return Answers.json(200, body);
    }

    private ResponseDefinition export(String issueId) {
        List<StoHistoryEvent> events = history.stream().filter(issueOf(issueId)).toList();
        ObjectNode body = Answers.object();
        ArrayNode headers = body.putArray("headers");
        // Column titles are the fake's own: the description documents only that rows are arrays of strings.
        for (String h : List.of("Event", "Exemption", "Status", "Scope", "Created", "Comment", "Commenter")) {
            headers.add(h);
        }
        ArrayNode data = body.putArray("data");
        for (StoHistoryEvent e : events) {
            ArrayNode row = data.addArray();
            row.add(e.id()).add(e.exemptionId()).add(e.status()).add(e.scope()).add(e.created().toString())
                    .add(e.comment() == null ? "" : e.comment()).add(e.commenterId() == null ? "" : e.commenterId());
        }
        body.put("filename", "exemption-history-" + issueId + ".csv");
        body.put("totalRows", events.size());
        body.put("issueId", issueId);
        return Answers.json(200, body);
    }

    // ---- helpers ----

    private static Predicate<StoHistoryEvent> issueOf(String issueId) {
        return e -> issueId.equals(e.issueId());
    }

    /** Cuts one 0-based page and writes the {@code pagination} object. */
    private static <T> List<T> page(FakeRequest q, List<T> all, ObjectNode body) {
        long page = Query.number(q, "page", 0, 0, Integer.MAX_VALUE);
        long size = Query.number(q, "pageSize", 30, 1, 100);
        int from = (int) Math.min(all.size(), page * size);
        int to = (int) Math.min(all.size(), from + size);
        ObjectNode p = body.putObject("pagination");
        p.put("page", page);
        p.put("pageSize", size);
        p.put("totalItems", all.size());
        p.put("totalPages", (all.size() + size - 1) / size);
        return all.subList(from, to);
    }

    private StoRecord existing(String id) {
        StoRecord r = records.get(id);
        if (r == null) {
            throw new BadRequest(404, "Not Found");
        }
        return r;
    }

    private static String type(String type) {
        if (!TYPES.contains(type)) {
            throw new BadRequest("type must be one of " + TYPES + ", was " + type);
        }
        return type;
    }

    private static List<Long> occurrences(JsonNode body) {
        JsonNode o = body.get("occurrences");
        List<Long> out = new ArrayList<>();
        if (o != null && o.isArray()) {
            o.forEach(n -> out.add(n.asLong()));
        }
        return out;
    }

    /** The exemption as Harness' Exemption schema writes it. */
    static ObjectNode write(StoRecord r, Instant now) {
        ObjectNode o = Answers.object();
        Json.put(o, "id", r.id);
        Json.put(o, "issueId", r.issueId);
        Json.put(o, "type", r.type);
        Json.put(o, "reason", r.reason);
        Json.put(o, "status", r.statusAt(now));
        ObjectNode pending = o.putObject("pendingChanges");
        Json.put(pending, "durationDays", r.durationDays);
        Json.put(o, "scope", r.scope);
        Json.put(o, "orgId", r.orgId);
        Json.put(o, "projectId", r.projectId);
        Json.put(o, "pipelineId", r.pipelineId);
        Json.put(o, "targetId", r.targetId);
        Json.put(o, "scanId", r.scanId);
        Json.put(o, "search", r.search);
        if (!r.occurrences.isEmpty()) {
            ArrayNode occ = o.putArray("occurrences");
            r.occurrences.forEach(occ::add);
            o.put("numOccurrences", r.occurrences.size());
        }
        Json.put(o, "link", r.link);
        Json.put(o, "requesterId", r.requesterId);
        Json.put(o, "requesterName", r.requesterName);
        Json.put(o, "requesterEmail", r.requesterEmail);
        Json.put(o, "approverId", r.approverId);
        Json.put(o, "approverName", r.approverName);
        Json.put(o, "approverEmail", r.approverEmail);
        Json.put(o, "comment", r.comment);
        Json.put(o, "created", Json.seconds(r.created));
        Json.put(o, "lastModified", Json.seconds(r.lastModified));
        Json.put(o, "requestedOn", Json.seconds(r.requestedOn));
        Json.put(o, "reviewedOn", Json.seconds(r.reviewedOn));
        Json.put(o, "expiration", Json.seconds(r.expiration));
        o.put("isDeleted", false);
        return o;
    }

    /** The event as Harness' ExemptionHistoryEvent schema writes it. */
    private static ObjectNode write(StoHistoryEvent e) {
        ObjectNode o = Answers.object();
        Json.put(o, "id", e.id());
        Json.put(o, "exemptionId", e.exemptionId());
        Json.put(o, "status", e.status());
        Json.put(o, "scope", e.scope());
        Json.put(o, "created", Json.seconds(e.created()));
        o.put("isAutoExpiry", false);
        Json.put(o, "comment", e.comment());
        Json.put(o, "commenterId", e.commenterId());
        if (e.commenterId() != null && e.commenterId().equals(TestCredentials.HARNESS_USER_ID)) {
            o.put("commenterName", TestCredentials.HARNESS_USER_NAME);
            o.put("commenterEmail", TestCredentials.HARNESS_USER_EMAIL);
        }
        Json.put(o, "reasonType", e.reasonType());
        Json.put(o, "durationDays", e.durationDays());
        Json.put(o, "expiration", Json.seconds(e.expiration()));
        Json.put(o, "orgId", e.orgId());
        Json.put(o, "projectId", e.projectId());
        Json.put(o, "pipelineId", e.pipelineId());
        Json.put(o, "targetId", e.targetId());
        return o;
    }
}
