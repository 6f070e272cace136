package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.trafficlistener.WiremockNetworkTrafficListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.qualys.QualysClient;
import dev.waiver.qualys.model.BatchResult;
import dev.waiver.qualys.model.ExceptionNumbers;
import dev.waiver.qualys.model.RateLimitStatus;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What most users get: one client per vendor, each on the pool the SDK creates itself (OkHttp's
 * default, which keeps at most 5 idle connections and opens one per call in flight), shared by 64
 * threads making mixed calls: every operation of the four vendors in turn (reads, writes, lists),
 * plus Qualys updates whose answers carry rate-limit headers.
 *
 * <p>Checked: no call fails and every result is the operation's own (each operation's check); the
 * server counts every request; connections are counted at the server (WireMock's network traffic
 * listener sees every socket open and close): never more open at once than the calls in flight
 * plus the idle connections the four default pools may keep, with a margin for connections being
 * closed at that instant, and after the run the pools shrink back to their idle limit; and
 * {@link QualysClient#lastRateLimit()}, read by every thread while the others write it, is always a
 * set of headers the server actually sent together (the server sends 16 distinct sets, each one
 * internally consistent), never a mix of two.
 *
 * <p>Size: {@value #THREADS} threads x {@link #CALLS_PER_THREAD} calls (system property
 * {@code waiver.concurrency.callsPerThread}; see SECURITY.md for what fits the CI budget).
 */
class DefaultPoolConcurrencyTest {

    static final int THREADS = 64;
    static final int CALLS_PER_THREAD = Integer.getInteger("waiver.concurrency.callsPerThread", 1_000);
    static final int CLIENTS = 4;
    /** OkHttp's default pool keeps at most this many idle connections. */
    static final int DEFAULT_MAX_IDLE = 5;
    static final int RATE_LIMIT_SETS = 16;

    static final AtomicLong served = new AtomicLong();
    static final AtomicInteger open = new AtomicInteger();
    static final AtomicInteger maxOpen = new AtomicInteger();
    static final AtomicInteger opened = new AtomicInteger();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(THREADS + 36).disableRequestJournal()
                    .asynchronousResponseEnabled(false)
                    .networkTrafficListener(new WiremockNetworkTrafficListener() {
                        @Override
                        public void opened(Socket socket) {
                            opened.incrementAndGet();
                            maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                        }

                        @Override
                        public void incoming(Socket socket, ByteBuffer bytes) {
                        }

                        @Override
                        public void outgoing(Socket socket, ByteBuffer bytes) {
                        }

                        @Override
                        public void closed(Socket socket) {
                            open.decrementAndGet();
                        }
                    })
                    .extensions(new ServeEventListener() {
                        @Override
                        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
                            served.incrementAndGet();
                        }

                        @Override
                        public String getName() {
                            return "count-served";
                        }
                    }))
            .build();

    @Test
    @Timeout(300)
    void sixtyFourThreadsShareOneDefaultClientPerVendor() throws Exception {
        String base = wm.baseUrl();
        List<Operation> ops = Operations.all();
        ops.forEach(op -> wm.stubFor(op.stub().willReturn(op.success(base))));
        Operation update = Operations.named("qualys.update");
        for (int k = 0; k < RATE_LIMIT_SETS; k++) {
            wm.stubFor(update.stub().withRequestBody(containing("comments=" + rateLimitComment(k)))
                    .willReturn(update.success(base).withHeader("X-RateLimit-Limit", String.valueOf(1000 + k))
                            .withHeader("X-RateLimit-Window-Sec", String.valueOf(3600 + k))
                            .withHeader("X-RateLimit-Remaining", String.valueOf(k))
                            .withHeader("X-RateLimit-ToWait-Sec", "0")
                            .withHeader("X-Concurrency-Limit-Limit", String.valueOf(100 + k))
                            .withHeader("X-Concurrency-Limit-Running", String.valueOf(k))));
        }
        int kinds = ops.size() + 1;
        long total = (long) THREADS * CALLS_PER_THREAD;
        served.set(0);

        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> torn = Collections.synchronizedList(new ArrayList<>());
        AtomicLong next = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long started;
        try (Clients clients = Clients.of(base, TestRetries.noSleep(), Duration.ofSeconds(30))) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    start.await();
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        int kind = (int) (i % kinds);
                        try {
                            if (kind == ops.size()) {
                                int k = (int) (i / kinds % RATE_LIMIT_SETS);
                                BatchResult r = clients.qualys().complianceExceptions().update(ExceptionNumbers.of(12),
                                        u -> u.comments(rateLimitComment(k)));
                                update.check().accept(r);
                                RateLimitStatus seen = clients.qualys().lastRateLimit().orElseThrow();
                                if (!sentTogether(seen)) {
                                    torn.add(seen.toString());
                                }
                            } else {
                                Operation op = ops.get(kind);
                                op.check().accept(op.call().apply(clients));
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            started = System.nanoTime();
            start.countDown();
            for (Future<?> f : running) {
                f.get(280, TimeUnit.SECONDS);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            int maxOpenDuringRun = maxOpen.get();
            awaitUntil("the default pools shrink back to their idle limit",
                    () -> open.get() <= CLIENTS * DEFAULT_MAX_IDLE);
            System.out.println("default-pool concurrency: " + total + " mixed calls (" + kinds + " kinds, 4 vendors) on "
                    + THREADS + " threads in " + millis + " ms; " + opened.get() + " TCP connections opened, at most "
                    + maxOpenDuringRun + " open at once, " + open.get() + " open after the run");
            assertThat(failures).as("failed calls (first: %s)", failures.isEmpty() ? "" : failures.get(0)).isEmpty();
            assertThat(torn).isEmpty();
            assertThat(sentTogether(clients.qualys().lastRateLimit().orElseThrow())).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(served.get()).isEqualTo(total);
        // In flight: at most one connection per thread; idle: at most 5 per default pool; and a
        // connection the pool has just closed may not have reached the server's books yet.
        assertThat(maxOpen.get()).isLessThanOrEqualTo(THREADS + CLIENTS * DEFAULT_MAX_IDLE + THREADS / 4);
    }

    static String rateLimitComment(int k) {
        return String.format("rl-%02d", k);
    }

    /** Whether a status is one of the 16 header sets the server sends, whole. */
    static boolean sentTogether(RateLimitStatus s) {
        long k = s.remaining().orElse(-1);
        return k >= 0 && k < RATE_LIMIT_SETS && s.limit().orElse(-1) == 1000 + k
                && s.windowSeconds().orElse(-1) == 3600 + k && s.toWaitSeconds().orElse(-1) == 0
                && s.concurrencyLimit().orElse(-1) == 100 + k && s.concurrencyRunning().orElse(-1) == k;
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Object monitor = new Object();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            synchronized (monitor) {
                monitor.wait(20);
            }
        }
    }
}
