package dev.waiver.core.http;

import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Builds a {@link TransportResponse} over bytes in memory, so the fuzz tests can drive a vendor's
 * response readers directly, thousands of times a second, without a server. Lives in the
 * transport's package only to reach its package-private constructor; test code.
 */
public final class FuzzResponses {

    private FuzzResponses() {
    }

    /**
     * @param status      the HTTP status
     * @param contentType the Content-Type, or {@code null} for none
     * @param headers     further headers
     * @param body        the body's bytes
     * @return an answer as the transport would hand it to a response handler
     */
    public static TransportResponse of(int status, String contentType, Map<String, String> headers, byte[] body) {
        Response.Builder r = new Response.Builder()
                .request(new Request.Builder().url("https://qualysapi.qualys.com/api/3.0/fo/compliance/exception/").build())
                .protocol(Protocol.HTTP_1_1)
                .code(status)
                .message("fuzz")
                .body(ResponseBody.create(body, contentType == null ? null : MediaType.parse(contentType)));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        headers.forEach(r::addHeader);
        return new TransportResponse(r.build(), null);
    }
}
