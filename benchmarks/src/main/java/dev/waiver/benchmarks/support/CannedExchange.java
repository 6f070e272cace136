package dev.waiver.benchmarks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The "server" side every setting shares: takes one complete request as it arrived on the wire,
 * counts it, optionally records it (for tests), and picks the answer from the {@link Canned.Routes},
 * which refuse a request with missing credentials or a body other than the expected one.
 * Thread-safe.
 */
public final class CannedExchange {

    private static final AtomicLong ANSWERED_IN_THIS_JVM = new AtomicLong();

    private final Canned.Routes routes;
    private final AtomicLong requests = new AtomicLong();
    private final List<WireRequest.Recorded> recorded = new ArrayList<>();
    private volatile boolean recording;

    /** @param routes picks the answer for each request */
    public CannedExchange(Canned.Routes routes) {
        this.routes = routes;
    }

    /**
     * Answers one request.
     *
     * @param request the request, complete
     * @return the answer (a refusal if the request was not the expected one)
     */
    public Canned answer(WireRequest request) {
        if (recording) {
            WireRequest.Recorded r = request.record();
            synchronized (recorded) {
                recorded.add(r);
            }
        }
        Canned c = routes.answer(request);
        requests.incrementAndGet(); // before answering, so a client that got its answer sees the count
        ANSWERED_IN_THIS_JVM.incrementAndGet();
        return c;
    }

    /**
     * For the smoke run, which runs benchmarks in its own JVM and checks the calls they made.
     *
     * @return how many requests every exchange of this JVM has answered
     */
    public static long answeredInThisJvm() {
        return ANSWERED_IN_THIS_JVM.get();
    }

    /** @return how many requests were answered so far */
    public long requestCount() {
        return requests.get();
    }

    /**
     * Starts or stops keeping a readable copy of every request (tests only: it allocates).
     *
     * @param on whether to record
     */
    public void recording(boolean on) {
        recording = on;
    }

    /** @return the requests recorded so far, oldest first; clears the record */
    public List<WireRequest.Recorded> takeRecorded() {
        synchronized (recorded) {
            List<WireRequest.Recorded> copy = List.copyOf(recorded);
            recorded.clear();
            return copy;
        }
    }
}
