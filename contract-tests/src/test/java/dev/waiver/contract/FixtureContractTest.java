package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON fixture answer of the STO, HAR and IaCM clients, validated against the response
 * schema of its operation and status in Harness' descriptions (see {@link FixtureManifest}).
 */
class FixtureContractTest {

    @BeforeEach
    void needsTheDescriptions() {
        HarnessDescriptions.assumePresent();
    }

    static Stream<FixtureManifest.Entry> entries() {
        return FixtureManifest.ENTRIES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void conformsToTheDescribedAnswer(FixtureManifest.Entry entry) {
        Answer answer = load(entry);
        List<String> violations = WireContract.responseViolations(entry.api(), entry.method(), entry.template(),
                entry.status(), answer.contentType(), answer.body(), entry.source());
        if (entry.futureValues()) {
            List<String> beyondFutureValues = violations.stream()
                    .filter(v -> !v.contains("[validation.response.body.schema.enum]")
                            && !v.contains("[validation.response.body.schema.additionalProperties]"))
                    .toList();
            assertThat(violations).as("%s is meant to carry values the description does not know yet", entry.source())
                    .isNotEmpty();
            violations = beyondFutureValues;
        }
        if (entry.pending() != null) {
            assertThat(violations).as("%s is marked pending (%s) but conforms now: remove the mark", entry.source(),
                    entry.pending()).isNotEmpty();
            Assumptions.abort("pending: " + entry.pending() + "\n  " + String.join("\n  ", violations));
        }
        assertThat(violations)
                .as("%d violation(s) of %s by %s:%n  %s", violations.size(), entry.api().fileName(), entry,
                        String.join("\n  ", violations))
                .isEmpty();
    }

    @Test
    void everyFixtureIsInTheManifest() throws IOException {
        Path root = HarnessDescriptions.projectRoot();
        Set<String> present = new TreeSet<>();
        for (String folder : FixtureManifest.FIXTURE_FOLDERS) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".json")).forEach(f -> present.add(folder + f.getFileName()));
            }
        }
        Set<String> listed = new TreeSet<>();
        FixtureManifest.ENTRIES.forEach(e -> listed.add(e.source()));
        assertThat(listed).as("the fixture manifest lists exactly the fixtures that exist").isEqualTo(present);
    }

    /** An answer's body and content type. */
    private record Answer(String body, String contentType) {
    }

    private static Answer load(FixtureManifest.Entry entry) {
        Path root = HarnessDescriptions.projectRoot();
        try {
            return new Answer(Files.readString(root.resolve(entry.source())), describedContentType(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry.source(), e);
        }
    }

    /** The media type the description gives the answer (the first, when it gives several). */
    private static String describedContentType(FixtureManifest.Entry entry) {
        PathItem item = HarnessDescriptions.get(entry.api()).getPaths().get(entry.template());
        assertThat(item).as("%s: the description has no path %s", entry.source(), entry.template()).isNotNull();
        Operation op = PhantomRequired.operations(item).get(entry.method());
        assertThat(op).as("%s: the description has no %s %s", entry.source(), entry.method(), entry.template()).isNotNull();
        ApiResponse response = op.getResponses().get(String.valueOf(entry.status()));
        assertThat(response).as("%s: the description has no %d answer for %s %s", entry.source(), entry.status(),
                entry.method(), entry.template()).isNotNull();
        List<String> types = response.getContent() == null ? List.of() : new ArrayList<>(response.getContent().keySet());
        return types.isEmpty() ? "application/json" : types.get(0);
    }
}
