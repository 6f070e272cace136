package dev.waiver.harness.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/**
 * The one {@link OkHttpClient} whose connection pool and dispatcher the STO, HAR and IaCM
 * clients of a {@code HarnessClient} share. Each vendor client derives its own copy with
 * {@link OkHttpClient#newBuilder()} (adding its credentials), and a derived copy keeps the pool
 * and the dispatcher of the one it came from. Not API.
 *
 * <p>Either owned (made here, shut down once by {@link #close()}) or supplied by the user (shared,
 * never shut down by us). Thread-safe.
 */
public final class SharedHttpClient implements AutoCloseable {

    // The defaults a Waiver client that owns its pool uses (see HttpTransport).
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final OkHttpClient client;
    private final boolean owned;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedHttpClient(OkHttpClient client, boolean owned) {
        this.client = client;
        this.owned = owned;
    }

    /**
     * @param supplied the user's client, or {@code null} for one of our own
     * @return the user's client, shared and left open on {@link #close()}; or a new one, owned
     */
    public static SharedHttpClient over(OkHttpClient supplied) {
        if (supplied != null) {
            return new SharedHttpClient(supplied, false);
        }
        return new SharedHttpClient(new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT).writeTimeout(WRITE_TIMEOUT).build(), true);
    }

    /** @return the client every vendor client derives from */
    public OkHttpClient client() {
        return client;
    }

    /** @return whether {@link #close()} shuts the pool and dispatcher down (not a user's client) */
    public boolean owned() {
        return owned;
    }

    /**
     * Shuts down the dispatcher's threads and evicts the pooled connections, the first time only,
     * and only when owned.
     *
     * @return whether this call shut them down
     */
    public boolean shutDown() {
        if (!owned || !closed.compareAndSet(false, true)) {
            return false;
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        return true;
    }

    /** Same as {@link #shutDown()}. */
    @Override
    public void close() {
        shutDown();
    }
}
