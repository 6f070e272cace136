package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.benchmarks.support.CannedExchange;
import dev.waiver.benchmarks.support.CpuTimeProfiler;
import dev.waiver.benchmarks.support.VendorAnswers;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The smoke run of {@code mvn verify}: the benchmarks' own checks directly (what they return),
 * then every benchmark through the JMH harness in this JVM with tiny settings, checking the HTTP
 * calls each made.
 */
class BenchmarksRunTest {

    private static final int BATCH = 3;

    @Test
    void pagingWalksMakeExactlyOneCallPerPage() {
        for (String setting : new String[] {"loopback", "stub"}) {
            PagingBenchmark b = new PagingBenchmark();
            b.setting = setting;
            b.setUp();
            try {
                assertThat(b.waiverAutoPaging()).isEqualTo((long) VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE);
                assertThat(b.handWrittenPageLoop()).isEqualTo((long) VendorAnswers.PAGES * VendorAnswers.PAGE_SIZE);
            } finally {
                b.tearDown();
            }
        }
    }

    @Test
    void streamingContendersReadEveryRecord() throws Exception {
        QualysListStreamingBenchmark b = new QualysListStreamingBenchmark();
        b.records = 1000;
        b.contentType = "text/xml;charset=UTF-8";
        b.setUp();
        try {
            assertThat(b.waiverList()).isEqualTo(1000);
            assertThat(b.rawStaxCount()).isEqualTo(1000);
            assertThat(b.rawStaxFields()).isEqualTo(1000);
            assertThat(b.domParse()).isEqualTo(1000);
            b.records = 999; // the check that guards every pass
            assertThatThrownBy(b::rawStaxCount).hasMessageContaining("read 1000 records, expected 999");
        } finally {
            b.tearDown();
        }
    }

    /**
     * Every benchmark through the JMH harness, in this JVM: each method alone, a fixed number of
     * invocations (single-shot, batch of {@value #BATCH}), then a check that it made exactly the
     * HTTP calls its work needs — per call one, per walk {@value VendorAnswers#PAGES}, per list
     * pass none through the rig (a benchmark that cached its answer or skipped a call fails here;
     * one whose request a canned route refused fails the run).
     */
    @ParameterizedTest
    @CsvSource({
        "PerCallBenchmark.stoGetWaiver, 1", "PerCallBenchmark.stoGetRaw, 1", "PerCallBenchmark.stoGetGenerated, 1",
        "PerCallBenchmark.harUpdateWaiver, 1", "PerCallBenchmark.harUpdateRaw, 1",
        "PerCallBenchmark.harUpdateGenerated, 1", "PerCallBenchmark.qualysRequestWaiver, 1",
        "PerCallBenchmark.qualysRequestRaw, 1",
        "PagingBenchmark.waiverAutoPaging, 100", "PagingBenchmark.handWrittenPageLoop, 100",
        "QualysListStreamingBenchmark.waiverList, 0", "QualysListStreamingBenchmark.rawStaxFields, 0",
        "QualysListStreamingBenchmark.rawStaxCount, 0", "QualysListStreamingBenchmark.domParse, 0",
        "ProductionCallBenchmark.stoGetNoListener, 1", "ProductionCallBenchmark.stoGetOneListener, 1",
        "ProductionCallBenchmark.stoGetWithOptions, 1", "ProductionCallBenchmark.stoGetRaw, 1"})
    void everyBenchmarkMakesExactlyTheCallsItsWorkNeeds(String method, int callsPerInvocation) throws RunnerException {
        boolean perSetting = method.startsWith("PerCall") || method.startsWith("Paging");
        Options options = new OptionsBuilder()
                .include(getClass().getPackageName() + "." + method.replace(".", "\\.") + "$")
                .param("records", "1000")
                .mode(Mode.SingleShotTime)
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(BATCH)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        long before = CannedExchange.answeredInThisJvm();
        Collection<RunResult> results = new Runner(options).run();
        long calls = CannedExchange.answeredInThisJvm() - before;

        int runs = perSetting ? 2 : 1; // loopback and stub; the others have one setting
        assertThat(results).hasSize(runs);
        assertThat(calls).isEqualTo((long) runs * BATCH * callsPerInvocation);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getSampleCount()).isEqualTo(1));
    }

    /**
     * The CPU-time profiler reports both measures for every iteration, per operation: the caller
     * thread's CPU can be no more than the wall time it ran for, and the process's CPU includes it.
     */
    @Test
    void theCpuTimeProfilerReportsCpuPerOperation() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(getClass().getPackageName() + "\\.PerCallBenchmark\\.stoGetRaw$")
                .param("setting", "stub")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(0)
                .warmupIterations(1)
                .warmupTime(TimeValue.milliseconds(300))
                .measurementIterations(2)
                .measurementTime(TimeValue.milliseconds(500))
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        RunResult result = new Runner(options).run().iterator().next();

        Map<String, Result> secondary = result.getSecondaryResults();
        assertThat(secondary).containsKeys(CpuTimeProfiler.PROCESS, CpuTimeProfiler.WORKERS);
        double wall = result.getPrimaryResult().getScore();
        double process = secondary.get(CpuTimeProfiler.PROCESS).getScore();
        double caller = secondary.get(CpuTimeProfiler.WORKERS).getScore();
        assertThat(secondary.get(CpuTimeProfiler.WORKERS).getScoreUnit()).isEqualTo("ns/op");
        assertThat(caller).isPositive().isLessThanOrEqualTo(wall * 1.1);
        assertThat(process).isGreaterThanOrEqualTo(caller * 0.9);
    }

    /** Every benchmark method is in the list above, so none escapes the check. */
    @Test
    void theCheckCoversEveryBenchmark() throws Exception {
        long listed = java.util.Arrays.stream(BenchmarksRunTest.class
                .getDeclaredMethod("everyBenchmarkMakesExactlyTheCallsItsWorkNeeds", String.class, int.class)
                .getAnnotation(CsvSource.class).value()).count();
        long benchmarks = java.util.stream.Stream.of(PerCallBenchmark.class, PagingBenchmark.class,
                        QualysListStreamingBenchmark.class, ProductionCallBenchmark.class)
                .flatMap(c -> java.util.Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class))
                .count();
        assertThat(listed).isEqualTo(benchmarks);
    }
}
