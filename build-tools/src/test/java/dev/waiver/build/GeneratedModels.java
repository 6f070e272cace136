package dev.waiver.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Runs the {@code waiver-java} generator in immutable mode the way the parent POM configures the
 * Maven plugin, compiles what it wrote against the test class path (Jackson, nothing of the SDK) with
 * every lint and doclint check as an error, and loads the classes.
 */
final class GeneratedModels {

    private final Path sources;
    private final Path classes;
    private final URLClassLoader loader;

    private GeneratedModels(Path sources, Path classes, URLClassLoader loader) {
        this.sources = sources;
        this.classes = classes;
        this.loader = loader;
    }

    /**
     * Generates and compiles.
     *
     * @param spec the OpenAPI file
     * @param out a fresh directory under target/
     * @param modelPackage the package of the models
     * @param models the schemas to generate, empty for all
     * @param schemaMappings schema name to Java type
     * @param typeMappings type to Java type
     */
    static GeneratedModels generate(Path spec, Path out, String modelPackage, String models,
            Map<String, String> schemaMappings, Map<String, String> typeMappings) {
        return generate(spec, out, modelPackage, models, schemaMappings, typeMappings, null);
    }

    /**
     * Generates and compiles against the classes of an earlier generation too (the wire models
     * refer to public models, as in the vendor modules).
     *
     * @param dependency the earlier generation, or {@code null}
     */
    static GeneratedModels generate(Path spec, Path out, String modelPackage, String models,
            Map<String, String> schemaMappings, Map<String, String> typeMappings, GeneratedModels dependency) {
        try {
            deleteTree(out);
            CodegenConfigurator configurator = new CodegenConfigurator()
                    .setGeneratorName("waiver-java")
                    .setLibrary("native")
                    .setInputSpec(spec.toString())
                    .setOutputDir(out.toString())
                    .setModelPackage(modelPackage)
                    .setValidateSpec(true)
                    // The parent POM's configOptions.
                    .addAdditionalProperty("dateLibrary", "java8")
                    .addAdditionalProperty("openApiNullable", false)
                    .addAdditionalProperty("useJakartaEe", true)
                    .addAdditionalProperty("hideGenerationTimestamp", true)
                    .addAdditionalProperty("supportUrlQuery", false)
                    .addAdditionalProperty("serializationLibrary", "jackson")
                    .addAdditionalProperty("sourceFolder", "src/gen/java")
                    // What the vendor modules set today: must not leak into the immutable models.
                    .addAdditionalProperty("containerDefaultToNull", true)
                    .addAdditionalProperty(QuietJavaClientCodegen.IMMUTABLE_MODELS, "true")
                    // As sto-client's CreatedExemption: a model that gains the safe-create flag (the
                    // samples' Owner; a name absent from a description changes nothing).
                    .addAdditionalProperty(QuietJavaClientCodegen.RECOVERABLE_MODELS, "Owner");
            schemaMappings.forEach(configurator::addSchemaMapping);
            typeMappings.forEach(configurator::addTypeMapping);
            configurator.addGlobalProperty(CodegenConstants.MODELS, models);
            configurator.addGlobalProperty(CodegenConstants.MODEL_TESTS, "false");
            configurator.addGlobalProperty(CodegenConstants.MODEL_DOCS, "false");
            try {
                new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
            } finally {
                GlobalSettings.reset();
            }
            Path sources = out.resolve("src/gen/java");
            Path classes = out.resolve("classes");
            Files.createDirectories(classes);
            String classPath = System.getProperty("java.class.path")
                    + (dependency == null ? "" : File.pathSeparator + dependency.classes);
            compile(sources, classes, classPath);
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    dependency == null ? GeneratedModels.class.getClassLoader() : dependency.loader);
            return new GeneratedModels(sources, classes, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(Path sources, Path classes, String classPath) throws IOException {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
        }
        assertThat(files).as("generated sources in %s", sources).isNotEmpty();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of(
                    "-classpath", classPath,
                    "-d", classes.toString(),
                    "--release", "17",
                    "-proc:none", "-Xlint:all,-processing,-serial", "-Xdoclint:all/protected", "-Werror"));
            boolean ok = compiler.getTask(diagnostics, fileManager, null, options, null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
            assertThat(ok).as("javac on the generated models:%n%s", diagnostics).isTrue();
        }
    }

    /** @return a generated class by simple name, in the model package */
    Class<?> type(String modelPackage, String simpleName) {
        try {
            return loader.loadClass(modelPackage + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + simpleName, e);
        }
    }

    /** @return the source text of a generated model */
    String source(String modelPackage, String simpleName) {
        try {
            return Files.readString(sources.resolve(modelPackage.replace('.', '/')).resolve(simpleName + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the names of the generated files' classes */
    List<String> classNames() {
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> p.getFileName().toString().replace(".java", ""))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path target(String name) {
        return Path.of("target", "immutable-models", name).toAbsolutePath();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
