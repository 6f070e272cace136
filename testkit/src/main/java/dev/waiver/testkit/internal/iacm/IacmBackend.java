package dev.waiver.testkit.internal.iacm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.internal.Answers;
import dev.waiver.testkit.internal.BadRequest;
import dev.waiver.testkit.internal.FakeRequest;
import dev.waiver.testkit.internal.Json;
import dev.waiver.testkit.internal.Query;
import dev.waiver.testkit.internal.Route;
import dev.waiver.testkit.internal.RoutedBackend;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The IaCM approvals fake, after Harness' published approvals description: Goa errors
 * ({@code application/vnd.goa.error}, {@code {name,id,message,temporary,timeout,fault}}), Unix
 * millisecond timestamps, lower-case statuses, 1-based {@code page} and {@code limit} (1..1000,
 * default 30) answered with a bare array and the {@code x-page-size}, {@code x-total-items},
 * {@code x-total-pages} headers; create answers {@code {id}}, update 200 without a body.
 *
 * <p>Where the description is silent, this fake's reading: an approval belongs to the org and
 * project it was created under (read or updated under another, it is a 404); the Goa error
 * {@code name} of each status is {@code bad_request}, {@code unauthorized}, {@code forbidden},
 * {@code not_found}, {@code timeout}, {@code conflict}, {@code locked}, {@code cancelled},
 * {@code fault}, {@code bad_gateway}, after the descriptions' error titles.
 */
public final class IacmBackend extends RoutedBackend {

    /** The path prefix IaCM is served under. */
    public static final String PREFIX = "/iacm/api/";
    /** Goa's error content type. */
    public static final String GOA_ERROR = "application/vnd.goa.error";

    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected");

    private final Map<String, IacmRecord> records = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1);
    private final AtomicLong errorIds = new AtomicLong(1);

    /** Creates the backend with no records. */
    public IacmBackend() {
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.IACM;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(PREFIX);
    }

    @Override
    public synchronized void reset() {
        records.clear();
        ids.set(1);
        errorIds.set(1);
    }

    // ---- state for IacmFake ----

    /**
     * Adds a record as is (seeding); gives it an id when it has none.
     *
     * @param r the record
     * @return its id
     */
    public synchronized String seed(IacmRecord r) {
        if (r.id == null) {
            r.id = String.format("00000000-0000-4000-9000-%012d", ids.getAndIncrement());
        }
        records.put(r.id, r);
        return r.id;
    }

    /** @return every approval as the API lists it, oldest first */
    public synchronized List<ObjectNode> snapshot() {
        return records.values().stream().map(IacmBackend::write).toList();
    }

    // ---- routing ----

    @Override
    protected Route route(FakeRequest r) {
        // orgs/{org}/projects/{project}/approvals[/{id}]
        List<String> s = r.segmentsAfter(PREFIX);
        String m = r.method();
        if (s.size() < 5 || !s.get(0).equals("orgs") || !s.get(2).equals("projects") || !s.get(4).equals("approvals")) {
            return null;
        }
        String org = decode(s.get(1));
        String project = decode(s.get(3));
        if (s.size() == 5) {
            return m.equals("GET") ? new Route("iacm.list", (q, now) -> list(q, org, project))
                    : m.equals("POST") ? new Route("iacm.create", (q, now) -> create(q, org, project, now)) : null;
        }
        if (s.size() == 6) {
            String id = decode(s.get(5));
            return m.equals("GET") ? new Route("iacm.get", (q, now) -> show(org, project, id))
                    : m.equals("PUT") ? new Route("iacm.update", (q, now) -> update(q, org, project, id, now)) : null;
        }
        return null;
    }

    @Override
    protected Optional<ResponseDefinition> authenticate(FakeRequest r) {
        if (!r.header("x-api-key").filter(TestCredentials.HARNESS_API_KEY::equals).isPresent()) {
            return Optional.of(error(401, "invalid or missing API key"));
        }
        Optional<String> account = r.header("Harness-Account");
        if (account.isEmpty()) {
            return Optional.of(error(400, "missing required HTTP header \"Harness-Account\""));
        }
        if (!account.get().equals(TestCredentials.HARNESS_ACCOUNT_ID)) {
            return Optional.of(error(401, "the API key does not belong to account " + account.get()));
        }
        return Optional.empty();
    }

    @Override
    protected ResponseDefinition error(int status, String message) {
        return goa(status, name(status), message);
    }

    @Override
    protected ResponseDefinition renderFault(FakeFault fault) {
        String message = fault.message().orElse(Answers.reason(fault.status()));
        ResponseDefinition answer = goa(fault.status(), fault.vendorCode().orElse(name(fault.status())), message);
        return fault.retryAfter()
                .map(d -> Answers.withHeaders(answer, Map.of("Retry-After", Answers.seconds(d))))
                .orElse(answer);
    }

    private ResponseDefinition goa(int status, String name, String message) {
        ObjectNode body = Answers.object();
        body.put("name", name);
        body.put("id", String.format("tkerr%06d", errorIds.getAndIncrement()));
        body.put("message", message);
        body.put("temporary", status == 408 || status == 423 || status == 429 || status == 502 || status == 503);
        body.put("timeout", status == 408);
        body.put("fault", status >= 500);
        return Answers.json(status, GOA_ERROR, body, Map.of());
    }

    private static String name(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 408: return "timeout";
            case 409: return "conflict";
            case 423: return "locked";
            case 429: return "too_many_requests";
            case 499: return "cancelled";
            case 502: return "bad_gateway";
            case 503: return "unavailable";
            default: return status >= 500 ? "fault" : "bad_request";
        }
    }

    // ---- operations ----

    private ResponseDefinition list(FakeRequest q, String org, String project) {
        long limit = Query.number(q, "limit", 30, 1, 1000);
        long page = Query.number(q, "page", 1, 1, Integer.MAX_VALUE);
        Optional<String> workspace = q.query("workspace");
        Optional<String> execution = q.query("pipeline_execution_id");
        Optional<String> stage = q.query("pipeline_stage_id");
        Optional<String> status = q.query("status_type");
        if (status.isPresent() && !STATUSES.contains(status.get())) {
            throw new BadRequest("status_type must be one of [approved, rejected, pending], was " + status.get());
        }
        List<IacmRecord> matching = records.values().stream()
                .filter(r -> r.org.equals(org) && r.project.equals(project))
                .filter(r -> workspace.isEmpty() || workspace.get().equals(r.workspaceId))
                .filter(r -> execution.isEmpty() || execution.get().equals(r.pipelineExecutionId))
                .filter(r -> stage.isEmpty() || stage.get().equals(r.pipelineStageId))
                .filter(r -> status.isEmpty() || status.get().equals(r.status))
                .toList();
        int from = (int) Math.min(matching.size(), (page - 1) * limit);
        int to = (int) Math.min(matching.size(), from + limit);
        ArrayNode body = Answers.array();
        matching.subList(from, to).forEach(r -> body.add(write(r)));
        long pages = (matching.size() + limit - 1) / limit;
        return Answers.json(200, "application/json", body, Map.of(
                "x-page-size", Long.toString(limit),
                "x-total-items", Integer.toString(matching.size()),
                "x-total-pages", Long.toString(pages)));
    }

    private ResponseDefinition create(FakeRequest q, String org, String project, Instant now) throws IOException {
        JsonNode body = Json.object(q.json());
        IacmRecord r = new IacmRecord();
        r.account = TestCredentials.HARNESS_ACCOUNT_ID;
        r.org = org;
        r.project = project;
        r.pipelineExecutionId = required(body, "pipeline_execution_id");
        r.pipelineStageId = required(body, "pipeline_stage_id");
        r.workspaceId = required(body, "workspace_id");
        r.status = status(body).orElse("pending");
        r.created = now;
        r.updated = now;
        seed(r);
        ObjectNode answer = Answers.object();
        answer.put("id", r.id);
        return Answers.json(200, answer);
    }

    private ResponseDefinition show(String org, String project, String id) {
        IacmRecord r = existing(org, project, id);
        ObjectNode o = Answers.object();
        o.put("status", r.status);
        o.put("created", r.created.toEpochMilli());
        o.put("updated", r.updated.toEpochMilli());
        Json.put(o, "actioned_by", r.actionedBy);
        Json.put(o, "actioned_by_email", r.actionedByEmail);
        return Answers.json(200, o);
    }

    private ResponseDefinition update(FakeRequest q, String org, String project, String id, Instant now) throws IOException {
        IacmRecord r = existing(org, project, id);
        JsonNode body = Json.object(q.json());
        r.status = status(body).orElseThrow(() -> new BadRequest("\"status\" is missing from body"));
        Json.text(body, "actioned_by").ifPresent(v -> r.actionedBy = v);
        Json.text(body, "actioned_by_email").ifPresent(v -> r.actionedByEmail = v);
        r.updated = now;
        return Answers.empty(200);
    }

    // ---- helpers ----

    private IacmRecord existing(String org, String project, String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("id must be formatted as a uuid but got value \"" + id + "\"");
        }
        IacmRecord r = records.get(id);
        if (r == null || !r.org.equals(org) || !r.project.equals(project)) {
            throw new BadRequest(404, "approval " + id + " not found");
        }
        return r;
    }

    private static String required(JsonNode body, String field) {
        return Json.text(body, field).orElseThrow(() -> new BadRequest("\"" + field + "\" is missing from body"));
    }

    private static Optional<String> status(JsonNode body) {
        Optional<String> s = Json.text(body, "status");
        if (s.isPresent() && !STATUSES.contains(s.get())) {
            throw new BadRequest("status must be one of [pending, approved, rejected], was " + s.get());
        }
        return s;
    }

    /** The approval as Harness' HarnessIacmApproval schema writes it. */
    private static ObjectNode write(IacmRecord r) {
        ObjectNode o = Answers.object();
        o.put("account", r.account);
        o.put("org", r.org);
        o.put("project", r.project);
        o.put("pipeline_execution_id", r.pipelineExecutionId);
        o.put("pipeline_stage_id", r.pipelineStageId);
        o.put("workspace_id", r.workspaceId);
        o.put("id", r.id);
        o.put("status", r.status);
        o.put("created", r.created.toEpochMilli());
        o.put("updated", r.updated.toEpochMilli());
        Json.put(o, "actioned_by", r.actionedBy);
        Json.put(o, "actioned_by_email", r.actionedByEmail);
        return o;
    }
}
