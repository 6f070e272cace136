package dev.waiver.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Where the canned answers come from in one benchmark setting, and the HTTP clients every
 * contender shares. Both settings end in the same {@link CannedExchange}, whose routes refuse a
 * request without the vendor's credentials or with another body than the expected one:
 * <ul>
 *   <li>{@link Setting#LOOPBACK}: a {@link CannedServer} on 127.0.0.1, real sockets;</li>
 *   <li>{@link Setting#STUB}: no network at all; OkHttp connects through an
 *       {@link InMemorySocketFactory}, below every interceptor and OkHttp's own HTTP/1.1 codec, so
 *       each contender's whole client-side chain runs (Waiver's credential and User-Agent steps
 *       included); {@code java.net.http} calls end in a {@link CannedHttpClient}. The shared
 *       client has no timeouts in this setting (see the constructor).</li>
 * </ul>
 * The one {@link #okHttp()} client is handed to Waiver's builders ({@code okHttpClient(...)}) and
 * used directly by the raw baseline, so both share one connection pool and dispatcher.
 */
public final class Rig implements AutoCloseable {

    /** The benchmark settings. */
    public enum Setting {
        /** A loopback server answering canned bytes. */
        LOOPBACK,
        /** In-memory connections below the whole client. */
        STUB;

        /**
         * @param name {@code loopback} or {@code stub}, any case
         * @return the setting
         */
        public static Setting of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final Setting setting;
    private final VendorAnswers answers = new VendorAnswers();
    private final CannedExchange exchange = new CannedExchange(answers);
    private final CannedServer server;
    private final CannedHttpClient jdkStub;
    private final OkHttpClient okHttp;
    private final String baseUrl;

    /**
     * @param setting where answers come from
     */
    public Rig(Setting setting) {
        this.setting = setting;
        OkHttpClient.Builder ok = new OkHttpClient.Builder();
        if (setting == Setting.LOOPBACK) {
            try {
                server = new CannedServer(exchange);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jdkStub = null;
            baseUrl = server.baseUrl();
        } else {
            server = null;
            jdkStub = new CannedHttpClient(exchange);
            // No timeouts on in-memory sockets, for every contender alike (Waiver's clients take this
            // client's settings): nothing here can block, and with a non-zero timeout Okio enters an
            // AsyncTimeout around every socket read and write, which takes a lock and wakes its
            // "Okio Watchdog" thread each time. On a 2-core machine those wake-ups cost more CPU than
            // the call itself makes differ between contenders, and land on the caller as scheduler
            // noise. Over loopback, where a timeout is real, OkHttp's defaults stay.
            ok.socketFactory(new InMemorySocketFactory(exchange))
                    .connectTimeout(Duration.ZERO).readTimeout(Duration.ZERO)
                    .writeTimeout(Duration.ZERO).callTimeout(Duration.ZERO);
            baseUrl = "http://127.0.0.1:9"; // "connected" in memory, never dialled
        }
        this.okHttp = ok.build();
    }

    /** @return the setting */
    public Setting setting() {
        return setting;
    }

    /** @return the answers served */
    public VendorAnswers answers() {
        return answers;
    }

    /** @return the base URL every client is pointed at */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the shared OkHttp client (with the canned interceptor in the stub setting) */
    public OkHttpClient okHttp() {
        return okHttp;
    }

    /** @return a builder for the {@code java.net.http} client of the generated code */
    public HttpClient.Builder jdkHttp() {
        return setting == Setting.LOOPBACK ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                : jdkStub.asBuilder();
    }

    /** @return the HTTP requests answered so far, over every client */
    public long requestCount() {
        return exchange.requestCount();
    }

    /** @return the exchange every request of this rig ends in (to record requests in tests) */
    public CannedExchange exchange() {
        return exchange;
    }

    @Override
    public void close() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
