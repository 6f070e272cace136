package dev.waiver.benchmarks.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * One canned HTTP answer, rendered once in every form the benchmarks hand out: the bytes a
 * loopback server writes, OkHttp headers for an interceptor and JDK headers for a stubbed
 * {@code java.net.http} client. Immutable.
 */
public final class Canned {

    private final int status;
    private final byte[] body;
    private final MediaType mediaType;
    private final Headers okHeaders;
    private final HttpHeaders jdkHeaders;
    private final byte[] wire;

    /**
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type}
     * @param extra       further headers, in order
     * @param body        the body
     */
    public Canned(int status, String contentType, Map<String, String> extra, byte[] body) {
        this.status = status;
        this.body = body.clone();
        this.mediaType = MediaType.get(contentType);
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", contentType);
        all.putAll(extra);
        Headers.Builder hb = new Headers.Builder();
        all.forEach(hb::add);
        this.okHeaders = hb.build();
        Map<String, List<String>> jdk = new LinkedHashMap<>();
        all.forEach((k, v) -> jdk.put(k, List.of(v)));
        jdk.put("Content-Length", List.of(Integer.toString(body.length)));
        this.jdkHeaders = HttpHeaders.of(jdk, (k, v) -> true);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        all.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        this.wire = out.toByteArray();
    }

    /**
     * A 200 answer.
     *
     * @param contentType the {@code Content-Type}
     * @param extra       further headers
     * @param body        the body
     * @return the answer
     */
    public static Canned ok(String contentType, Map<String, String> extra, byte[] body) {
        return new Canned(200, contentType, extra, body);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the body (shared; do not modify) */
    public byte[] body() {
        return body;
    }

    /** @return the body's media type for OkHttp */
    public MediaType mediaType() {
        return mediaType;
    }

    /** @return the headers for an OkHttp {@code Response} */
    public Headers okHeaders() {
        return okHeaders;
    }

    /** @return the headers for a {@code java.net.http.HttpResponse} */
    public HttpHeaders jdkHeaders() {
        return jdkHeaders;
    }

    /** @return status line, headers and body as written on the wire (shared; do not modify) */
    public byte[] wire() {
        return wire;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Status";
        };
    }

    /**
     * A refusal: a plain-text answer naming what was wrong with the request, so a contender that
     * skipped part of its work fails loudly with the reason.
     *
     * @param status the HTTP status (400, 401, 404, 405)
     * @param reason what was wrong
     * @return the answer
     */
    public static Canned refusal(int status, String reason) {
        return new Canned(status, "text/plain", Map.of(), reason.getBytes(StandardCharsets.US_ASCII));
    }

    /** Picks the canned answer for a request, refusing any request a contender got wrong. Thread-safe. */
    @FunctionalInterface
    public interface Routes {
        /**
         * @param request the request as it arrived
         * @return the answer: the vendor's, or a refusal
         */
        Canned answer(WireRequest request);
    }

    /** A plain 404 for requests no route knows. */
    public static final Canned NOT_FOUND = refusal(404, "no canned answer for this path");

    @Override
    public String toString() {
        return "Canned{" + status + ", " + mediaType + ", " + body.length + " bytes}";
    }
}
