package dev.waiver.acceptances;

import dev.waiver.core.WaiverException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Reads the risk acceptances of several vendors at once, one thread per vendor, so the wall time is
 * that of the slowest vendor rather than the sum. A vendor whose walk fails is reported with its
 * typed failure and no acceptances; the others are returned as usual.
 */
public final class AcceptanceReader {

    private final List<AcceptanceSource> sources;
    private final Clock clock;
    private final ReadProgress progress;

    /**
     * @param sources  the vendors to read, at most one per vendor
     * @param clock    what "now" is (the snapshot's read time and the walks' durations)
     * @param progress told how each walk advances; {@link ReadProgress#NONE} for silence
     * @throws IllegalArgumentException when two sources read the same vendor
     */
    public AcceptanceReader(List<AcceptanceSource> sources, Clock clock, ReadProgress progress) {
        this.sources = List.copyOf(sources);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
        if (this.sources.stream().map(AcceptanceSource::vendor).collect(java.util.stream.Collectors.toSet()).size()
                != this.sources.size()) {
            throw new IllegalArgumentException("at most one source per vendor, got "
                    + this.sources.stream().map(AcceptanceSource::vendor).toList());
        }
    }

    /**
     * @param sources the vendors to read, at most one per vendor
     * @return a reader on the system clock, without progress reports
     */
    public static AcceptanceReader of(List<AcceptanceSource> sources) {
        return new AcceptanceReader(sources, Clock.systemUTC(), ReadProgress.NONE);
    }

    /**
     * Walks every vendor concurrently and waits for all of them.
     *
     * @return one outcome per vendor and their acceptances sorted by expiry
     */
    public RegisterSnapshot read() {
        var readAt = clock.instant();
        if (sources.isEmpty()) {
            return new RegisterSnapshot(readAt, List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(sources.size(), r -> {
            Thread t = new Thread(r, "waiver-acceptances-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<VendorOutcome>> futures = new ArrayList<>();
            for (AcceptanceSource source : sources) {
                futures.add(pool.submit(() -> walk(source)));
            }
            List<VendorOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(sources.get(i).vendor(), futures.get(i)));
            }
            return new RegisterSnapshot(readAt, outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    private VendorOutcome walk(AcceptanceSource source) {
        var start = clock.instant();
        AtomicInteger count = new AtomicInteger();
        VendorOutcome outcome;
        try (Stream<RiskAcceptance> stream = source.acceptances()) {
            List<RiskAcceptance> all = stream.peek(a -> progress.read(source.vendor(), count.incrementAndGet())).toList();
            outcome = VendorOutcome.success(source.vendor(), all, Duration.between(start, clock.instant()));
        } catch (WaiverException e) {
            outcome = VendorOutcome.failure(source.vendor(), e, Duration.between(start, clock.instant()));
        } catch (RuntimeException e) {
            // A bug or an unreadable record in one vendor must not hide the others.
            outcome = VendorOutcome.failure(source.vendor(), new WaiverException(source.vendor().displayName()
                    + ": reading the acceptances failed: " + e, e), Duration.between(start, clock.instant()));
        }
        progress.finished(outcome);
        return outcome;
    }

    private static VendorOutcome await(AcceptanceVendor vendor, Future<VendorOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaiverException("interrupted while reading " + vendor.displayName(), e);
        } catch (ExecutionException | CancellationException e) {
            // walk() catches every RuntimeException; only an Error gets here.
            throw new IllegalStateException("reading " + vendor.displayName() + " failed", e);
        }
    }
}
