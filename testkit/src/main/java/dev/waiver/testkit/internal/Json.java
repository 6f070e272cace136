package dev.waiver.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/** Small helpers to read request bodies and write answers without null checks everywhere. */
public final class Json {

    private Json() {
    }

    /**
     * @param node  an object
     * @param field a field
     * @return its text value, if present and not null
     * @throws BadRequest when present but not a string
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new BadRequest(field + " must be a string");
        }
        return Optional.of(v.asText());
    }

    /**
     * @param node  an object
     * @param field a field
     * @return its integer value, if present and not null
     * @throws BadRequest when present but not an integer
     */
    public static Optional<Long> number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber()) {
            throw new BadRequest(field + " must be an integer");
        }
        return Optional.of(v.asLong());
    }

    /**
     * @param node  an object
     * @param field a required field
     * @return its text value
     * @throws BadRequest when absent, null or blank
     */
    public static String requiredText(JsonNode node, String field) {
        String v = text(node, field).orElseThrow(() -> new BadRequest(field + " is required"));
        if (v.isBlank()) {
            throw new BadRequest(field + " must not be empty");
        }
        return v;
    }

    /**
     * @param body a request body
     * @return it, when it is a JSON object
     * @throws BadRequest otherwise
     */
    public static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequest("the request body must be a JSON object");
        }
        return body;
    }

    /**
     * Puts a field unless the value is null.
     *
     * @param o     the object
     * @param field the field
     * @param value a String, Long, Integer, Boolean or null
     */
    public static void put(ObjectNode o, String field, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            o.put(field, s);
        } else if (value instanceof Long l) {
            o.put(field, l);
        } else if (value instanceof Integer i) {
            o.put(field, i);
        } else if (value instanceof Boolean b) {
            o.put(field, b);
        } else {
            throw new IllegalArgumentException("unsupported value type " + value.getClass());
        }
    }

    /**
     * @param instant an instant or null
     * @return Unix seconds, or null
     */
    public static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    /**
     * @param instant an instant or null
     * @return Unix milliseconds, or null
     */
    public static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
