package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waiver.benchmarks.support.VendorAnswers;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The smoke run of {@code mvn verify}: every benchmark method once directly (checking what it
 * returns), then every benchmark through the JMH harness in this JVM with tiny settings.
 */
class BenchmarksRunTest {

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
            assertThat(b.domParse()).isEqualTo(1000);
            b.records = 999; // the check that guards every pass
            assertThatThrownBy(b::rawStaxCount).hasMessageContaining("read 1000 records, expected 999");
        } finally {
            b.tearDown();
        }
    }

    @Test
    void everyBenchmarkRunsUnderJmh() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PerCallBenchmark.class.getName())
                .include(PagingBenchmark.class.getName())
                .include(QualysListStreamingBenchmark.class.getName())
                .param("records", "1000")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // 8 per-call methods x 2 settings, 2 paging methods x 2 settings, 3 streaming methods.
        assertThat(results).hasSize(16 + 4 + 3);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
