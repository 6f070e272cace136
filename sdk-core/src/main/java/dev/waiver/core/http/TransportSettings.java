package dev.waiver.core.http;

import dev.waiver.core.CallListener;
import dev.waiver.core.RetryPolicy;
import dev.waiver.core.mapping.EpochUnit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Everything an {@link HttpTransport} needs, gathered by a client builder. For vendor modules.
 *
 * @param baseUrl           the vendor's base URL (validated by the transport)
 * @param moduleName        the client module, for the {@code User-Agent} (for example {@code sto})
 * @param auth              the credentials strategy
 * @param errorDecoder      the vendor's error decoder
 * @param epochUnit         the vendor's timestamp unit
 * @param requestIdHeaders  headers that may carry the vendor's request id, in order of preference
 * @param retryPolicy       the retry policy
 * @param okHttpClient      a client to share (its pool and dispatcher), or {@code null} to own one
 * @param connectTimeout    connect timeout, or {@code null} for the default (10 s, or the shared client's)
 * @param readTimeout       read timeout, or {@code null} for the default (30 s, or the shared client's)
 * @param writeTimeout      write timeout, or {@code null} for the default (30 s, or the shared client's)
 * @param callTimeout       whole-attempt timeout, or {@code null} for none (or the shared client's)
 * @param allowInsecureHttp whether credentials may go over plain http to a non-loopback host
 * @param listeners         the call listeners, in registration order (empty for none)
 * @param safeCreates       whether a create whose answer was lost is looked up (and retried at most
 *                          once) instead of failing; see {@link HttpTransport#safeCreates()}
 */
public record TransportSettings(String baseUrl, String moduleName, AuthStrategy auth, ErrorDecoder errorDecoder,
                                EpochUnit epochUnit, List<String> requestIdHeaders, RetryPolicy retryPolicy,
                                OkHttpClient okHttpClient, Duration connectTimeout, Duration readTimeout,
                                Duration writeTimeout, Duration callTimeout, boolean allowInsecureHttp,
                                List<CallListener> listeners, boolean safeCreates) {

    /** Validates the required parts. */
    public TransportSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(errorDecoder, "errorDecoder");
        Objects.requireNonNull(epochUnit, "epochUnit");
        requestIdHeaders = List.copyOf(requestIdHeaders);
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        listeners = List.copyOf(listeners);
    }

    /**
     * Settings without call listeners, with safe creates on.
     *
     * @param baseUrl           the vendor's base URL
     * @param moduleName        the client module
     * @param auth              the credentials strategy
     * @param errorDecoder      the vendor's error decoder
     * @param epochUnit         the vendor's timestamp unit
     * @param requestIdHeaders  headers that may carry the vendor's request id
     * @param retryPolicy       the retry policy
     * @param okHttpClient      a client to share, or {@code null}
     * @param connectTimeout    connect timeout, or {@code null}
     * @param readTimeout       read timeout, or {@code null}
     * @param writeTimeout      write timeout, or {@code null}
     * @param callTimeout       whole-attempt timeout, or {@code null}
     * @param allowInsecureHttp whether credentials may go over plain http to a non-loopback host
     */
    public TransportSettings(String baseUrl, String moduleName, AuthStrategy auth, ErrorDecoder errorDecoder,
                             EpochUnit epochUnit, List<String> requestIdHeaders, RetryPolicy retryPolicy,
                             OkHttpClient okHttpClient, Duration connectTimeout, Duration readTimeout,
                             Duration writeTimeout, Duration callTimeout, boolean allowInsecureHttp) {
        this(baseUrl, moduleName, auth, errorDecoder, epochUnit, requestIdHeaders, retryPolicy, okHttpClient,
                connectTimeout, readTimeout, writeTimeout, callTimeout, allowInsecureHttp, List.of(), true);
    }
}
