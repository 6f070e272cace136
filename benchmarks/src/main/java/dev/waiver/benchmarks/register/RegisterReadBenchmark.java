package dev.waiver.benchmarks.register;

import dev.waiver.acceptances.AcceptanceReader;
import dev.waiver.acceptances.AcceptanceSource;
import dev.waiver.acceptances.AcceptanceVendor;
import dev.waiver.acceptances.HarAcceptanceSource;
import dev.waiver.acceptances.IacmAcceptanceSource;
import dev.waiver.acceptances.QualysAcceptanceSource;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.acceptances.StoAcceptanceSource;
import dev.waiver.testkit.FakeVendor;
import dev.waiver.testkit.TestCredentials;
import dev.waiver.testkit.WaiverFakes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 * The risk register's read: {@code perVendor} acceptances per vendor served by the test kit's fakes
 * (each vendor on its own port, as four services would be), walked through the real clients by the
 * {@link AcceptanceReader}. {@code read=STO} ... {@code QUALYS} walks one vendor alone; {@code ALL}
 * walks the four at once. The target (issue 15): {@code ALL} within 1.2× the slowest single vendor.
 * {@code latencyMs} delays every answer of the fakes (WireMock's global fixed delay) as a network
 * and a real vendor would; with 0 the walk is pure CPU in this JVM (client and fakes share the
 * cores), which measures the client's cost but not what concurrency is for. Every invocation checks
 * the count it read and fails the run otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RegisterReadBenchmark {

    /** Which vendors to read: one of {@link AcceptanceVendor}, or {@code ALL}. */
    @Param({"STO", "HAR", "IACM", "QUALYS", "ALL"})
    public String read;

    /** Acceptances seeded per vendor. */
    @Param({"10000"})
    public int perVendor;

    /** Delay of every answer of the fakes, in milliseconds. */
    @Param({"50", "0"})
    public int latencyMs;

    private WaiverFakes fakes;
    private List<AcceptanceSource> sources;
    private int expected;

    /** Starts and seeds the fakes once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Set<AcceptanceVendor> vendors = read.equals("ALL") ? EnumSet.allOf(AcceptanceVendor.class)
                : EnumSet.of(AcceptanceVendor.valueOf(read));
        fakes = WaiverFakes.builder().onePortEach()
                .only(vendors.stream().map(v -> FakeVendor.valueOf(v.name())).toArray(FakeVendor[]::new)).start();
        sources = new ArrayList<>();
        for (AcceptanceVendor v : vendors) {
            sources.add(seed(v));
        }
        expected = perVendor * vendors.size();
        if (latencyMs > 0) {
            for (AcceptanceVendor v : vendors) {
                fakes.wireMock(FakeVendor.valueOf(v.name())).setGlobalFixedDelay(latencyMs);
            }
        }
    }

    private AcceptanceSource seed(AcceptanceVendor v) {
        Duration days90 = Duration.ofDays(90);
        switch (v) {
            case STO -> {
                fakes.sto().seed(perVendor, (i, s) -> s.approved().expiresIn(days90.plusHours(i)));
                return new StoAcceptanceSource(fakes.stoClient());
            }
            case HAR -> {
                fakes.har().seed(perVendor, (i, s) -> s.packageName("pkg-" + i).expireAfterDays(90).approved());
                return new HarAcceptanceSource(fakes.harClient());
            }
            case IACM -> {
                fakes.iacm().seed(perVendor, (i, s) -> s.approved());
                return new IacmAcceptanceSource(fakes.iacmClient(), TestCredentials.HARNESS_ORG_ID,
                        TestCredentials.HARNESS_PROJECT_ID);
            }
            default -> {
                fakes.qualys().seed().approved(perVendor).expiringIn(days90).create();
                return new QualysAcceptanceSource(fakes.qualysClient());
            }
        }
    }

    /** Stops the fakes and their clients. */
    @TearDown(Level.Trial)
    public void tearDown() {
        fakes.close();
    }

    /** @return the snapshot of one full read */
    @Benchmark
    public RegisterSnapshot readRegister() {
        RegisterSnapshot snapshot = AcceptanceReader.of(sources).read();
        if (!snapshot.failures().isEmpty() || snapshot.acceptances().size() != expected) {
            throw new IllegalStateException("read " + snapshot.acceptances().size() + " of " + expected
                    + ", failures " + snapshot.failures());
        }
        return snapshot;
    }
}
