package dev.waiver.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON fixture answer of the STO, HAR and IaCM clients and every answer body of the
 * examples' embedded vendors, validated against the response schema of its operation and status
 * in Harness' descriptions (see {@link FixtureManifest}).
 */
class FixtureContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The only response templates the embedded mappings use: {@code now} as Unix seconds or milliseconds. */
    private static final Pattern NOW = Pattern.compile("\\{\\{now offset='[^']*' format='(unix|epoch)'}}");
    private static final String NOW_SECONDS = "1764460800";

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
    void everyFixtureAndEveryMappingWithABodyIsInTheManifest() throws IOException {
        Path root = HarnessDescriptions.projectRoot();
        Set<String> present = new TreeSet<>();
        for (String folder : FixtureManifest.FIXTURE_FOLDERS) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".json")).forEach(f -> present.add(folder + f.getFileName()));
            }
        }
        for (String file : FixtureManifest.MAPPING_FILES) {
            JsonNode mappings = JSON.readTree(root.resolve(file).toFile()).path("mappings");
            for (int i = 0; i < mappings.size(); i++) {
                if (mappings.get(i).path("response").hasNonNull("body")) {
                    present.add(file + "#" + i);
                }
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
            int hash = entry.source().indexOf('#');
            if (hash < 0) {
                return new Answer(Files.readString(root.resolve(entry.source())), describedContentType(entry));
            }
            JsonNode mapping = JSON.readTree(root.resolve(entry.source().substring(0, hash)).toFile())
                    .path("mappings").get(Integer.parseInt(entry.source().substring(hash + 1)));
            JsonNode request = mapping.path("request");
            String url = request.has("urlPath") ? request.path("urlPath").asText() : request.path("url").asText();
            assertThat(request.path("method").asText()).as("%s method", entry.source()).isEqualTo(entry.method());
            assertThat(WireContract.matches(entry.template(), URI.create(url).getPath()))
                    .as("%s url %s fits %s", entry.source(), url, entry.template()).isTrue();
            JsonNode response = mapping.path("response");
            assertThat(response.path("status").asInt()).as("%s status", entry.source()).isEqualTo(entry.status());
            String contentType = response.path("headers").path("Content-Type").asText(describedContentType(entry));
            return new Answer(render(response.path("body").asText(), entry.source()), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry.source(), e);
        }
    }

    /** Renders the {@code now} templates the embedded vendors answer with into fixed timestamps. */
    private static String render(String body, String source) {
        Matcher m = NOW.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).equals("unix") ? NOW_SECONDS : NOW_SECONDS + "000");
        }
        m.appendTail(out);
        assertThat(out.toString()).as("%s uses only the {{now}} templates this test renders", source).doesNotContain("{{");
        return out.toString();
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
