package dev.waiver.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.benchmarks.report.BenchmarkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@code docs/benchmarks.md} are exactly what {@link BenchmarkReport} makes of the
 * committed result they cite ({@code benchmarks/results/<run>.json} and its console log): a table
 * edited by hand, or a result replaced without regenerating the tables, fails the build.
 */
class DocumentedResultsTest {

    private static final Path DOC = Path.of("..", "docs", "benchmarks.md");
    private static final Path RESULTS = Path.of("results");

    @Test
    void theDocumentsTablesAreGeneratedFromTheCommittedResult() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BenchmarkReport.BEGIN);
        int end = doc.indexOf(BenchmarkReport.END);
        assertThat(begin).as("generated block in %s", DOC).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        assertThat(doc.indexOf(BenchmarkReport.BEGIN, begin + 1)).as("only one generated block").isNegative();
        String block = doc.substring(begin, end + BenchmarkReport.END.length() + 1);

        String source = block.substring(BenchmarkReport.BEGIN.length(), block.indexOf(" -->"));
        Path json = RESULTS.resolve(source);
        Path log = RESULTS.resolve(source.replaceFirst("\\.json$", ".log"));
        assertThat(json).isRegularFile();
        assertThat(log).isRegularFile();

        assertThat(block).isEqualTo(new BenchmarkReport(json, log).markdown(source));
    }
}
