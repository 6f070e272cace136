package dev.waiver.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a description written in OpenAPI 3.1/3.2 into the equivalent OpenAPI 3.0 text, in
 * memory, so that swagger-parser 2.1 and the request validator read it with their mature 3.0
 * rules.
 *
 * <p>Why: Harness' three newer descriptions say {@code openapi: 3.2.0}, which swagger-parser 2.1
 * does not recognise (it falls back to Swagger 2 and drops every schema), and under 3.1 the
 * validator skips type checks of multi-type schemas ({@code type: [integer, 'null']} accepted
 * {@code "x"} in a probe). The only 3.1 construct the three descriptions use is such a type list
 * of one type plus {@code 'null'}, which is exactly OpenAPI 3.0's {@code type} + {@code nullable:
 * true}. Anything else in a type list stops the rewrite with an error naming where, so nothing is
 * silently weakened. Example values ({@code example}, {@code examples}, {@code x-*}) are data, not
 * schemas, and are left alone.
 */
final class OpenApi30View {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30View() {
    }

    /**
     * @param description the description's text (YAML or JSON)
     * @param source its name, for error messages
     * @return the description as OpenAPI 3.0 JSON text
     */
    static String of(String description, String source) {
        try {
            JsonNode root = YAML.readTree(description);
            if (!(root instanceof ObjectNode doc) || !doc.path("openapi").asText().startsWith("3.")) {
                throw new IllegalStateException(source + " is not an OpenAPI 3 description");
            }
            doc.put("openapi", "3.0.3");
            List<String> unsupported = new ArrayList<>();
            rewrite(doc, "#", unsupported);
            if (!unsupported.isEmpty()) {
                throw new IllegalStateException(source + ": type lists that OpenAPI 3.0 cannot express: " + unsupported);
            }
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static void rewrite(JsonNode node, String pointer, List<String> unsupported) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                collapse(object, types, pointer, unsupported);
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                if (!name.equals("example") && !name.equals("examples") && !name.startsWith("x-")) {
                    rewrite(field.getValue(), pointer + "/" + name, unsupported);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                rewrite(array.get(i), pointer + "/" + i, unsupported);
            }
        }
    }

    private static void collapse(ObjectNode schema, ArrayNode types, String pointer, List<String> unsupported) {
        List<String> concrete = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode t : types) {
            if (t.asText().equals("null")) {
                nullable = true;
            } else {
                concrete.add(t.asText());
            }
        }
        if (concrete.size() != 1) {
            unsupported.add(pointer + " " + types);
            return;
        }
        schema.put("type", concrete.get(0));
        if (nullable) {
            schema.put("nullable", true);
        }
    }
}
