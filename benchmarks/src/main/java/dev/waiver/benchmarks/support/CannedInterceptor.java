package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp application interceptor that answers every request itself, short-circuiting the
 * network: the request body is still written out (into a buffer that is thrown away), as it would
 * be onto a socket, and the answer comes from {@link Canned.Routes}.
 *
 * <p>Installed on the {@code OkHttpClient} handed to a Waiver builder's {@code okHttpClient(...)}
 * hook, it runs <em>before</em> the interceptors Waiver adds to its derived copy (User-Agent,
 * credentials); so in this setting those are not measured. The loopback setting measures them.
 */
public final class CannedInterceptor implements Interceptor {

    private final Canned.Routes routes;
    private final AtomicLong calls = new AtomicLong();

    /** @param routes picks the answer for each request */
    public CannedInterceptor(Canned.Routes routes) {
        this.routes = routes;
    }

    /** @return how many requests this interceptor has answered */
    public long requestCount() {
        return calls.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        RequestBody body = request.body();
        if (body != null) {
            Buffer sink = new Buffer();
            body.writeTo(sink);
            sink.clear();
        }
        Canned c = routes.answer(request.method(), request.url().encodedPath(), request.url().encodedQuery());
        if (c == null) {
            c = Canned.NOT_FOUND;
        }
        calls.incrementAndGet();
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(c.status())
                .message(c.status() < 300 ? "OK" : "Error")
                .headers(c.okHeaders())
                .body(ResponseBody.create(c.body(), c.mediaType()))
                .build();
    }
}
