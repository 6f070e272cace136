package dev.waiver.core.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A successful (2xx) answer as a {@link ResponseHandler} sees it. The transport closes it after
 * the handler returns, unless the handler {@link #detach() detaches} it to stream the body later.
 * For vendor modules.
 */
public final class TransportResponse {

    private final Response response;
    private final String requestId;
    private boolean detached;

    TransportResponse(Response response, String requestId) {
        this.response = response;
        this.requestId = requestId;
    }

    /** @return the HTTP status */
    public int statusCode() {
        return response.code();
    }

    /**
     * @param name a header name, case-insensitive
     * @return the header's last value, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(response.header(name));
    }

    /**
     * Like {@link #header(String)}, for a reader that looks up many headers on every answer.
     *
     * @param name a header name, case-insensitive
     * @return the header's last value, or {@code null} if absent
     */
    public String headerValue(String name) {
        return response.header(name);
    }

    /** @return every header, names lower-cased */
    public Map<String, List<String>> headers() {
        return response.headers().toMultimap();
    }

    /** @return the request id the vendor sent, if any */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the {@code Content-Type} of the body, if any */
    public Optional<String> contentType() {
        return header("Content-Type");
    }

    /**
     * The body as a stream, read straight from the connection.
     *
     * @return the body stream; empty for an answer without body
     */
    public InputStream body() {
        ResponseBody body = response.body();
        return body.byteStream();
    }

    /**
     * The body as a stream that supports {@link InputStream#mark mark}/{@link InputStream#reset reset}
     * to its start while at most {@code limit} bytes were read, for a reader that may need the raw
     * text of what it read (an error found inside a successful answer). No copy of the body is made
     * for it: the bytes read stay in the connection's buffer, up to {@code limit}; past it, reading
     * goes on from the connection and the body can no longer be rewound. Closing the stream closes
     * the body.
     *
     * @param limit how many bytes may be read and still rewound
     * @return the body stream
     */
    public InputStream rewindableBody(int limit) {
        return new RewindableBody(response.body().source(), limit);
    }

    /**
     * Reads the whole body into memory. Only for answers known to be small.
     *
     * @return the body's bytes
     * @throws IOException if reading fails
     */
    public byte[] bodyBytes() throws IOException {
        return response.body().bytes();
    }

    /**
     * Hands the open answer over to the caller, who must close the returned handle (for example
     * when a streamed list has been read to its end).
     *
     * @return a handle that releases the answer and its connection
     */
    public Closeable detach() {
        detached = true;
        return response::close;
    }

    boolean isDetached() {
        return detached;
    }
}
