package dev.waiver.benchmarks;

import dev.waiver.benchmarks.support.GeneratedCalls;
import dev.waiver.benchmarks.support.RawCalls;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.benchmarks.support.WaiverCalls;
import java.util.concurrent.TimeUnit;
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
 * Benchmark 1, per-call overhead: one typical call per vendor through Waiver, through a raw
 * OkHttp + Jackson call doing the same request and decode, and through the openapi-generator
 * {@code java}/{@code native} client (STO and HAR only), against the same canned answers. Run
 * with {@code -prof gc} for bytes allocated per call and
 * {@code -prof dev.waiver.benchmarks.support.CpuTimeProfiler} for CPU time per call.
 *
 * <p>Eight one-second warm-up iterations: on a 2-core machine the JIT takes 5–7 s (more when the
 * machine is busy) to compile OkHttp's, Jackson's and Woodstox's paths, and with two, as before,
 * the measured iterations were still on that curve (a call's time halving from one iteration to
 * the next), which made the time ratios noise.
 *
 * <p>{@code setting=loopback}: a loopback server; {@code setting=stub}: answered before the
 * network (see {@link Rig}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PerCallBenchmark {

    /** Where the answers come from: {@code loopback} or {@code stub}. */
    @Param({"loopback", "stub"})
    public String setting;

    private Rig rig;
    private WaiverCalls waiver;
    private RawCalls raw;
    private GeneratedCalls generated;

    /** Builds the rig and the three contenders once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        rig = new Rig(Rig.Setting.of(setting));
        waiver = new WaiverCalls(rig);
        raw = new RawCalls(rig);
        generated = new GeneratedCalls(rig);
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        waiver.close();
        rig.close();
    }

    /** @return {@code sto.exemptions().get(id)} */
    @Benchmark
    public Object stoGetWaiver() {
        return waiver.stoGet();
    }

    /** @return the same GET, raw OkHttp + Jackson */
    @Benchmark
    public Object stoGetRaw() {
        return raw.stoGet();
    }

    /** @return the same GET, generated client */
    @Benchmark
    public Object stoGetGenerated() {
        return generated.stoGet();
    }

    /** @return {@code har.firewallExceptions().update(id, ...)} */
    @Benchmark
    public Object harUpdateWaiver() {
        return waiver.harUpdate();
    }

    /** @return the same PUT, raw OkHttp + Jackson */
    @Benchmark
    public Object harUpdateRaw() {
        return raw.harUpdate();
    }

    /** @return the same PUT, generated client */
    @Benchmark
    public Object harUpdateGenerated() {
        return generated.harUpdate();
    }

    /** @return {@code qualys.complianceExceptions().create(...)} */
    @Benchmark
    public long qualysRequestWaiver() {
        return waiver.qualysRequest();
    }

    /** @return the same form POST, raw OkHttp + Woodstox */
    @Benchmark
    public long qualysRequestRaw() {
        return raw.qualysRequest();
    }
}
