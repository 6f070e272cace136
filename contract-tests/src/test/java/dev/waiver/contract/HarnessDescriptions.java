package dev.waiver.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Harness' published descriptions, read at test time from {@code <root>/../shared/reference/harness/specs/}
 * (never copied into the project), parsed once per JVM, as OpenAPI 3.0 ({@link OpenApi30View}) with
 * phantom required names dropped ({@link PhantomRequired}).
 *
 * <p>A clone without {@code ../shared} has no descriptions: every test that needs them is skipped
 * (a JUnit assumption), and the suite says why once. CI always has them. The system property
 * {@code waiver.harness.specs} points elsewhere.
 */
final class HarnessDescriptions {

    private static final AtomicBoolean TOLD = new AtomicBoolean();
    private static final Map<HarnessApi, OpenAPI> PARSED = new EnumMap<>(HarnessApi.class);
    private static final Map<HarnessApi, Map<String, List<String>>> DROPPED = new EnumMap<>(HarnessApi.class);

    private HarnessDescriptions() {
    }

    /** @return the project's root (the parent of this module's folder) */
    static Path projectRoot() {
        Path here = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        return Files.exists(here.resolve("contract-tests")) ? here : here.getParent();
    }

    /** @return the folder the descriptions are read from */
    static Path folder() {
        String override = System.getProperty("waiver.harness.specs");
        return override != null ? Path.of(override)
                : projectRoot().resolve("../shared/reference/harness/specs").normalize();
    }

    /** Skips the calling test when the descriptions are absent, saying so once per run. */
    static void assumePresent() {
        boolean present = Files.isDirectory(folder());
        if (!present && TOLD.compareAndSet(false, true)) {
            System.err.println("[contract-tests] Harness' published descriptions are not in " + folder()
                    + " (a clone without ../shared): the contract tests are skipped. CI always has them.");
        }
        assumeTrue(present, () -> "no Harness descriptions in " + folder());
    }

    /**
     * @param api which description
     * @return it, parsed (skips the calling test when the folder is absent)
     */
    static synchronized OpenAPI get(HarnessApi api) {
        assumePresent();
        return PARSED.computeIfAbsent(api, HarnessDescriptions::parse);
    }

    /**
     * @param api which description
     * @return the phantom required names the rule dropped, by schema location
     */
    static synchronized Map<String, List<String>> droppedPhantoms(HarnessApi api) {
        get(api);
        return DROPPED.get(api);
    }

    /**
     * Parses a description exactly as the suite does, without the phantom rule.
     *
     * @param api which description
     * @return a fresh parse
     */
    static OpenAPI parseUncorrected(HarnessApi api) {
        assumePresent();
        Path file = folder().resolve(api.fileName());
        try {
            String text = OpenApi30View.of(Files.readString(file), api.fileName());
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            // Inline every $ref (responses, request bodies, parameters, schemas): the validator, given a
            // parsed model, does not follow component references of responses and request bodies. Merge
            // allOf parts into one schema: otherwise the strict additionalProperties check (an error here)
            // would fault each part for the fields the other parts declare.
            options.setResolveFully(true);
            options.setResolveCombinators(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
            if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
                throw new IllegalStateException("cannot parse " + file + ": " + result.getMessages());
            }
            return result.getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static OpenAPI parse(HarnessApi api) {
        OpenAPI parsed = parseUncorrected(api);
        DROPPED.put(api, PhantomRequired.apply(parsed));
        return parsed;
    }
}
