package dev.waiver.benchmarks;

import dev.waiver.benchmarks.support.RawCalls;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.benchmarks.support.VendorAnswers;
import dev.waiver.benchmarks.support.WaiverCalls;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3, auto-paging: iterating all {@value VendorAnswers#PAGES} × {@value VendorAnswers#PAGE_SIZE}
 * STO exemptions with Waiver's {@code PagedIterable} vs a hand-written page loop over raw OkHttp +
 * Jackson. Every invocation checks that exactly {@value VendorAnswers#PAGES} HTTP calls were made
 * and every item was seen, and fails the run otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PagingBenchmark {

    /** Where the answers come from: {@code loopback} or {@code stub}. */
    @Param({"loopback", "stub"})
    public String setting;

    private Rig rig;
    private WaiverCalls waiver;
    private RawCalls raw;

    /** Builds the rig and both contenders once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        rig = new Rig(Rig.Setting.of(setting));
        waiver = new WaiverCalls(rig);
        raw = new RawCalls(rig);
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        waiver.close();
        rig.close();
    }

    /** @return items read by iterating {@code sto.exemptions().list(r -> r.pageSize(100))} */
    @Benchmark
    public long waiverAutoPaging() {
        return checked(waiver::stoListAll);
    }

    /** @return items read by a hand-written page loop */
    @Benchmark
    public long handWrittenPageLoop() {
        return checked(raw::stoListAll);
    }

    private long checked(LongSupplier walk) {
        long before = rig.requestCount();
        long items = walk.getAsLong();
        long calls = rig.requestCount() - before;
        if (calls != VendorAnswers.PAGES || items != (long) VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE) {
            throw new IllegalStateException("expected " + VendorAnswers.PAGES + " calls and "
                    + VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE + " items, got " + calls + " calls and " + items + " items");
        }
        return items;
    }
}
