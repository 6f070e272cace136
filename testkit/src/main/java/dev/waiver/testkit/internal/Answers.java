package dev.waiver.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/** Helpers to write the fakes' answers. */
public final class Answers {

    /** The mapper the fakes write and read JSON with. */
    public static final ObjectMapper JSON = new ObjectMapper();

    /** The number of chunks a slow body is sent in. */
    private static final int SLOW_CHUNKS = 5;

    private Answers() {
    }

    /** @return a new empty JSON object */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** @return a new empty JSON array */
    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /**
     * @param status the HTTP status
     * @param body   the JSON body
     * @return an {@code application/json} answer
     */
    public static ResponseDefinition json(int status, JsonNode body) {
        return json(status, "application/json", body, Map.of());
    }

    /**
     * @param status      the HTTP status
     * @param contentType the content type
     * @param body        the JSON body
     * @param headers     extra headers
     * @return the answer
     */
    public static ResponseDefinition json(int status, String contentType, JsonNode body, Map<String, String> headers) {
        try {
            return text(status, contentType, JSON.writeValueAsString(body), headers);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param status      the HTTP status
     * @param contentType the content type
     * @param body        the body
     * @param headers     extra headers
     * @return the answer
     */
    public static ResponseDefinition text(int status, String contentType, String body, Map<String, String> headers) {
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", contentType)
                .withBody(body);
        headers.forEach(b::withHeader);
        return b.build();
    }

    /**
     * @param status the HTTP status, for example 204
     * @return an answer without a body
     */
    public static ResponseDefinition empty(int status) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).build();
    }

    /**
     * @param answer  an answer
     * @param headers headers to add
     * @return the answer with the headers
     */
    public static ResponseDefinition withHeaders(ResponseDefinition answer, Map<String, String> headers) {
        if (headers.isEmpty()) {
            return answer;
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.like(answer);
        headers.forEach(b::withHeader);
        return b.build();
    }

    /** @return an answer that resets the connection */
    public static ResponseDefinition connectionReset() {
        return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }

    /**
     * @param answer an answer
     * @param total  how long its body takes to arrive
     * @return the answer, sent in chunks over that time
     */
    public static ResponseDefinition slow(ResponseDefinition answer, Duration total) {
        return ResponseDefinitionBuilder.like(answer)
                .withChunkedDribbleDelay(SLOW_CHUNKS, (int) Math.min(Integer.MAX_VALUE, total.toMillis()))
                .build();
    }

    /**
     * @param status an HTTP status
     * @return its standard reason phrase, for example {@code "Not Found"}
     */
    public static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 423: return "Locked";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "HTTP " + status;
        }
    }

    /**
     * @param retryAfter a wait
     * @return the wait in whole seconds, rounded up, as an HTTP header value
     */
    public static String seconds(Duration retryAfter) {
        long s = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Long.toString(s);
    }
}
