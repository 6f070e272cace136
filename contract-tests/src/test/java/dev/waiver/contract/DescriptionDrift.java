package dev.waiver.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compares one of our OpenAPI files with the published description it follows.
 *
 * <p>Drift (fails the build): an operation (method + path), parameter (name, in, type, format) or
 * schema field (name, type, format, and the time unit where both descriptions state one) that we
 * declare and the published description does not have, or has with another type, format or unit.
 * A field or parameter marked {@code x-waiver-source: older-description} is looked up in the older
 * STO description instead, for the same operation and place.
 *
 * <p>Lacking (listed in {@code docs/contract-coverage.md}): operations, parameters and fields the
 * published description has and we do not declare. Request and answer fields are compared for the
 * operations and answer statuses we declare; our {@code default} answer is compared with the
 * published {@code default}, or else its first 4xx answer.
 */
final class DescriptionDrift {

    private static final Pattern MILLIS = Pattern.compile("(?i)millisecond|\\bms\\b");
    private static final Pattern SECONDS = Pattern.compile("(?i)\\bseconds?\\b");

    private final String label;
    private final OpenAPI ours;
    private final OpenAPI theirs;
    private final OpenAPI older;
    private final HarnessApi theirsApi;
    private final HarnessApi olderApi;
    private final List<String> drift = new ArrayList<>();
    private final Map<String, List<String>> lacking = new LinkedHashMap<>();

    /**
     * @param label names ours in messages, e.g. {@code sto.yaml}
     * @param ours our description
     * @param theirs the published description
     * @param theirsApi which one it is
     * @param older the older description marked fields may come from, or {@code null}
     * @param olderApi which one it is, or {@code null}
     */
    DescriptionDrift(String label, OpenAPI ours, OpenAPI theirs, HarnessApi theirsApi, OpenAPI older, HarnessApi olderApi) {
        this.label = label;
        this.ours = ours;
        this.theirs = theirs;
        this.theirsApi = theirsApi;
        this.older = older;
        this.olderApi = olderApi;
        compare();
    }

    /** @return every drift, one readable line each; empty when ours follows the published description */
    List<String> drift() {
        return drift;
    }

    /** @return what the published description has and we lack: a heading per operation, the items under it */
    Map<String, List<String>> lacking() {
        return lacking;
    }

    private void compare() {
        theirs.getPaths().forEach((path, item) -> PhantomRequired.operations(item).forEach((method, op) -> {
            if (operation(ours, method, path) == null) {
                lack("Operations we do not cover", method + " " + path + describe(op));
            }
        }));
        ours.getPaths().forEach((path, item) -> PhantomRequired.operations(item).forEach((method, op) -> {
            String where = label + " " + method + " " + path;
            Operation published = operation(theirs, method, path);
            if (published == null) {
                drift.add(where + ": operation not in " + theirsApi.fileName());
                return;
            }
            Operation olderOp = older == null ? null : operation(older, method, olderApi.descriptionPath(path));
            String heading = method + " " + path;
            parameters(where, heading, item, op, theirs.getPaths().get(path), published,
                    olderOp == null ? null : older.getPaths().get(olderApi.descriptionPath(path)), olderOp);
            if (op.getRequestBody() != null) {
                Schema<?> mine = schema(op.getRequestBody().getContent());
                Schema<?> pub = published.getRequestBody() == null ? null : schema(published.getRequestBody().getContent());
                Schema<?> old = olderOp == null || olderOp.getRequestBody() == null ? null
                        : schema(olderOp.getRequestBody().getContent());
                if (pub == null && mine != null) {
                    drift.add(where + " request body: " + theirsApi.fileName() + " describes no body");
                } else if (mine != null) {
                    fields(where + " request body", heading, "request body", mine, pub, old);
                }
            }
            op.getResponses().forEach((code, response) -> {
                ApiResponse pubResponse = answer(published, code);
                Schema<?> mine = schema(response.getContent());
                if (mine == null) {
                    return;
                }
                Schema<?> pub = pubResponse == null ? null : schema(pubResponse.getContent());
                if (pub == null) {
                    drift.add(where + " answer " + code + ": " + theirsApi.fileName() + " describes no such answer body");
                    return;
                }
                ApiResponse oldResponse = olderOp == null ? null : answer(olderOp, code);
                fields(where + " answer " + code, heading, "answer " + code, mine, pub,
                        oldResponse == null ? null : schema(oldResponse.getContent()));
            });
        }));
    }

    private void parameters(String where, String heading, PathItem ourItem, Operation op, PathItem pubItem,
            Operation published, PathItem olderItem, Operation olderOp) {
        List<Parameter> mine = all(ourItem, op);
        List<Parameter> pub = all(pubItem, published);
        List<Parameter> old = olderOp == null ? List.of() : all(olderItem, olderOp);
        for (Parameter p : mine) {
            boolean marked = olderDescription(p.getExtensions());
            Parameter match = find(marked ? old : pub, p);
            String at = where + " " + p.getIn() + " parameter " + p.getName();
            if (match == null) {
                drift.add(at + ": not in " + (marked ? olderApi.fileName() + " (marked " + OwnDescription.OLDER + ")"
                        : theirsApi.fileName()));
            } else {
                if (marked && find(pub, p) != null) {
                    drift.add(at + ": marked " + OwnDescription.OLDER + " but " + theirsApi.fileName()
                            + " declares it now: drop the mark");
                }
                sameShape(at, p.getSchema(), match.getSchema(), p.getDescription(), match.getDescription());
            }
        }
        for (Parameter p : pub) {
            if (find(mine, p) == null && !isApiKeyHeader(p)) {
                lack(heading, p.getIn() + " parameter `" + p.getName() + "`" + shape(p.getSchema())
                        + (Boolean.TRUE.equals(p.getRequired()) ? ", required" : ""));
            }
        }
    }

    @SuppressWarnings("rawtypes") // swagger-parser's models hand out raw Schema maps
    private void fields(String where, String heading, String place, Schema<?> mine, Schema<?> pub, Schema<?> old) {
        sameShape(where, mine, pub, mine.getDescription(), pub.getDescription());
        Map<String, Schema> mineProps = properties(mine);
        Map<String, Schema> pubProps = properties(pub);
        Map<String, Schema> oldProps = old == null ? Map.of() : properties(old);
        for (Map.Entry<String, Schema> e : mineProps.entrySet()) {
            String name = e.getKey();
            Schema<?> field = e.getValue();
            String at = where + " field " + name;
            if (olderDescription(field.getExtensions())) {
                Schema<?> oldField = oldProps.get(name);
                if (oldField == null) {
                    drift.add(at + ": marked " + OwnDescription.OLDER + " but "
                            + (olderApi == null ? "there is no older description" : olderApi.fileName() + " lacks it"));
                } else {
                    if (pubProps.containsKey(name)) {
                        drift.add(at + ": marked " + OwnDescription.OLDER + " but " + theirsApi.fileName()
                                + " declares it now: drop the mark");
                    }
                    fields(at, heading, place + " " + name, field, oldField, null);
                }
            } else if (!pubProps.containsKey(name)) {
                drift.add(at + ": not in " + theirsApi.fileName());
            } else {
                fields(at, heading, place + " " + name, field, pubProps.get(name), oldProps.get(name));
            }
        }
        for (Map.Entry<String, Schema> e : pubProps.entrySet()) {
            if (!mineProps.containsKey(e.getKey())) {
                lack(heading, place + " field `" + e.getKey() + "`" + shape(e.getValue()));
            }
        }
        if (mine.getItems() != null) {
            if (pub.getItems() == null) {
                drift.add(where + "[]: " + theirsApi.fileName() + " describes no array items");
            } else {
                fields(where + "[]", heading, place + "[]", mine.getItems(), pub.getItems(),
                        old == null ? null : old.getItems());
            }
        }
    }

    private void sameShape(String at, Schema<?> mine, Schema<?> pub, String mineText, String pubText) {
        if (mine == null || pub == null) {
            return;
        }
        if (!Objects.equals(type(mine), type(pub))) {
            drift.add(at + ": type " + type(mine) + ", " + theirsApi.fileName() + " says " + type(pub));
        }
        if (!Objects.equals(mine.getFormat(), pub.getFormat())) {
            drift.add(at + ": format " + mine.getFormat() + ", " + theirsApi.fileName() + " says " + pub.getFormat());
        }
        String mineUnit = unit(mineText, mine);
        String pubUnit = unit(pubText, pub);
        if (mineUnit != null && pubUnit != null && !mineUnit.equals(pubUnit)) {
            drift.add(at + ": unit " + mineUnit + ", " + theirsApi.fileName() + " says " + pubUnit);
        }
        if (mine.getItems() != null && pub.getItems() != null && properties(mine.getItems()).isEmpty()) {
            sameShape(at + "[]", mine.getItems(), pub.getItems(), mine.getItems().getDescription(),
                    pub.getItems().getDescription());
        }
    }

    private static String unit(String text, Schema<?> schema) {
        String all = (text == null ? "" : text) + " " + (schema.getDescription() == null ? "" : schema.getDescription());
        if (MILLIS.matcher(all).find()) {
            return "milliseconds";
        }
        return SECONDS.matcher(all).find() ? "seconds" : null;
    }

    static String type(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().stream().filter(t -> !t.equals("null")).findFirst().orElse(null);
        }
        if (s.getProperties() != null) {
            return "object";
        }
        return s.getItems() != null ? "array" : null;
    }

    private static String shape(Schema<?> s) {
        if (s == null) {
            return "";
        }
        String type = type(s);
        if ("array".equals(type) && s.getItems() != null) {
            type = type(s.getItems()) + "[]";
        }
        return " (" + type + (s.getFormat() == null ? "" : ", " + s.getFormat()) + ")";
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> properties(Schema<?> s) {
        return s.getProperties() == null ? Map.of() : s.getProperties();
    }

    private static boolean olderDescription(Map<String, Object> extensions) {
        return extensions != null && OwnDescription.OLDER.equals(extensions.get(OwnDescription.SOURCE_EXTENSION));
    }

    private boolean isApiKeyHeader(Parameter p) {
        return "header".equals(p.getIn()) && theirs.getComponents() != null
                && theirs.getComponents().getSecuritySchemes() != null
                && theirs.getComponents().getSecuritySchemes().values().stream()
                        .anyMatch(s -> p.getName().equalsIgnoreCase(s.getName()));
    }

    private static Parameter find(List<Parameter> in, Parameter p) {
        return in.stream()
                .filter(q -> Objects.equals(q.getIn(), p.getIn()) && ("header".equals(p.getIn())
                        ? q.getName().equalsIgnoreCase(p.getName()) : q.getName().equals(p.getName())))
                .findFirst().orElse(null);
    }

    private static List<Parameter> all(PathItem item, Operation op) {
        List<Parameter> all = new ArrayList<>();
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        if (item != null && item.getParameters() != null) {
            item.getParameters().stream().filter(p -> find(all, p) == null).forEach(all::add);
        }
        return all;
    }

    private static Operation operation(OpenAPI api, String method, String path) {
        PathItem item = api.getPaths().get(path);
        return item == null ? null : PhantomRequired.operations(item).get(method);
    }

    private static ApiResponse answer(Operation op, String code) {
        if (op.getResponses() == null) {
            return null;
        }
        ApiResponse exact = op.getResponses().get(code);
        if (exact != null || !code.equals("default")) {
            return exact;
        }
        return op.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("4"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Schema<?> schema(Content content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        MediaType json = content.get("application/json");
        return json != null ? json.getSchema() : content.values().iterator().next().getSchema();
    }

    private static String describe(Operation op) {
        String id = op.getOperationId() == null ? "" : " `" + op.getOperationId() + "`";
        String summary = op.getSummary() == null ? "" : " — " + op.getSummary().strip();
        return id + summary;
    }

    private void lack(String heading, String item) {
        lacking.computeIfAbsent(heading, h -> new ArrayList<>()).add(item);
    }
}
