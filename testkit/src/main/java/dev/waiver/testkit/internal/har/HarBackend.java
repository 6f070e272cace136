package dev.waiver.testkit.internal.har;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The HAR firewall exceptions fake, after Harness' published "Registry V3 - Firewall"
 * description: {@code {error:{code,message,param,type}}} errors, Unix-millisecond timestamps,
 * 0-based {@code page}/{@code size} (1..100, default 20) answered with {@code hasMore} and
 * {@code meta} counts, statuses {@code PENDING}/{@code APPROVED}/{@code REJECTED}/{@code EXPIRED},
 * create answered 201 (409 on a duplicate), update only while PENDING, delete 204.
 *
 * <p>Where the description is silent, this fake's reading: a create is a duplicate when a
 * PENDING or unexpired APPROVED exception of the same registry and package covers one of the
 * same versions (an empty version list covers all); an update of an exception that is not
 * PENDING is a 400 {@code INVALID_REQUEST_ERROR} with {@code param} {@code status}; {@code meta}
 * counts the exceptions that match every filter but {@code status}; registries must be known
 * to the fake ({@code HarFake.registry(...)}), an unknown one is a 404.
 */
public final class HarBackend extends RoutedBackend {

    /** The path prefix HAR is served under. */
    public static final String PREFIX = "/har/api/v3/";
    /** The registry every fake knows from the start. */
    public static final String DEFAULT_REGISTRY_ID = "7e1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b";

    private static final int MAX_SIZE = 100;

    /** A registry the fake knows. */
    private record Registry(String name, String packageType) {
    }

    private final Map<String, HarRecord> records = new LinkedHashMap<>();
    private final Map<String, Registry> registries = new LinkedHashMap<>();
    private final Map<String, Set<String>> versions = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1);

    /** Creates the backend with the default registry and no records. */
    public HarBackend() {
        reset();
    }

    @Override
    public FakeVendor vendor() {
        return FakeVendor.HAR;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(PREFIX);
    }

    @Override
    public synchronized void reset() {
        records.clear();
        registries.clear();
        versions.clear();
        ids.set(1);
        registries.put(DEFAULT_REGISTRY_ID, new Registry("npm-proxy", "NPM"));
    }

    // ---- state for HarFake ----

    /**
     * Makes a registry known (or renames it).
     *
     * @param id          its UUID
     * @param name        its name
     * @param packageType its package type, for example {@code MAVEN}
     */
    public synchronized void registry(String id, String name, String packageType) {
        registries.put(uuid(id, "registryId"), new Registry(name, packageType));
    }

    /**
     * Adds versions the versions operation lists for a package.
     *
     * @param registryId  the registry
     * @param packageName the package
     * @param list        the versions
     */
    public synchronized void versions(String registryId, String packageName, List<String> list) {
        versions.computeIfAbsent(registryId + "\n" + packageName, k -> new TreeSet<>()).addAll(list);
    }

    /**
     * Adds a record as is (seeding); gives it an id, registry name and type when missing.
     *
     * @param r the record
     * @return its id
     */
    public synchronized String seed(HarRecord r) {
        Registry reg = registries.get(r.registryId);
        if (reg == null) {
            throw new IllegalArgumentException("unknown registry " + r.registryId + ": add it with HarFake.registry(...)");
        }
        if (r.exceptionId == null) {
            r.exceptionId = nextId();
        }
        r.registryName = reg.name();
        r.packageType = reg.packageType();
        records.put(r.exceptionId, r);
        return r.exceptionId;
    }

    /**
     * @param now the fake's time
     * @return every exception as the API writes it, oldest first
     */
    public synchronized List<ObjectNode> snapshot(Instant now) {
        return records.values().stream().map(r -> write(r, now)).toList();
    }

    // ---- routing ----

    @Override
    protected Route route(FakeRequest r) {
        List<String> s = r.segmentsAfter(PREFIX);
        String m = r.method();
        if (s.size() < 2 || !s.get(0).equals("scans")) {
            return null;
        }
        if (s.size() == 2 && s.get(1).equals("versions") && m.equals("GET")) {
            return new Route("har.listVersions", (q, now) -> listVersions(q));
        }
        if (!s.get(1).equals("exceptions")) {
            return null;
        }
        if (s.size() == 2) {
            return m.equals("GET") ? new Route("har.list", this::list)
                    : m.equals("POST") ? new Route("har.create", this::create) : null;
        }
        String id = decode(s.get(2));
        if (s.size() == 3) {
            return m.equals("PUT") ? new Route("har.update", (q, now) -> update(q, id, now))
                    : m.equals("DELETE") ? new Route("har.delete", (q, now) -> delete(id)) : null;
        }
        if (s.size() == 4 && s.get(3).equals("status") && m.equals("PUT")) {
            return new Route("har.updateStatus", (q, now) -> updateStatus(q, id, now));
        }
        return null;
    }

    @Override
    protected Optional<ResponseDefinition> authenticate(FakeRequest r) {
        if (!r.header("x-api-key").filter(TestCredentials.HARNESS_API_KEY::equals).isPresent()) {
            return Optional.of(error(401, "Invalid or missing API key", null));
        }
        Optional<String> account = r.query("account_identifier");
        if (account.isEmpty()) {
            return Optional.of(error(400, "account_identifier is required", "account_identifier"));
        }
        if (!account.get().equals(TestCredentials.HARNESS_ACCOUNT_ID)) {
            return Optional.of(error(401, "The API key does not belong to account " + account.get(), null));
        }
        return Optional.empty();
    }

    @Override
    protected ResponseDefinition error(int status, String message) {
        return error(status, message, null);
    }

    private static ResponseDefinition error(int status, String message, String param) {
        ObjectNode body = Answers.object();
        ObjectNode e = body.putObject("error");
        e.put("type", status == 401 ? "AUTHENTICATION_ERROR" : status == 403 ? "PERMISSION_ERROR"
                : status >= 500 ? "API_ERROR" : "INVALID_REQUEST_ERROR");
        e.put("message", message);
        Json.put(e, "param", param);
        return Answers.json(status, body);
    }

    // ---- operations ----

    private ResponseDefinition list(FakeRequest q, Instant now) {
        Optional<String> status = q.query("status").map(v -> v.toUpperCase(Locale.ROOT));
        List<String> types = split(q.queryAll("package_types"));
        List<String> regs = split(q.queryAll("registry_ids"));
        Optional<String> pkg = q.query("package_name");
        Optional<String> version = q.query("version");
        Optional<String> exceptionId = q.query("exception_id");
        Optional<String> term = q.query("search_term").map(v -> v.toLowerCase(Locale.ROOT));
        List<HarRecord> matching = records.values().stream()
                .filter(r -> types.isEmpty() || types.contains(r.packageType))
                .filter(r -> regs.isEmpty() || regs.contains(r.registryId))
                .filter(r -> pkg.isEmpty() || pkg.get().equals(r.packageName))
                .filter(r -> version.isEmpty() || r.covers(version.get()))
                .filter(r -> exceptionId.isEmpty() || exceptionId.get().equals(r.exceptionId))
                .filter(r -> term.isEmpty() || r.packageName.toLowerCase(Locale.ROOT).contains(term.get())
                        || r.businessJustification.toLowerCase(Locale.ROOT).contains(term.get()))
                .toList();
        List<HarRecord> shown = new ArrayList<>(matching.stream()
                .filter(r -> status.isEmpty() || status.get().equals(r.statusAt(now))).toList());
        sort(q, shown);
        ObjectNode body = Answers.object();
        ArrayNode items = Answers.array();
        page(q, shown, body).forEach(r -> items.add(write(r, now)));
        body.set("items", items);
        ObjectNode meta = body.putObject("meta");
        meta.put("totalCount", matching.size());
        for (String s : List.of("PENDING", "APPROVED", "REJECTED", "EXPIRED")) {
            meta.put(s.toLowerCase(Locale.ROOT) + "Count", matching.stream().filter(r -> s.equals(r.statusAt(now))).count());
        }
        return Answers.json(200, body);
    }

    private ResponseDefinition listVersions(FakeRequest q) {
        Optional<String> reg = q.query("registry_id");
        Optional<String> pkg = q.query("package_name");
        List<String> all = versions.entrySet().stream()
                .filter(e -> reg.isEmpty() || e.getKey().startsWith(reg.get() + "\n"))
                .filter(e -> pkg.isEmpty() || e.getKey().endsWith("\n" + pkg.get()))
                .flatMap(e -> e.getValue().stream())
                .distinct()
                .toList();
        ObjectNode body = Answers.object();
        ArrayNode items = Answers.array();
        page(q, all, body).forEach(items::add);
        body.set("items", items);
        return Answers.json(200, body);
    }

    private ResponseDefinition create(FakeRequest q, Instant now) throws IOException {
        JsonNode body = Json.object(q.json());
        HarRecord r = new HarRecord();
        r.registryId = uuid(Json.requiredText(body, "registryId"), "registryId");
        r.packageName = Json.requiredText(body, "packageName");
        r.businessJustification = Json.requiredText(body, "businessJustification");
        r.versionList = versionList(body).orElse(new ArrayList<>());
        r.expireAfter = expireAfter(body).orElse(null);
        r.remediationPlan = Json.text(body, "remediationPlan").orElse(null);
        if (!registries.containsKey(r.registryId)) {
            throw new BadRequest(404, "registry " + r.registryId + " not found");
        }
        Optional<HarRecord> clash = records.values().stream().filter(o -> duplicates(o, r, now)).findFirst();
        if (clash.isPresent()) {
            return error(409, "a firewall exception for " + r.packageName + " already exists: "
                    + clash.get().exceptionId, "packageName");
        }
        r.createdAt = now;
        r.updatedAt = now;
        seed(r);
        return Answers.json(201, write(r, now));
    }

    private static boolean duplicates(HarRecord existing, HarRecord made, Instant now) {
        String status = existing.statusAt(now);
        if (!status.equals("PENDING") && !status.equals("APPROVED")) {
            return false;
        }
        if (!existing.registryId.equals(made.registryId) || !existing.packageName.equals(made.packageName)) {
            return false;
        }
        return existing.versionList.isEmpty() || made.versionList.isEmpty()
                || !Collections.disjoint(existing.versionList, made.versionList);
    }

    private ResponseDefinition update(FakeRequest q, String id, Instant now) throws IOException {
        HarRecord r = existing(id);
        JsonNode body = Json.object(q.json());
        if (!"PENDING".equals(r.statusAt(now))) {
            return error(400, "firewall exception " + id + " is " + r.statusAt(now)
                    + ": it can be updated only while PENDING", "status");
        }
        Json.text(body, "businessJustification").ifPresent(v -> r.businessJustification = v);
        versionList(body).ifPresent(v -> r.versionList = v);
        if (body.has("expireAfter")) {
            r.expireAfter = expireAfter(body).orElse(null);
        }
        if (body.has("remediationPlan")) {
            r.remediationPlan = Json.text(body, "remediationPlan").orElse(null);
        }
        r.updatedAt = now;
        return Answers.json(200, write(r, now));
    }

    private ResponseDefinition updateStatus(FakeRequest q, String id, Instant now) throws IOException {
        HarRecord r = existing(id);
        JsonNode body = Json.object(q.json());
        String status = Json.requiredText(body, "status");
        if (!status.equals("APPROVED") && !status.equals("REJECTED")) {
            return error(400, "status must be APPROVED or REJECTED, was " + status, "status");
        }
        if (body.has("notes")) {
            r.notes = Json.text(body, "notes").orElse(null);
        }
        r.status = status;
        r.statusChanged = true;
        r.statusChangedAt = now;
        r.updatedAt = now;
        r.expirationAt = status.equals("APPROVED") && r.expireAfter != null
                ? now.plus(Duration.ofDays(r.expireAfter)) : null;
        return Answers.json(200, write(r, now));
    }

    private ResponseDefinition delete(String id) {
        existing(id);
        records.remove(id);
        return Answers.empty(204);
    }

    // ---- helpers ----

    private HarRecord existing(String id) {
        HarRecord r = records.get(id);
        if (r == null) {
            throw new BadRequest(404, "firewall exception " + id + " not found");
        }
        return r;
    }

    private String nextId() {
        return String.format("00000000-0000-4000-8000-%012d", ids.getAndIncrement());
    }

    private static String uuid(String value, String field) {
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(field + " must be a UUID, was " + value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static Optional<List<String>> versionList(JsonNode body) {
        JsonNode v = body.get("versionList");
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw new BadRequest("versionList must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(n -> out.add(n.asText()));
        return Optional.of(out);
    }

    private static Optional<Integer> expireAfter(JsonNode body) {
        return Json.number(body, "expireAfter").map(v -> {
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new BadRequest("expireAfter must be an int32");
            }
            return v.intValue();
        });
    }

    private static List<String> split(List<String> values) {
        return values.stream().flatMap(v -> Stream.of(v.split(","))).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static void sort(FakeRequest q, List<HarRecord> list) {
        Optional<String> sort = q.query("sort");
        if (sort.isEmpty()) {
            return;
        }
        String[] parts = sort.get().split(":");
        Comparator<HarRecord> c;
        switch (parts[0]) {
            case "createdAt":
                c = Comparator.comparing(r -> r.createdAt);
                break;
            case "updatedAt":
                c = Comparator.comparing(r -> r.updatedAt);
                break;
            case "packageName":
                c = Comparator.comparing(r -> r.packageName);
                break;
            default:
                throw new BadRequest("sort field must be createdAt, updatedAt or packageName, was " + parts[0]);
        }
        list.sort(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? c.reversed() : c);
    }

    /** Cuts one 0-based page and writes {@code page}, {@code size} and {@code hasMore}. */
    private static <T> List<T> page(FakeRequest q, List<T> all, ObjectNode body) {
        long page = Query.number(q, "page", 0, 0, Integer.MAX_VALUE);
        long size = Query.number(q, "size", 20, 1, MAX_SIZE);
        int from = (int) Math.min(all.size(), page * size);
        int to = (int) Math.min(all.size(), from + size);
        body.put("page", page);
        body.put("size", size);
        body.put("hasMore", to < all.size());
        return all.subList(from, to);
    }

    private static ObjectNode user() {
        ObjectNode u = Answers.object();
        u.put("uid", TestCredentials.HARNESS_USER_ID);
        u.put("display_name", TestCredentials.HARNESS_USER_NAME);
        u.put("email", TestCredentials.HARNESS_USER_EMAIL);
        u.put("type", "user");
        return u;
    }

    /** The exception as Harness' FirewallExceptionResponseV3 schema writes it. */
    private static ObjectNode write(HarRecord r, Instant now) {
        ObjectNode o = Answers.object();
        o.put("exceptionId", r.exceptionId);
        o.put("registryId", r.registryId);
        Json.put(o, "registryName", r.registryName);
        o.put("packageName", r.packageName);
        o.put("packageType", r.packageType);
        ArrayNode v = o.putArray("versionList");
        r.versionList.forEach(v::add);
        o.put("businessJustification", r.businessJustification);
        if (r.remediationPlan == null) {
            o.putNull("remediationPlan");
        } else {
            o.put("remediationPlan", r.remediationPlan);
        }
        if (r.expireAfter == null) {
            o.putNull("expireAfter");
        } else {
            o.put("expireAfter", r.expireAfter);
        }
        Long expiration = Json.millis(r.expirationAt);
        if (expiration == null) {
            o.putNull("expirationAt");
        } else {
            o.put("expirationAt", expiration);
        }
        o.put("status", r.statusAt(now));
        if (r.notes == null) {
            o.putNull("notes");
        } else {
            o.put("notes", r.notes);
        }
        o.put("createdAt", r.createdAt.toEpochMilli());
        o.set("createdBy", user());
        o.put("updatedAt", r.updatedAt.toEpochMilli());
        o.set("updatedBy", user());
        if (r.statusChanged) {
            o.put("statusChangedAt", r.statusChangedAt.toEpochMilli());
            o.set("statusChangedBy", user());
        } else {
            o.putNull("statusChangedAt");
        }
        return o;
    }
}
