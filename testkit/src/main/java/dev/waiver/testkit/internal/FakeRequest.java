package dev.waiver.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A received request, read the way the fakes need it. */
public final class FakeRequest {

    private final Request request;
    private final String path;

    /**
     * @param request the request as WireMock received it
     */
    public FakeRequest(Request request) {
        this.request = request;
        String url = request.getUrl();
        int q = url.indexOf('?');
        this.path = q < 0 ? url : url.substring(0, q);
    }

    /** @return the method, upper case */
    public String method() {
        return request.getMethod().getName();
    }

    /** @return the path without the query (still percent-encoded) */
    public String path() {
        return path;
    }

    /**
     * @param prefix a prefix of {@link #path()}
     * @return the path's segments after the prefix (empty segments dropped)
     */
    public List<String> segmentsAfter(String prefix) {
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        return Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param name a query parameter
     * @return its first value, decoded, if present
     */
    public Optional<String> query(String name) {
        QueryParameter p = request.queryParameter(name);
        return p != null && p.isPresent() && !p.values().isEmpty() ? Optional.of(p.firstValue()) : Optional.empty();
    }

    /**
     * @param name a query parameter
     * @return all its values, decoded
     */
    public List<String> queryAll(String name) {
        QueryParameter p = request.queryParameter(name);
        return p != null && p.isPresent() ? p.values() : List.of();
    }

    /**
     * @param name a header (case-insensitive)
     * @return its value, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    /** @return the body as text (empty if none) */
    public String bodyText() {
        String b = request.getBodyAsString();
        return b == null ? "" : b;
    }

    /**
     * @return the body as JSON; {@link MissingNode} when there is none
     * @throws IOException when the body is not JSON
     */
    public JsonNode json() throws IOException {
        String b = bodyText();
        return b.isBlank() ? MissingNode.getInstance() : Answers.JSON.readTree(b);
    }

    /** @return the underlying WireMock request */
    public Request raw() {
        return request;
    }
}
