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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule by which this suite corrects a known flaw of Harness' descriptions: <b>a name in a
 * schema's {@code required} list that the same schema does not declare in its {@code properties} is
 * dropped from {@code required}</b> ("phantom required").
 *
 * <p>Why: generated from server-side models, several request bodies require fields they never
 * declare: STO create requires the server-assigned {@code id}, {@code status}, {@code created},
 * {@code lastModified}; approve and promote require eight Exemption fields; IaCM update requires
 * three ids of the create body. No request could satisfy such a list, so the names are the
 * description's error, not a rule of the service (Harness' reference notes say the same).
 *
 * <p>The rule only ever removes names that cannot be sent as declared fields: declared names stay
 * required, no type, format, pattern, range or {@code additionalProperties} check is touched, and a
 * schema composed with {@code allOf}/{@code anyOf}/{@code oneOf} is left alone (a name may be declared
 * by one of its parts). It is applied once to the parsed description, in memory.
 */
final class PhantomRequired {

    private PhantomRequired() {
    }

    /**
     * Applies the rule to every schema of the description: components, and the inline schemas of
     * every parameter, request body and response.
     *
     * @param api the parsed description, changed in place
     * @return what was dropped: a schema's location to the names dropped from its {@code required}
     */
    static Map<String, List<String>> apply(OpenAPI api) {
        Walk walk = new Walk();
        // Operations first, so that a schema is reported where it is used.
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> operations(item).forEach((method, op) ->
                    walk.operation(op, method + " " + path)));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) -> walk.schema(schema, "#/components/schemas/" + name));
        }
        return Collections.unmodifiableMap(walk.dropped);
    }

    /**
     * The rule on one schema, without descending into it.
     *
     * @param schema a schema
     * @return the names dropped from its {@code required} list (empty when none)
     */
    static List<String> applyTo(Schema<?> schema) {
        List<String> required = schema.getRequired();
        if (required == null || required.isEmpty() || composed(schema)) {
            return List.of();
        }
        Set<String> declared = schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
        List<String> phantom = new ArrayList<>();
        for (String name : required) {
            if (!declared.contains(name)) {
                phantom.add(name);
            }
        }
        if (!phantom.isEmpty()) {
            List<String> kept = new ArrayList<>(required);
            kept.removeAll(phantom);
            // swagger-parser's setter ignores an empty list; null means "nothing required".
            schema.setRequired(kept.isEmpty() ? null : kept);
        }
        return phantom;
    }

    private static boolean composed(Schema<?> schema) {
        return schema.getAllOf() != null || schema.getAnyOf() != null || schema.getOneOf() != null;
    }

    static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> ops = new LinkedHashMap<>();
        item.readOperationsMap().forEach((method, op) -> ops.put(method.name(), op));
        return ops;
    }

    private static final class Walk {
        private final Map<String, List<String>> dropped = new LinkedHashMap<>();
        private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void operation(Operation op, String where) {
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    if (p.getSchema() != null) {
                        schema(p.getSchema(), where + " parameter " + p.getName());
                    }
                }
            }
            if (op.getRequestBody() != null) {
                content(op.getRequestBody().getContent(), where + " request body");
            }
            if (op.getResponses() != null) {
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    content(r.getValue().getContent(), where + " response " + r.getKey());
                }
            }
        }

        void content(Content content, String where) {
            if (content != null) {
                for (Map.Entry<String, MediaType> m : content.entrySet()) {
                    if (m.getValue().getSchema() != null) {
                        schema(m.getValue().getSchema(), where + " " + m.getKey());
                    }
                }
            }
        }

        @SuppressWarnings("rawtypes") // swagger-parser's models hand out raw Schema lists
        void schema(Schema<?> schema, String where) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            List<String> phantom = applyTo(schema);
            if (!phantom.isEmpty()) {
                dropped.put(where, phantom);
            }
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, s) -> schema(s, where + "/" + name));
            }
            schema(schema.getItems(), where + "[]");
            if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
                schema(extra, where + "{}");
            }
            for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    for (int i = 0; i < parts.size(); i++) {
                        schema(parts.get(i), where + "(" + i + ")");
                    }
                }
            }
        }
    }
}
