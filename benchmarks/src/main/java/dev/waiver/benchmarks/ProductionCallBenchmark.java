package dev.waiver.benchmarks;

import dev.waiver.benchmarks.support.Credentials;
import dev.waiver.benchmarks.support.RawCalls;
import dev.waiver.benchmarks.support.Rig;
import dev.waiver.core.CallListener;
import dev.waiver.sto.StoClient;
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
 * What the production hooks of issue 16 cost on one call (STO {@code get}, stub setting, the
 * settings of {@link PerCallBenchmark}): a client with no listener (the path every call took
 * before listeners existed), the same client with one listener that does nothing, a view made per
 * call by {@code withOptions} with one extra header, and the raw floor. Run with
 * {@code -prof gc} and the {@code CpuTimeProfiler}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ProductionCallBenchmark {

    /** Where the answers come from; {@code stub} only (see {@link Rig}). */
    @Param({"stub"})
    public String setting;

    private Rig rig;
    private StoClient plain;
    private StoClient listened;
    private RawCalls raw;

    /** Builds the rig, two clients on its OkHttp client and the raw contender, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        rig = new Rig(Rig.Setting.of(setting));
        plain = client().build();
        listened = client().listener(new CallListener() { }).build();
        raw = new RawCalls(rig);
    }

    private StoClient.Builder client() {
        return StoClient.builder().baseUrl(rig.baseUrl()).okHttpClient(rig.okHttp())
                .apiKey(Credentials.HARNESS_API_KEY).accountId(Credentials.HARNESS_ACCOUNT)
                .orgId(Credentials.ORG).projectId(Credentials.PROJECT);
    }

    /** Closes the clients and the rig. */
    @TearDown(Level.Trial)
    public void tearDown() {
        plain.close();
        listened.close();
        rig.close();
    }

    /** @return {@code sto.exemptions().get(id)}, no listener */
    @Benchmark
    public Object stoGetNoListener() {
        return plain.exemptions().get(Credentials.STO_EXEMPTION_ID);
    }

    /** @return the same call on a client with one listener that does nothing */
    @Benchmark
    public Object stoGetOneListener() {
        return listened.exemptions().get(Credentials.STO_EXEMPTION_ID);
    }

    /** @return the same call through a view made for it: {@code withOptions(o -> o.header(...))} */
    @Benchmark
    public Object stoGetWithOptions() {
        return plain.withOptions(o -> o.header("X-Correlation-Id", "bench-1")).exemptions()
                .get(Credentials.STO_EXEMPTION_ID);
    }

    /** @return the same GET, raw OkHttp + Jackson */
    @Benchmark
    public Object stoGetRaw() {
        return raw.stoGet();
    }
}
