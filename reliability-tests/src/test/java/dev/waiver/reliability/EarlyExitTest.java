package dev.waiver.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.PagedIterator;
import dev.waiver.core.testing.TestRetries;
import dev.waiver.reliability.support.Bodies;
import dev.waiver.reliability.support.Clients;
import dev.waiver.reliability.support.Operation;
import dev.waiver.reliability.support.Operations;
import java.io.IOException;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Users leave loops early: 1,000 lists of all four vendors abandoned after their first item (a
 * {@code for} loop that {@code break}s, an unclosed {@code stream().findFirst()}, an unclosed
 * {@code stream().limit(1)}) on a pool of 5 connections, and the client still completes calls;
 * every call the SDK started ends (its answer released), and OkHttp's leak detection stays silent.
 *
 * <p>Two ways of release are checked apart. A Harness page, and a Qualys answer small enough to be
 * read whole ({@code ExceptionListPage.WHOLE_IN_MEMORY}), is released before its first item is handed
 * out: the call has ended the moment the loop is left. A big Qualys answer (here one of every eight
 * Qualys lists, about 800 KB) is streamed, so leaving its loop leaves it open until the abandoned
 * iterator is collected and the cleaner closes it: those calls must end after garbage collection.
 *
 * <p>How leaks are seen: OkHttp reports a call whose answer was never closed when the call has been
 * garbage-collected, through its platform logger {@code okhttp3.OkHttpClient} (java.util.logging),
 * during its pool's clean-up. The test captures that logger, forces collections, and proves the
 * capture works with a canary: a raw OkHttp answer it leaks on purpose on the same pool must be
 * reported, and it must be the only report.
 */
class EarlyExitTest {

    static final int LISTS = 1_000;
    static final int POOL = 5;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Held strongly: java.util.logging keeps only weak references to its loggers. */
    static final Logger OKHTTP_LOG = Logger.getLogger(OkHttpClient.class.getName());

    final List<String> leaks = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().contains("leaked")) {
                leaks.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    final Object lock = new Object();
    int started;
    int ended;

    @BeforeEach
    void captureLeakReports() {
        OKHTTP_LOG.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        OKHTTP_LOG.removeHandler(capture);
    }

    @Test
    @Timeout(120)
    void abandonedListsReleaseTheirConnections() {
        String base = wm.baseUrl();
        List<Operation> lists = Stream.of("sto.list", "har.list", "iacm.list", "qualys.list")
                .map(Operations::named).toList();
        lists.forEach(op -> wm.stubFor(op.stub().willReturn(op.success(base))));
        Operation qualysList = Operations.named("qualys.list");
        wm.stubFor(qualysList.stub().withRequestBody(containing("truncation_limit=" + BIG))
                .willReturn(qualysList.success(base).withBody(bigQualysList(base))));
        wm.stubFor(get(urlPathEqualTo("/canary")).willReturn(ok("canary")));
        List<Function<Clients, PagedIterable<?>>> listCalls = List.of(
                c -> c.sto().exemptions().list(), c -> c.har().firewallExceptions().list(),
                c -> c.approvals().list(), c -> c.qualys().complianceExceptions().list());
        Function<Clients, PagedIterable<?>> bigQualys = c -> c.qualys().complianceExceptions()
                .list(r -> r.truncationLimit(BIG));
        List<Object> firstIds = List.of(Operations.STO_ID, Operations.HAR_ID, Operations.IACM_ID, 293L);
        List<Function<Object, Object>> ids = List.of(
                o -> ((dev.waiver.sto.model.Exemption) o).id(),
                o -> ((dev.waiver.har.model.FirewallException) o).exceptionId(),
                o -> ((dev.waiver.iacm.model.Approval) o).id(),
                o -> ((dev.waiver.qualys.model.ComplianceException) o).exceptionNumber());

        ConnectionPool pool = new ConnectionPool(POOL, 5, TimeUnit.MINUTES);
        OkHttpClient okHttp = new OkHttpClient.Builder().connectionPool(pool).proxy(Proxy.NO_PROXY)
                .eventListener(new EventListener() {
                    @Override
                    public void callStart(Call call) {
                        synchronized (lock) {
                            started++;
                        }
                    }

                    @Override
                    public void callEnd(Call call) {
                        ended();
                    }

                    @Override
                    public void callFailed(Call call, IOException ioe) {
                        ended();
                    }
                }).build();

        try (Clients clients = Clients.of(base, TestRetries.noSleep(), Duration.ofSeconds(5), okHttp)) {
            int streamed = 0;
            for (int i = 0; i < LISTS; i++) {
                int vendor = i % 4;
                boolean big = vendor == 3 && i % 32 == 3;
                PagedIterable<?> list = (big ? bigQualys : listCalls.get(vendor)).apply(clients);
                Object first = switch ((i / 4) % 3) {
                    case 0 -> firstByBreakingOut(list);
                    case 1 -> list.stream().findFirst().orElseThrow();
                    default -> list.stream().limit(1).toList().get(0);
                };
                assertThat(ids.get(vendor).apply(first)).isEqualTo(firstIds.get(vendor));
                if (big) {
                    streamed++;
                } else {
                    synchronized (lock) {
                        assertThat(ended).as("calls ended right after leaving list %d (%d streamed ones still open "
                                + "at most)", i, streamed).isBetween(started - streamed, started);
                    }
                }
            }
            assertThat(streamed).as("big Qualys lists: i = 3, 35, ..., 995").isEqualTo(32);

            awaitWithCollections("every call the SDK started has ended", () -> {
                synchronized (lock) {
                    return ended == started;
                }
            }, () -> { });
            assertThat(started).isEqualTo(LISTS);

            leakOneAnswerOnPurpose(okHttp, base);
            awaitWithCollections("OkHttp reports the canary's leak", () -> !leaks.isEmpty(),
                    () -> clients.sto().exemptions().list().stream().toList());
            assertThat(leaks).as("only the canary leaked").hasSize(1);

            for (int i = 0; i < 40; i++) {
                int vendor = i % 4;
                try (PagedIterator<?> it = listCalls.get(vendor).apply(clients).iterator()) {
                    assertThat(ids.get(vendor).apply(it.next())).isEqualTo(firstIds.get(vendor));
                }
                assertThat(listCalls.get(vendor).apply(clients).stream().map(ids.get(vendor)).toList())
                        .containsExactly(firstIds.get(vendor));
            }
        }
        synchronized (lock) {
            assertThat(ended).isEqualTo(started);
        }
        assertThat(leaks).hasSize(1);
        assertThat(pool.connectionCount()).isLessThanOrEqualTo(POOL);
    }

    static final int BIG = 5_000;

    /** A Qualys list answer of 1,000 records, well over what the list reads whole. */
    static String bigQualysList(String base) {
        String one = Bodies.qualysList(base);
        int from = one.indexOf("<EXCEPTION>");
        int to = one.indexOf("</EXCEPTION_LIST>");
        String record = one.substring(from, to);
        String body = one.substring(0, from) + record.repeat(1_000) + one.substring(to);
        assertThat(body.length()).isGreaterThan(2 * 256 * 1024);
        return body;
    }

    private void ended() {
        synchronized (lock) {
            ended++;
            lock.notifyAll();
        }
    }

    private static Object firstByBreakingOut(PagedIterable<?> list) {
        Object first = null;
        for (Object item : list) {
            first = item;
            break;
        }
        return first;
    }

    /** A raw OkHttp answer left open on purpose, on the SDK's pool, and then dropped. */
    private static void leakOneAnswerOnPurpose(OkHttpClient okHttp, String base) {
        OkHttpClient raw = okHttp.newBuilder().eventListener(EventListener.NONE).build();
        try {
            Response response = raw.newCall(new Request.Builder().url(base + "/canary").build()).execute();
            assertThat(response.code()).isEqualTo(200);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Collects garbage (so cleaners and OkHttp's leak detection run) until the condition holds. */
    private void awaitWithCollections(String what, BooleanSupplier condition, Runnable nudge) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            System.gc();
            nudge.run();
            synchronized (lock) {
                try {
                    lock.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
