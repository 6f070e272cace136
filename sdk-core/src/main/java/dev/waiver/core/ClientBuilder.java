package dev.waiver.core;

import dev.waiver.core.http.AuthStrategy;
import dev.waiver.core.http.ErrorDecoder;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.http.TransportSettings;
import dev.waiver.core.internal.GuardedListener;
import java.util.ArrayList;
import dev.waiver.core.mapping.EpochUnit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The settings every Waiver client builder shares: endpoint, timeouts, retry policy, an optional
 * shared {@link OkHttpClient}, the plain-http guard and {@link CallListener}s.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private String baseUrl;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private boolean allowInsecureHttp;
    private List<CallListener> listeners = List.of();
    private boolean safeCreates = true;

    /**
     * @param defaultBaseUrl the vendor's public SaaS endpoint, used unless {@link #baseUrl(String)} is called
     */
    protected ClientBuilder(String defaultBaseUrl) {
        this.baseUrl = defaultBaseUrl;
    }

    /** @return this builder as its concrete type */
    protected abstract B self();

    /**
     * Sends every call to another endpoint: a self-managed install, another region or cluster, or a
     * test server.
     *
     * @param baseUrl an absolute {@code https://} URL (plain {@code http://} only to loopback, or
     *                with {@link #allowInsecureHttp()}); a path prefix is kept
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * Shares an existing OkHttp client's connection pool and dispatcher. The Waiver client adds its
     * own interceptors to a derived copy and leaves the given client untouched; closing the Waiver
     * client does not shut the shared one down.
     *
     * @param okHttpClient the client to share
     * @return this builder
     */
    public B okHttpClient(OkHttpClient okHttpClient) {
        this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
        return self();
    }

    /**
     * @param timeout how long to wait for a connection; default 10 s
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * @param timeout the longest silence while reading an answer; default 30 s
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return self();
    }

    /**
     * @param timeout the longest silence while sending a request; default 30 s
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = positive(timeout, "writeTimeout");
        return self();
    }

    /**
     * @param timeout the longest time one attempt may take from start to end; default none, since a
     *                streamed list may legitimately take long
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return self();
    }

    /**
     * @param retryPolicy when and how to retry; default {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * Allows credentials over plain {@code http://} to a host that is not loopback. Only for a
     * trusted network (for example a proxy on the same host network); refused by default.
     *
     * @return this builder
     */
    public B allowInsecureHttp() {
        this.allowInsecureHttp = true;
        return self();
    }

    /**
     * Adds a listener that hears every call of the client: its start, each attempt, each retry, its
     * end, and each page of a list (see {@link CallListener} for the order). Several may be added;
     * they are called in the order added. A listener that throws is logged once (logger
     * {@code dev.waiver.listener}) and never changes a call's result. With none added the client
     * does no listener work.
     *
     * @param listener the listener
     * @return this builder
     */
    public B listener(CallListener listener) {
        List<CallListener> more = new ArrayList<>(listeners);
        more.add(GuardedListener.of(Objects.requireNonNull(listener, "listener")));
        this.listeners = List.copyOf(more);
        return self();
    }

    /**
     * Turns safe creates on or off for the client's single-record creates: STO
     * {@code Exemptions.create}, HAR {@code FirewallExceptions.create}, IaCM {@code Approvals.create},
     * Qualys {@code ComplianceExceptions.create} naming one host ({@code hostId}). Bulk creates and
     * Qualys' v3.0 tag-set creates are never covered. On (the default),
     * a create that fails with a {@link TransportException} whose
     * {@link TransportException#requestMayHaveReachedServer()} is {@code true} is followed by a
     * lookup of the record by the vendor's natural key: a record found is returned marked
     * {@code recovered()}; none found, the create is sent once more. Off, that
     * {@link TransportException} is thrown as is. See {@link SafeCreate} for the exact guarantee.
     *
     * @param enabled {@code false} to throw the original failure instead of looking up
     * @return this builder
     */
    public B safeCreates(boolean enabled) {
        this.safeCreates = enabled;
        return self();
    }

    /**
     * Creates the transport for the concrete client. For vendor modules.
     *
     * @param moduleName       the module, for the {@code User-Agent}
     * @param auth             the credentials strategy
     * @param errorDecoder     the vendor's error decoder
     * @param epochUnit        the vendor's timestamp unit
     * @param requestIdHeaders headers that may carry the vendor's request id
     * @return the transport
     */
    protected final HttpTransport buildTransport(String moduleName, AuthStrategy auth, ErrorDecoder errorDecoder,
                                                 EpochUnit epochUnit, List<String> requestIdHeaders) {
        return new HttpTransport(new TransportSettings(baseUrl, moduleName, auth, errorDecoder, epochUnit,
                requestIdHeaders, retryPolicy, okHttpClient, connectTimeout, readTimeout, writeTimeout, callTimeout,
                allowInsecureHttp, listeners, safeCreates));
    }

    /**
     * Copies this builder's transport settings (base URL, shared {@link OkHttpClient}, timeouts,
     * retry policy, plain-http guard, listeners, safe creates) onto another builder. For client modules that build one
     * client from another's settings (the Harness client).
     *
     * @param target the builder to configure
     */
    protected final void copyTransportSettingsTo(ClientBuilder<?> target) {
        target.baseUrl = baseUrl;
        target.okHttpClient = okHttpClient;
        target.connectTimeout = connectTimeout;
        target.readTimeout = readTimeout;
        target.writeTimeout = writeTimeout;
        target.callTimeout = callTimeout;
        target.retryPolicy = retryPolicy;
        target.allowInsecureHttp = allowInsecureHttp;
        target.listeners = listeners;
        target.safeCreates = safeCreates;
    }

    /**
     * @return the {@link OkHttpClient} given to {@link #okHttpClient(OkHttpClient)}, or {@code null}
     *         if the client is to own its connection pool
     */
    protected final OkHttpClient suppliedOkHttpClient() {
        return okHttpClient;
    }

    /**
     * Refuses a missing or blank setting with a message that names it.
     *
     * @param value the setting's value
     * @param name  the builder method that sets it
     * @return {@code value}
     * @throws IllegalStateException if {@code value} is {@code null} or blank
     */
    protected static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required: call ." + name + "(...) on the builder");
        }
        return value;
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }
}
