package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operations;
import dev.waiver.sto.StoClient;
import dev.waiver.sto.model.Exemption;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One STO client shared by 64 threads making 10,000 calls in all: no call fails, every answer is
 * the one for its own request (WireMock echoes the id from the path), and the connections stay
 * bounded.
 *
 * <p>What is measured: the client is built on an {@link OkHttpClient} this test creates, with its
 * own {@link ConnectionPool} and an {@link EventListener}. The listener counts every TCP connect
 * the SDK makes ({@code connectStart}), every distinct {@link Connection} a call acquires, and how
 * many connections are in use at once (acquired and not yet released). With synchronous calls a
 * connection serves one call at a time: at most 64 may be in use at any instant, the connects must
 * stay near one per thread (connections are reused, not one per call), and after the run the pool
 * holds at most its idle limit. (With an idle limit below the thread count OkHttp closes the
 * surplus idle connections between calls and opens new ones: still at most 64 at a time, but far
 * more connects in all, so the test sizes the pool to the threads.)
 */
class ConcurrencyTest {

    static final int THREADS = 64;
    static final int CALLS = 10_000;
    /** The pool keeps as many idle connections as there are threads, so a thread's connection is reused. */
    static final int MAX_IDLE = THREADS;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(THREADS + 16).asynchronousResponseEnabled(false))
            .build();

    @Test
    @Timeout(120)
    void sixtyFourThreadsShareOneClient() throws Exception {
        wm.stubFor(get(urlPathMatching(Operations.STO_BASE + "/[^/]+")).willReturn(okJson(
                "{\"id\": \"{{request.pathSegments.[4]}}\", "
                        + " \"reason\": \"echo {{request.pathSegments.[4]}}\", \"created\": 1651578240}")
                .withTransformers("response-template")));

        AtomicInteger connects = new AtomicInteger();
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger maxInUse = new AtomicInteger();
        Set<Connection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        ConnectionPool pool = new ConnectionPool(MAX_IDLE, 5, TimeUnit.MINUTES);
        OkHttpClient shared = new OkHttpClient.Builder()
                .connectionPool(pool)
                .proxy(Proxy.NO_PROXY)
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                        connects.incrementAndGet();
                    }

                    @Override
                    public void connectionAcquired(Call call, Connection connection) {
                        connections.add(connection);
                        maxInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                    }

                    @Override
                    public void connectionReleased(Call call, Connection connection) {
                        inUse.decrementAndGet();
                    }
                })
                .build();

        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long started;
        try (Clients clients = Clients.of(wm.baseUrl(), TestRetries.noSleep(), Duration.ofSeconds(30), shared)) {
            StoClient sto = clients.sto();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    start.await();
                    for (int i = next.getAndIncrement(); i < CALLS; i = next.getAndIncrement()) {
                        String id = "exm-" + i + "-" + Thread.currentThread().getId();
                        try {
                            Exemption e = sto.exemptions().get(id);
                            if (!id.equals(e.id()) || !("echo " + id).equals(e.reason())) {
                                mismatches.add(id + " -> " + e.id());
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            started = System.nanoTime();
            start.countDown();
            for (Future<?> f : running) {
                f.get(110, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("concurrency: " + CALLS + " calls on " + THREADS + " threads in " + millis + " ms; "
                + connects.get() + " TCP connects, " + connections.size() + " distinct connections, at most "
                + maxInUse.get() + " in use at once, " + pool.connectionCount() + " pooled after the run");
        assertThat(failures).isEmpty();
        assertThat(mismatches).isEmpty();
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(CALLS);
        assertThat(maxInUse.get()).isPositive().isLessThanOrEqualTo(THREADS);
        // Reused, not one per call. A few more than one per thread are allowed: OkHttp drops a
        // connection whose leftover bytes it cannot drain within 100 ms on a loaded machine.
        assertThat(connects.get()).isLessThanOrEqualTo(THREADS + THREADS / 4);
        assertThat(connections).hasSize(connects.get());
        assertThat(pool.connectionCount()).isLessThanOrEqualTo(MAX_IDLE);
        // The SDK must not have shut down a pool it does not own.
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    }
}
