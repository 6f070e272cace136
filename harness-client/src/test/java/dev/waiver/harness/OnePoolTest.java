package dev.waiver.harness;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The three Harness APIs share one connection pool and one dispatcher, and closing releases them once. */
class OnePoolTest extends HarnessTestSupport {

    @Test
    void threeCallsToThreeApisOpenOneConnectionAndReuseIt() throws IOException {
        stubOneCallOfEach();
        ConnectionCounter counter = new ConnectionCounter();
        OkHttpClient mine = new OkHttpClient.Builder().eventListener(counter).build();

        try (HarnessClient harness = client().okHttpClient(mine).build()) {
            assertThat(harness.sharedHttpClient()).isSameAs(mine);
            callEach(harness);
        }

        assertThat(counter.connectsStarted).as("connections established").hasValue(1);
        assertThat(counter.acquisitions).as("calls that took a connection from the pool").hasValue(3);
        assertThat(counter.connections).as("distinct connections").hasSize(1);
        assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3);

        // The user's client is shared, not closed: its threads run, and its kept-alive connection serves the next call.
        assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
        try (Response r = mine.newCall(new Request.Builder().url(wm.baseUrl() + STO_PATH).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(counter.connectsStarted).hasValue(1);
        assertThat(counter.acquisitions).hasValue(4);
    }

    @Test
    void eachApiUsesTheClientsOwnPool() {
        stubOneCallOfEach();

        try (HarnessClient harness = client().build()) {
            ConnectionPool pool = harness.sharedHttpClient().connectionPool();
            Map<String, Runnable> calls = new LinkedHashMap<>();
            calls.put("sto", () -> harness.sto().exemptions().get(EXEMPTION_ID));
            calls.put("har", () -> harness.har().firewallExceptions().list().stream().toList());
            calls.put("iacm", () -> harness.iacm().approvals().get(APPROVAL_ID));
            for (Map.Entry<String, Runnable> call : calls.entrySet()) {
                pool.evictAll();
                assertThat(pool.connectionCount()).isZero();
                call.getValue().run();
                assertThat(pool.connectionCount()).as("%s's connection in the shared pool", call.getKey()).isEqualTo(1);
            }
            callEach(harness);
            assertThat(pool.connectionCount()).as("three more calls, still one connection").isEqualTo(1);
        }
    }

    @Test
    void closeReleasesTheSharedPoolOnceAndOnlyThen() {
        stubOneCallOfEach();
        HarnessClient harness = client().build();
        OkHttpClient shared = harness.sharedHttpClient();
        callEach(harness);

        // Closing a vendor client alone releases nothing: the others keep working.
        harness.sto().close();
        harness.har().close();
        harness.iacm().close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
        harness.iacm().approvals().get(APPROVAL_ID);

        harness.close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(shared.connectionPool().connectionCount()).isZero();
        harness.close();
        assertThat(shared.dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void oneClientServesManyThreads() throws Exception {
        stubOneCallOfEach();
        ConnectionCounter counter = new ConnectionCounter();
        OkHttpClient mine = new OkHttpClient.Builder().eventListener(counter).build();
        int threads = 4;
        int rounds = 10;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (HarnessClient harness = client().okHttpClient(mine).build()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads * rounds; i++) {
                done.add(pool.submit(() -> callEach(harness)));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).hasSize(3 * threads * rounds)
                .allSatisfy(r -> assertThat(r.getHeader("x-api-key")).isEqualTo(API_KEY));
        assertThat(counter.acquisitions).hasValue(3 * threads * rounds);
        assertThat(counter.connectsStarted.get()).as("at most one connection per thread").isBetween(1, threads);
    }

    /** Counts the connections OkHttp establishes and the calls that acquire one, across every derived client. */
    static final class ConnectionCounter extends EventListener {
        final AtomicInteger connectsStarted = new AtomicInteger();
        final AtomicInteger acquisitions = new AtomicInteger();
        final Set<Connection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

        @Override
        public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
            connectsStarted.incrementAndGet();
        }

        @Override
        public void connectionAcquired(Call call, Connection connection) {
            acquisitions.incrementAndGet();
            connections.add(connection);
        }
    }
}
