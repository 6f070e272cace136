package dev.waiver.benchmarks.support;

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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A {@code java.net.http.HttpClient} that answers every request itself, the counterpart of
 * {@link CannedInterceptor} for the openapi-generator {@code native} client: the request body
 * publisher is drained, and the answer is fed through the caller's own {@code BodyHandler} as a
 * real response body would be. Only the synchronous {@link #send} is supported.
 */
public final class CannedHttpClient extends HttpClient {

    private final Canned.Routes routes;
    private final AtomicLong calls = new AtomicLong();

    /** @param routes picks the answer for each request */
    public CannedHttpClient(Canned.Routes routes) {
        this.routes = routes;
    }

    /** @return how many requests this client has answered */
    public long requestCount() {
        return calls.get();
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
        request.bodyPublisher().ifPresent(CannedHttpClient::drain);
        URI uri = request.uri();
        Canned c = routes.answer(request.method(), uri.getRawPath(), uri.getRawQuery());
        if (c == null) {
            c = Canned.NOT_FOUND;
        }
        calls.incrementAndGet();
        Canned answer = c;
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

    private static void drain(HttpRequest.BodyPublisher publisher) {
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }
            @Override public void onNext(ByteBuffer item) { item.position(item.limit()); }
            @Override public void onError(Throwable throwable) { }
            @Override public void onComplete() { }
        });
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
