package dev.waiver.benchmarks.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@code java.net.http.HttpClient} that answers every request itself, the counterpart of
 * {@link InMemorySocketFactory} for the openapi-generator {@code native} client: the request is
 * rendered to the bytes {@code java.net.http} would write (request line, {@code Host},
 * {@code Content-Length}, {@code User-Agent}, the caller's headers, the drained body) and checked by
 * the same {@link CannedExchange} as every other contender's, and the answer is fed through the
 * caller's own {@code BodyHandler} as a real response body would be. Only the synchronous
 * {@link #send} is supported. {@code java.net.http}'s own connection and codec work is not
 * measured here (it is in the loopback setting): this setting flatters the generated client.
 */
public final class CannedHttpClient extends HttpClient {

    private static final String USER_AGENT = "Java-http-client/" + System.getProperty("java.version");

    private final CannedExchange exchange;

    /** @param exchange answers each request */
    public CannedHttpClient(CannedExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * A builder whose {@code build()} returns this client, for APIs that take an
     * {@code HttpClient.Builder} (such as the generated {@code ApiClient}). Settings are ignored.
     *
     * @return the builder
     */
    public HttpClient.Builder asBuilder() {
        CannedHttpClient self = this;
        return new HttpClient.Builder() {
            @Override public Builder cookieHandler(CookieHandler cookieHandler) { return this; }
            @Override public Builder connectTimeout(Duration duration) { return this; }
            @Override public Builder sslContext(SSLContext sslContext) { return this; }
            @Override public Builder sslParameters(SSLParameters sslParameters) { return this; }
            @Override public Builder executor(Executor executor) { return this; }
            @Override public Builder followRedirects(Redirect policy) { return this; }
            @Override public Builder version(Version version) { return this; }
            @Override public Builder priority(int priority) { return this; }
            @Override public Builder proxy(ProxySelector proxySelector) { return this; }
            @Override public Builder authenticator(Authenticator authenticator) { return this; }
            @Override public HttpClient build() { return self; }
        };
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        byte[] wire = render(request);
        Canned answer = exchange.answer(new WireRequest().reset(wire, 0, wire.length));
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override public int statusCode() { return answer.status(); }
            @Override public HttpHeaders headers() { return answer.jdkHeaders(); }
            @Override public Version version() { return Version.HTTP_1_1; }
        });
        subscriber.onSubscribe(new OneBuffer(subscriber, answer.body()));
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return new Answer<>(request, answer, body);
    }

    /** The request as {@code java.net.http} writes it on an HTTP/1.1 connection. */
    private static byte[] render(HttpRequest request) {
        byte[] body = request.bodyPublisher().map(CannedHttpClient::drain).orElse(new byte[0]);
        URI uri = request.uri();
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        if (body.length > 0 || request.method().equals("POST") || request.method().equals("PUT")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        if (request.headers().firstValue("User-Agent").isEmpty()) {
            head.append("User-Agent: ").append(USER_AGENT).append("\r\n");
        }
        request.headers().map().forEach((name, values) -> values.forEach(v ->
                head.append(name).append(": ").append(v).append("\r\n")));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] drain(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }
            @Override public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }
            @Override public void onError(Throwable throwable) { }
            @Override public void onComplete() { }
        });
        return out.toByteArray();
    }

    /** Delivers one buffer, then completion, as the subscriber asks for them. */
    private static final class OneBuffer implements Flow.Subscription {
        private final HttpResponse.BodySubscriber<?> subscriber;
        private final byte[] bytes;
        private boolean sent;
        private boolean completed;

        OneBuffer(HttpResponse.BodySubscriber<?> subscriber, byte[] bytes) {
            this.subscriber = subscriber;
            this.bytes = bytes;
        }

        @Override
        public void request(long n) {
            if (!sent) {
                sent = true;
                subscriber.onNext(List.of(ByteBuffer.wrap(bytes).asReadOnlyBuffer()));
            }
            if (!completed) {
                completed = true;
                subscriber.onComplete();
            }
        }

        @Override
        public void cancel() {
            completed = true;
        }
    }

    private record Answer<T>(HttpRequest request, Canned canned, T body) implements HttpResponse<T> {
        @Override public int statusCode() { return canned.status(); }
        @Override public Optional<HttpResponse<T>> previousResponse() { return Optional.empty(); }
        @Override public HttpHeaders headers() { return canned.jdkHeaders(); }
        @Override public Optional<SSLSession> sslSession() { return Optional.empty(); }
        @Override public URI uri() { return request.uri(); }
        @Override public Version version() { return Version.HTTP_1_1; }
    }

    @Override public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("only send() is stubbed");
    }

    @Override public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
        throw new UnsupportedOperationException("only send() is stubbed");
    }

    @Override public Optional<CookieHandler> cookieHandler() { return Optional.empty(); }
    @Override public Optional<Duration> connectTimeout() { return Optional.empty(); }
    @Override public Redirect followRedirects() { return Redirect.NEVER; }
    @Override public Optional<ProxySelector> proxy() { return Optional.empty(); }
    @Override public SSLContext sslContext() { return null; }
    @Override public SSLParameters sslParameters() { return new SSLParameters(); }
    @Override public Optional<Authenticator> authenticator() { return Optional.empty(); }
    @Override public Version version() { return Version.HTTP_1_1; }
    @Override public Optional<Executor> executor() { return Optional.empty(); }
}
