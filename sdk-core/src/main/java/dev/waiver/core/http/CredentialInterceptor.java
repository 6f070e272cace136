package dev.waiver.core.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Writes credentials onto a request only when it goes to the client's own origin. As a network
 * interceptor it runs for every redirect hop, so a redirect to another host (where OkHttp would
 * keep custom headers such as {@code x-api-key}) is sent without them. A call made through a
 * view with per-call credentials carries them as an {@link AuthOverride} tag, and they are written
 * in place of the client's, under the same origin rule.
 */
final class CredentialInterceptor implements Interceptor {

    private final HttpUrl origin;
    private final AuthStrategy auth;

    CredentialInterceptor(HttpUrl origin, AuthStrategy auth) {
        this.origin = origin;
        this.auth = auth;
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!sameOrigin(origin, request.url())) {
            return chain.proceed(request);
        }
        AuthOverride override = request.tag(AuthOverride.class);
        AuthStrategy credentials = override == null ? auth : override.auth();
        Request.Builder rb = request.newBuilder();
        HttpUrl.Builder[] url = {null}; // made only when a query parameter must be added
        credentials.apply(new AuthStrategy.Target() {
            @Override
            public void header(String name, String value) {
                rb.header(name, value);
            }

            @Override
            public void queryParameterIfAbsent(String name, String value) {
                if (request.url().queryParameter(name) == null) {
                    if (url[0] == null) {
                        url[0] = request.url().newBuilder();
                    }
                    url[0].addQueryParameter(name, value);
                }
            }
        });
        if (url[0] != null) {
            rb.url(url[0].build());
        }
        return chain.proceed(rb.build());
    }
}
