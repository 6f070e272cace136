package dev.waiver.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.waiver.core.ApiError;
import dev.waiver.core.ApiException;
import dev.waiver.core.AttemptResult;
import dev.waiver.core.CallInfo;
import dev.waiver.core.CallOptions;
import dev.waiver.core.CallOutcome;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.TransportException;
import dev.waiver.core.TransportTimeoutException;
import dev.waiver.core.WaiverException;
import dev.waiver.core.internal.CallListeners;
import dev.waiver.core.internal.CallRecords;
import dev.waiver.core.internal.PageCall;
import dev.waiver.core.mapping.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends requests for one client over OkHttp and turns answers into results or typed exceptions.
 * For vendor modules.
 *
 * <p>Pipeline, in this fixed order, for every attempt of a call:
 * <ol>
 *   <li>the request, with {@code Accept} and {@code User-Agent}, built once per call;</li>
 *   <li>credentials, written only on requests to the client's own origin (network interceptor,
 *       so it also runs for each redirect hop and keeps keys off other hosts);</li>
 *   <li>the answer: 2xx to the {@link ResponseHandler}, anything else to the vendor's
 *       {@link ErrorDecoder};</li>
 *   <li>one log line; then the {@link RetryPolicy} decides whether and when to try again.</li>
 * </ol>
 * OkHttp's own silent retry is turned off, so a non-idempotent request is never repeated behind
 * the policy's back. Thread-safe.
 *
 * <p>With {@link dev.waiver.core.CallListener}s registered, each call is reported to them in the
 * order the listener contract states; without, the call takes the same path as before listeners
 * existed (one null check, nothing made for them).
 *
 * <p>{@link #withOptions} makes a view for per-call options (deadline, attempt timeout, extra
 * headers, retry policy, credentials) that shares this transport's OkHttp client; without options
 * a call pays one field check for each of them.
 */
public final class HttpTransport implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl baseUrl;
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final ErrorDecoder errorDecoder;
    private final RetryPolicy retryPolicy;
    private final ObjectMapper json;
    /** One reader per result type (a handful per client), shared with the client's views. */
    private final ConcurrentMap<java.lang.reflect.Type, ObjectReader> readers;
    private final List<String> requestIdHeaders;
    private final String userAgent;
    private final List<String> basePathSegments;
    private volatile ParsedUrl lastAbsoluteUrl;
    private final CompiledAuth auth;
    private final CallListeners listeners;
    private final String basePath;
    private final boolean safeCreates;
    /** Lower-case names of the headers {@link #auth} writes: never accepted as extra headers. */
    private final Set<String> authHeaderNames;
    /**
     * Whether credential headers are written when the request is built (the OkHttp client has no
     * application interceptor to see them) rather than by the network interceptor.
     */
    private final boolean credentialsOnRequest;
    // Per-call options of a view (see withOptions); none on a client's own transport.
    private final AuthOverride authOverride;
    private final List<Map.Entry<String, String>> extraHeaders;
    private final long timeoutNanos;
    private final long attemptTimeoutNanos;

    /**
     * Builds the transport and validates the base URL.
     *
     * @param settings the client's settings
     * @throws IllegalArgumentException if the base URL is not an http(s) URL, or is plain http to a
     *                                  non-loopback host without {@code allowInsecureHttp}
     */
    public HttpTransport(TransportSettings settings) {
        this.baseUrl = validateBaseUrl(settings.baseUrl(), settings.allowInsecureHttp());
        this.errorDecoder = settings.errorDecoder();
        this.retryPolicy = settings.retryPolicy();
        this.json = JsonMappers.create(settings.epochUnit());
        this.readers = new ConcurrentHashMap<>();
        this.requestIdHeaders = settings.requestIdHeaders();
        this.ownsClient = settings.okHttpClient() == null;
        OkHttpClient.Builder b = ownsClient ? new OkHttpClient.Builder() : settings.okHttpClient().newBuilder();
        if (ownsClient) {
            b.connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).writeTimeout(Duration.ofSeconds(30));
        }
        if (settings.connectTimeout() != null) {
            b.connectTimeout(settings.connectTimeout());
        }
        if (settings.readTimeout() != null) {
            b.readTimeout(settings.readTimeout());
        }
        if (settings.writeTimeout() != null) {
            b.writeTimeout(settings.writeTimeout());
        }
        if (settings.callTimeout() != null) {
            b.callTimeout(settings.callTimeout());
        }
        this.auth = CompiledAuth.of(settings.auth());
        this.userAgent = UserAgent.of(settings.moduleName());
        this.basePathSegments = baseUrl.encodedPathSegments().stream().filter(seg -> !seg.isEmpty()).toList();
        this.basePath = basePathSegments.isEmpty() ? "" : "/" + String.join("/", basePathSegments);
        this.listeners = CallListeners.of(settings.listeners());
        this.safeCreates = settings.safeCreates();
        this.authHeaderNames = auth.lowerCaseHeaderNames();
        this.credentialsOnRequest = b.interceptors().isEmpty();
        this.client = b.retryOnConnectionFailure(false)
                .addNetworkInterceptor(new CredentialInterceptor(baseUrl, auth, credentialsOnRequest,
                        authHeaderNames))
                .build();
        this.authOverride = null;
        this.extraHeaders = List.of();
        this.timeoutNanos = 0;
        this.attemptTimeoutNanos = 0;
    }

    /** A view of {@code parent} with per-call options; see {@link #withOptions}. */
    private HttpTransport(HttpTransport parent, CallOptions options, AuthStrategy auth, ErrorDecoder errorDecoder) {
        this.baseUrl = parent.baseUrl;
        this.client = parent.client;
        this.ownsClient = false;
        this.errorDecoder = errorDecoder == null ? parent.errorDecoder : errorDecoder;
        this.retryPolicy = options.retryPolicy().orElse(parent.retryPolicy);
        this.json = parent.json;
        this.readers = parent.readers;
        this.requestIdHeaders = parent.requestIdHeaders;
        this.userAgent = parent.userAgent;
        this.basePathSegments = parent.basePathSegments;
        this.basePath = parent.basePath;
        this.listeners = parent.listeners;
        this.safeCreates = parent.safeCreates;
        this.auth = auth == null ? parent.auth : CompiledAuth.of(auth);
        this.authHeaderNames = parent.authHeaderNames;
        this.credentialsOnRequest = parent.credentialsOnRequest;
        this.authOverride = auth == null ? parent.authOverride : new AuthOverride(this.auth);
        List<Map.Entry<String, String>> headers = new ArrayList<>(parent.extraHeaders);
        headers.addAll(options.headers());
        this.extraHeaders = List.copyOf(headers);
        for (Map.Entry<String, String> header : extraHeaders) {
            if (authHeaderNames.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("CallOptions.header " + header.getKey()
                        + " is a credential header of this client: only its authentication writes it");
            }
        }
        this.timeoutNanos = options.timeout().map(Duration::toNanos).orElse(parent.timeoutNanos);
        this.attemptTimeoutNanos = options.attemptTimeout().map(Duration::toNanos).orElse(parent.attemptTimeoutNanos);
    }

    /**
     * A view of this transport for per-call options: it shares the OkHttp client (pool,
     * dispatcher, interceptors), listeners and safe-create setting, and applies the options to
     * every call made through it. On a view, the options add to the view's: headers are added to
     * its headers, anything else given replaces its setting. Closing a view releases nothing.
     *
     * @param options      the per-call options
     * @param auth         credentials in place of the client's, or {@code null} to keep them; like
     *                     the client's, written only on requests to the client's origin
     * @param errorDecoder an error decoder in place of the client's (a vendor whose decoder keeps
     *                     per-credential state), or {@code null} to keep it
     * @return the view
     * @throws IllegalArgumentException if an extra header is one this client's authentication writes
     */
    public HttpTransport withOptions(CallOptions options, AuthStrategy auth, ErrorDecoder errorDecoder) {
        return new HttpTransport(this, options, auth, errorDecoder);
    }


    /**
     * Whether the client's creates are safe creates: a create whose answer was lost after it may have
     * reached the vendor is looked up by the vendor's natural key, and retried at most once when
     * the lookup finds nothing (see {@link dev.waiver.core.SafeCreate}).
     *
     * @return {@code true} unless the client was built with {@code safeCreates(false)}
     */
    public boolean safeCreates() {
        return safeCreates;
    }

    /** @return the client's JSON mapper (configured once, shared) */
    public ObjectMapper json() {
        return json;
    }

    /** @return the validated base URL, as text */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /**
     * Whether a URL is on the client's own origin (same scheme, host and port).
     *
     * @param url any URL text
     * @return {@code true} if it parses and shares the base URL's origin
     */
    public boolean isSameOrigin(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed != null && CredentialInterceptor.sameOrigin(baseUrl, parsed);
    }

    /**
     * Sends a request and decodes a JSON answer.
     *
     * @param request the request
     * @param type    the result type
     * @param <T>     the result type
     * @return the decoded answer
     */
    public <T> T executeJson(TransportRequest request, Class<T> type) {
        return executeJson(request, reader(type));
    }

    /**
     * Sends a request and decodes a JSON answer of a generic type.
     *
     * @param request the request
     * @param type    the result type
     * @param <T>     the result type
     * @return the decoded answer
     */
    public <T> T executeJson(TransportRequest request, TypeReference<T> type) {
        return executeJson(request, reader(type.getType()));
    }

    private <T> T executeJson(TransportRequest request, ObjectReader reader) {
        return execute(request, response -> {
            try (InputStream in = response.body()) {
                return reader.readValue(in);
            }
        });
    }

    /**
     * The reader for a result type, made once per type and client: an {@link ObjectReader} keeps
     * the root deserializer it found, which {@code ObjectMapper.readValue} looks up on every call.
     */
    private ObjectReader reader(java.lang.reflect.Type type) {
        ObjectReader reader = readers.get(type);
        if (reader == null) {
            reader = json.readerFor(json.constructType(type));
            readers.putIfAbsent(type, reader);
        }
        return reader;
    }

    /**
     * Sends a request whose answer carries nothing the caller needs (204, or an empty 200).
     *
     * @param request the request
     */
    public void executeIgnoringBody(TransportRequest request) {
        execute(request, response -> null);
    }

    /**
     * Sends a request, retrying as the policy allows, and hands a 2xx answer to the handler.
     *
     * @param request the request
     * @param handler turns the answer into a result
     * @param <T>     the result type
     * @return the handler's result
     * @throws ApiException       if the vendor refused the call
     * @throws TransportException if no usable answer arrived
     *                            (either one names the request's operation and the attempts made)
     */
    public <T> T execute(TransportRequest request, ResponseHandler<T> handler) {
        Request okRequest = toOkHttp(request);
        if (listeners != null) {
            return executeObserved(request, okRequest, handler);
        }
        long deadline = deadline();
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(okRequest, handler, attempt, null, deadline);
            } catch (WaiverException failure) {
                Optional<Duration> delay = retryPolicy.delayBeforeRetry(attempt, request.isIdempotent(), failure);
                if (delay.isEmpty() || waitPassesDeadline(delay.get(), deadline)) {
                    throw CallRecords.record(failure, request.operation(), attempt, request.isIdempotent());
                }
                logRetry(okRequest, attempt, failure, delay.get());
                sleep(delay.get(), CallRecords.record(failure, request.operation(), attempt, request.isIdempotent()));
            }
        }
    }

    /** {@link #execute}, telling the listeners each step. */
    private <T> T executeObserved(TransportRequest request, Request okRequest, ResponseHandler<T> handler) {
        CallInfo info = callInfo(request, okRequest);
        long callStarted = System.nanoTime();
        long deadline = deadline();
        listeners.callStarted(info);
        for (int attempt = 1; ; attempt++) {
            listeners.attemptStarted(info, attempt);
            AttemptTrace trace = new AttemptTrace();
            long attemptStarted = System.nanoTime();
            WaiverException failure;
            try {
                T result = attempt(okRequest, handler, attempt, trace, deadline);
                listeners.attemptFinished(info, new AttemptResult(attempt, trace.status, since(attemptStarted),
                        trace.requestId, null));
                listeners.callFinished(info, new CallOutcome(attempt, since(callStarted), null));
                PageCall.record(listeners, info);
                return result;
            } catch (WaiverException e) {
                failure = e;
            } catch (RuntimeException | Error bug) {
                TransportException reported = new TransportException("the answer could not be handled ("
                        + bug.getClass().getSimpleName() + ")", bug, true);
                listeners.attemptFinished(info, new AttemptResult(attempt, trace.status, since(attemptStarted),
                        trace.requestId, reported));
                listeners.callFinished(info, new CallOutcome(attempt, since(callStarted), reported));
                throw bug;
            }
            listeners.attemptFinished(info, new AttemptResult(attempt, trace.status, since(attemptStarted),
                    trace.requestId, failure));
            Optional<Duration> delay = retryPolicy.delayBeforeRetry(attempt, request.isIdempotent(), failure);
            WaiverException recorded = CallRecords.record(failure, request.operation(), attempt, request.isIdempotent());
            if (delay.isEmpty() || waitPassesDeadline(delay.get(), deadline)) {
                listeners.callFinished(info, new CallOutcome(attempt, since(callStarted), recorded));
                throw recorded;
            }
            logRetry(okRequest, attempt, failure, delay.get());
            listeners.retryScheduled(info, attempt, delay.get(), recorded);
            try {
                sleep(delay.get(), recorded);
            } catch (WaiverException interrupted) {
                listeners.callFinished(info, new CallOutcome(attempt, since(callStarted), interrupted));
                throw interrupted;
            }
        }
    }

    /**
     * What listeners are told a call is: operation, method, host, port and the URL template (the
     * base URL's path and the request's path template, placeholders kept; for a complete URL, its
     * path alone), never a query.
     */
    private CallInfo callInfo(TransportRequest request, Request okRequest) {
        HttpUrl url = okRequest.url();
        String template = request.pathTemplate() == null ? url.encodedPath()
                : basePath + (request.pathTemplate().startsWith("/") ? "" : "/") + request.pathTemplate();
        return new CallInfo(request.operation(), okRequest.method(), url.host(), url.port(), template);
    }

    /** @return when the call's per-call {@code timeout} ends ({@link System#nanoTime()}), or 0 if it has none */
    private long deadline() {
        return timeoutNanos == 0 ? 0 : System.nanoTime() + timeoutNanos;
    }

    /** @return whether waiting {@code delay} before the next attempt would end past the call's deadline */
    private static boolean waitPassesDeadline(Duration delay, long deadline) {
        return deadline != 0 && System.nanoTime() + delay.toNanos() >= deadline;
    }

    /**
     * Bounds one attempt by the view's attempt timeout (or the client's call timeout) and by what
     * is left of the call's deadline, whichever ends first. Nothing to do on a client's own transport.
     */
    private void bound(Call call, long deadline) {
        long nanos = attemptTimeoutNanos;
        if (deadline != 0) {
            long left = Math.max(1, deadline - System.nanoTime());
            long attemptBound = nanos != 0 ? nanos : TimeUnit.MILLISECONDS.toNanos(client.callTimeoutMillis());
            nanos = attemptBound == 0 ? left : Math.min(attemptBound, left);
        }
        if (nanos != 0) {
            call.timeout().timeout(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The status and request id of an attempt's answer, for listeners; made only when there are some. */
    private static final class AttemptTrace {
        private Integer status;
        private String requestId;
    }

    private void logRetry(Request okRequest, int attempt, WaiverException failure, Duration delay) {
        RequestLog.LOG.info("{} {} failed on attempt {}/{} ({}); retrying in {} ms", okRequest.method(),
                RequestLog.redactedTarget(okRequest.url()), attempt, retryPolicy.maxAttempts(),
                failure.getClass().getSimpleName(), delay.toMillis());
    }

    private <T> T attempt(Request okRequest, ResponseHandler<T> handler, int attempt, AttemptTrace trace,
                          long deadline) {
        long started = System.nanoTime();
        Call call = client.newCall(okRequest);
        if (deadline != 0 || attemptTimeoutNanos != 0) {
            bound(call, deadline);
        }
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            RequestLog.LOG.warn("{} {} -> no answer in {} ms (attempt {}/{}): {}", okRequest.method(),
                    RequestLog.redactedTarget(okRequest.url()),
                    elapsedMillis(started), attempt, retryPolicy.maxAttempts(), e.getClass().getSimpleName());
            throw transportFailure(e, false, deadline);
        }
        boolean detached = false;
        try {
            String requestId = requestId(response);
            if (trace != null) {
                trace.status = response.code();
                trace.requestId = requestId;
            }
            if (RequestLog.LOG.isDebugEnabled()) {
                RequestLog.LOG.debug("{} {} -> {} in {} ms (attempt {}/{}, request id {})", okRequest.method(),
                        RequestLog.redactedTarget(okRequest.url()), response.code(), elapsedMillis(started), attempt,
                        retryPolicy.maxAttempts(), requestId);
            }
            if (RequestLog.LOG.isTraceEnabled()) {
                RequestLog.LOG.trace("request headers {} response headers {}",
                        RequestLog.allowedHeaders(response.request().headers()), RequestLog.allowedHeaders(response.headers()));
            }
            if (!response.isSuccessful()) {
                throw decodeError(response, requestId);
            }
            TransportResponse wrapped = new TransportResponse(response, requestId);
            T result = handler.handle(wrapped);
            detached = wrapped.isDetached();
            return result;
        } catch (JsonProcessingException e) {
            throw new TransportException("could not decode the answer to " + okRequest.method() + " "
                    + RequestLog.redactedTarget(okRequest.url()) + ": "
                    + ApiError.excerpt(e.getOriginalMessage()), e, true);
        } catch (IOException e) {
            throw transportFailure(e, true, deadline);
        } finally {
            if (!detached) {
                response.close();
            }
        }
    }

    private ApiException decodeError(Response response, String requestId) throws IOException {
        ResponseBody body = response.body();
        String contentType = response.header("Content-Type");
        String text = readBounded(body, contentType);
        ErrorResponse error = new ErrorResponse(response.code(), response.headers().toMultimap(), contentType, text,
                requestId, RetryAfter.parse(response.header("Retry-After"), retryPolicy.clock()).orElse(null));
        try {
            return errorDecoder.decode(error);
        } catch (RuntimeException decoderBug) {
            RequestLog.LOG.debug("error decoder failed; using the status alone", decoderBug);
            return StandardErrors.decodeUnrecognised(error);
        }
    }

    private static String readBounded(ResponseBody body, String contentType) throws IOException {
        Charset charset = StandardCharsets.UTF_8;
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        if (type != null && type.charset() != null) {
            charset = type.charset();
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(ErrorResponse.MAX_BODY_BYTES);
            return new String(bytes, charset);
        }
    }

    private String requestId(Response response) {
        for (String name : requestIdHeaders) {
            String value = response.header(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private TransportException transportFailure(IOException e, boolean answerStarted, long deadline) {
        String what = e.getClass().getSimpleName();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return new TransportException("could not connect to the vendor (" + what + ")", e, false);
        }
        if (e instanceof InterruptedIOException) {
            boolean connectTimeout = !answerStarted && message.contains("connect");
            return new TransportTimeoutException("the call timed out " + (answerStarted ? "while reading the answer" :
                    connectTimeout ? "while connecting" : "before an answer arrived")
                    + timeoutAdvice(deadline), e, !connectTimeout);
        }
        return new TransportException("the connection failed " + (answerStarted ? "while reading the answer" :
                "before an answer arrived") + " (" + what + ": " + ApiError.excerpt(e.getMessage()) + ")", e, true);
    }

    /** What to say about the timeouts in a timeout failure: the per-call ones if this view has any. */
    private String timeoutAdvice(long deadline) {
        if (deadline != 0 && deadline - System.nanoTime() <= 0) {
            return ": the call's per-call timeout of " + Duration.ofNanos(timeoutNanos) + " passed";
        }
        if (attemptTimeoutNanos != 0) {
            return " (per-call attempt timeout " + Duration.ofNanos(attemptTimeoutNanos) + ")";
        }
        return "; raise the client's timeouts if the vendor is slow";
    }

    private void sleep(Duration delay, WaiverException failure) {
        try {
            retryPolicy.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private Request toOkHttp(TransportRequest request) {
        HttpUrl url = request.absoluteUrl() == null ? null : absoluteUrl(request.absoluteUrl());
        HttpUrl.Builder ub;
        if (url != null) {
            ub = request.query().isEmpty() ? null : url.newBuilder();
        } else {
            ub = baseUrl.newBuilder().encodedPath("/");
            for (String segment : basePathSegments) {
                ub.addEncodedPathSegment(segment);
            }
            for (String segment : request.pathSegments()) {
                ub.addPathSegment(segment);
            }
        }
        for (TransportRequest.Param p : request.query()) {
            ub.addQueryParameter(p.name(), p.value());
        }
        Request.Builder rb = new Request.Builder().header("Accept", request.accept()).header("User-Agent", userAgent);
        ub = addAuth(request, url, ub, rb);
        rb.url(ub == null ? url : ub.build());
        for (TransportRequest.Param h : request.headers()) {
            rb.addHeader(h.name(), h.value());
        }
        for (Map.Entry<String, String> h : extraHeaders) {
            rb.addHeader(h.getKey(), h.getValue());
        }
        if (authOverride != null) {
            rb.tag(AuthOverride.class, authOverride);
        }
        rb.method(request.method().name(), body(request));
        return rb.build();
    }

    /**
     * Puts the query parameters of the client's authentication (an account id, never a secret) on
     * the URL as it is built, so the {@link CredentialInterceptor} finds them there and need not
     * rebuild the URL on every call; it still adds them to any request that lacks them. The
     * credential headers go on the request too when the OkHttp client has no application
     * interceptor (nothing but OkHttp itself sees the request before the network, and the
     * interceptor then only takes them off a hop to another origin, sparing a copy of every
     * request); with application interceptors they are left to the network interceptor, so those
     * never see a credential.
     */
    private HttpUrl.Builder addAuth(TransportRequest request, HttpUrl url, HttpUrl.Builder built, Request.Builder rb) {
        if (credentialsOnRequest) {
            for (int i = 0; i < auth.headerCount(); i++) {
                rb.header(auth.headerName(i), auth.headerValue(i));
            }
        }
        HttpUrl.Builder ub = built;
        for (int i = 0; i < auth.queryCount(); i++) {
            String name = auth.queryName(i);
            if ((url != null && url.queryParameter(name) != null) || names(request.query(), name)) {
                continue; // the request's own value wins
            }
            if (ub == null) {
                ub = url.newBuilder();
            }
            ub.addQueryParameter(name, auth.queryValue(i));
        }
        return ub;
    }

    private static boolean names(List<TransportRequest.Param> params, String name) {
        for (TransportRequest.Param p : params) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses an absolute URL and checks its origin; the last one is kept, since a client sends
     * most of its calls to one endpoint (Qualys: every action).
     */
    private HttpUrl absoluteUrl(String text) {
        ParsedUrl last = lastAbsoluteUrl;
        if (last != null && last.text().equals(text)) {
            return last.url();
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null || !CredentialInterceptor.sameOrigin(baseUrl, url)) {
            throw new IllegalArgumentException("refusing to send a request to " + (url == null ? "an invalid URL"
                    : url.scheme() + "://" + url.host() + ":" + url.port())
                    + ": only the client's own origin " + baseUrl.scheme() + "://" + baseUrl.host() + ":"
                    + baseUrl.port() + " receives its credentials");
        }
        lastAbsoluteUrl = new ParsedUrl(text, url);
        return url;
    }

    /** An absolute URL as given and as parsed. */
    private record ParsedUrl(String text, HttpUrl url) {
    }

    private RequestBody body(TransportRequest request) {
        if (request.jsonBody() != null) {
            try {
                return RequestBody.create(json.writeValueAsBytes(request.jsonBody()), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the request body cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
        }
        if (request.formFields() != null) {
            FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
            request.formFields().forEach(f -> form.add(f.name(), f.value()));
            return form.build();
        }
        return switch (request.method()) {
            case POST, PUT -> RequestBody.create(new byte[0], null);
            default -> null;
        };
    }

    private static HttpUrl validateBaseUrl(String text, boolean allowInsecureHttp) {
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was '"
                    + ApiError.excerpt(text) + "'");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + url.scheme() + "://"
                    + url.host() + url.encodedPath());
        }
        if (url.scheme().equals("http") && !allowInsecureHttp && !isLoopback(url.host())) {
            throw new IllegalArgumentException("refusing to send credentials over plain http to " + url.host()
                    + ": use an https baseUrl, or call allowInsecureHttp() on the builder if the network is trusted");
        }
        return url;
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!(host.matches("[0-9.]+") || host.contains(":"))) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * Releases the connection pool and threads, unless they belong to an {@link OkHttpClient} the
     * user supplied.
     */
    @Override
    public void close() {
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
