package dev.waiver.core.http;

import java.io.IOException;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps credentials on the requests to the client's own origin and off every other. As a network
 * interceptor it runs for every hop, redirects included, so a redirect to another host (where
 * OkHttp would keep custom headers such as {@code x-api-key}) is sent without them.
 *
 * <p>Two modes, chosen by the transport:
 * <ul>
 *   <li>credentials written when the request is built (the OkHttp client has no application
 *       interceptor that could see them): a hop to the own origin goes on as it is, unless a
 *       same-origin redirect lost a credential, which is written again; a hop to another origin
 *       has every credential header the client writes removed;</li>
 *   <li>credentials written here (an application interceptor exists): on a hop to the own origin
 *       they are added — the client's, or a view's per-call ones carried as an
 *       {@link AuthOverride} tag; a hop to another origin goes on without them.</li>
 * </ul>
 */
final class CredentialInterceptor implements Interceptor {

    private final HttpUrl origin;
    private final CompiledAuth auth;
    private final boolean writtenOnRequest;
    private final Set<String> credentialHeaders;

    /**
     * @param origin            the client's base URL
     * @param auth              the client's credentials
     * @param writtenOnRequest  whether the transport writes credential headers when it builds a request
     * @param credentialHeaders the lower-case names of the headers {@code auth} writes
     */
    CredentialInterceptor(HttpUrl origin, CompiledAuth auth, boolean writtenOnRequest, Set<String> credentialHeaders) {
        this.origin = origin;
        this.auth = auth;
        this.writtenOnRequest = writtenOnRequest;
        this.credentialHeaders = credentialHeaders;
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!sameOrigin(origin, request.url())) {
            return chain.proceed(writtenOnRequest ? withoutCredentials(request) : request);
        }
        AuthOverride override = request.tag(AuthOverride.class);
        CompiledAuth credentials = override == null ? auth : override.auth();
        Request.Builder rb = null; // made only when something must be added
        for (int i = 0; i < credentials.headerCount(); i++) {
            String name = credentials.headerName(i);
            // On the request already, unless a same-origin redirect's request was built without it.
            if (!writtenOnRequest || request.header(name) == null) {
                rb = rb == null ? request.newBuilder() : rb;
                rb.header(name, credentials.headerValue(i));
            }
        }
        HttpUrl.Builder url = null;
        for (int i = 0; i < credentials.queryCount(); i++) {
            String name = credentials.queryName(i);
            if (request.url().queryParameter(name) == null) {
                url = url == null ? request.url().newBuilder() : url;
                url.addQueryParameter(name, credentials.queryValue(i));
            }
        }
        if (url != null) {
            rb = rb == null ? request.newBuilder() : rb;
            rb.url(url.build());
        }
        return chain.proceed(rb == null ? request : rb.build());
    }

    /** The request without any of the client's credential headers (a hop to another origin). */
    private Request withoutCredentials(Request request) {
        Request.Builder rb = null;
        for (String name : credentialHeaders) {
            if (request.header(name) != null) {
                if (rb == null) {
                    rb = request.newBuilder();
                }
                rb.removeHeader(name);
            }
        }
        return rb == null ? request : rb.build();
    }
}
