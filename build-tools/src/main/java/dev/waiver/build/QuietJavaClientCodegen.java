package dev.waiver.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;

/**
 * openapi-generator's {@code java} generator without its closing donation banner, and with an
 * optional immutable model style.
 *
 * <p>{@code DefaultCodegen.postProcess()} prints a five-line banner to {@code System.out} after every
 * generation, whatever the log level (openapi-generator 7.17.0 has no switch for it): six copies of it
 * opened the README's first command. This generator is the {@code java} one with that method empty;
 * the generator's warnings and errors still go through its logger. Chosen in the parent POM with
 * {@code <generatorName>waiver-java</generatorName>}.
 *
 * <p>With the config option {@code immutableModels=true} the models are generated from this module's
 * templates ({@code waiver-java/immutable/} on the class path) instead of the JavaBeans ones: final
 * classes with {@code name()} accessors, {@code Optional} for values the schema does not require,
 * never-null unmodifiable lists and maps, a builder, and explicit JSON {@code null} for nullable fields
 * (see {@link ImmutableModels}). An option rather than {@code <templateDirectory>}: the templates
 * need values computed here (which accessor type a property gets), they travel with this jar that
 * the plugin already loads, and one line per execution switches a module over.
 */
public class QuietJavaClientCodegen extends JavaClientCodegen {

    /** The config option that selects the immutable model templates. */
    public static final String IMMUTABLE_MODELS = "immutableModels";

    /** Where the immutable model templates are, on the class path. */
    static final String IMMUTABLE_TEMPLATES = "waiver-java/immutable";

    /**
     * The config option naming (comma-separated) the models that are the typed result of a safe
     * create: they gain an SDK-only {@code recovered()} flag that is never read from or written to
     * JSON (see {@code dev.waiver.core.SafeCreate}).
     */
    public static final String RECOVERABLE_MODELS = "recoverableModels";

    private boolean immutableModels;
    private java.util.Set<String> recoverableModels = Set.of();

    /** Same options as the {@code java} generator, plus {@value #IMMUTABLE_MODELS}. */
    public QuietJavaClientCodegen() {
        super();
        cliOptions.add(org.openapitools.codegen.CliOption.newBoolean(IMMUTABLE_MODELS,
                "Generate immutable models (accessors, Optional, builders) from the waiver-java/immutable templates",
                false));
        cliOptions.add(new org.openapitools.codegen.CliOption(RECOVERABLE_MODELS,
                "Immutable models (comma-separated) that gain the SDK-only recovered() flag of safe creates"));
    }

    /** @return {@code waiver-java}, the name the parent POM selects */
    @Override
    public String getName() {
        return "waiver-java";
    }

    /** Reads the {@value #IMMUTABLE_MODELS} option and, when on, points at the immutable templates. */
    @Override
    public void processOpts() {
        super.processOpts();
        Object option = additionalProperties.get(IMMUTABLE_MODELS);
        immutableModels = option != null && Boolean.parseBoolean(option.toString());
        Object recoverable = additionalProperties.get(RECOVERABLE_MODELS);
        recoverableModels = recoverable == null ? Set.of()
                : java.util.Arrays.stream(recoverable.toString().split(",")).map(String::trim)
                        .filter(n -> !n.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (immutableModels) {
            setTemplateDir(IMMUTABLE_TEMPLATES);
            additionalProperties.put(IMMUTABLE_MODELS, true);
        }
    }

    /**
     * Adds, in immutable mode, what the templates read for each model and property.
     *
     * @param objs the models of one file
     * @return the same models
     */
    @Override
    public ModelsMap postProcessModels(ModelsMap objs) {
        ModelsMap result = super.postProcessModels(objs);
        if (immutableModels) {
            for (ModelMap modelMap : result.getModels()) {
                ImmutableModels.decorate(modelMap.getModel());
                modelMap.getModel().vendorExtensions.put("x-waiver-recoverable",
                        recoverableModels.contains(modelMap.getModel().name));
            }
        }
        return result;
    }

    /** Prints nothing: the banner is the only thing {@code DefaultCodegen} does here. */
    @Override
    public void postProcess() {
        // Intentionally empty.
    }

    /**
     * The values the immutable templates need that mustache cannot compute: kept apart from the
     * generator so the rules are in one place.
     */
    static final class ImmutableModels {

        /** Names a generated accessor must not take: methods of Object and of the generated class. */
        private static final Set<String> TAKEN = Set.of("builder", "toBuilder", "equals", "hashCode",
                "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "build");

        private ImmutableModels() {
        }

        static void decorate(CodegenModel model) {
            model.vendorExtensions.put("x-waiver-doc", javadoc(model.unescapedDescription,
                    "The {@code " + model.name + "} object of the API description."));
            List<Map<String, Object>> enums = new ArrayList<>();
            for (CodegenProperty property : model.getVars()) {
                decorate(property);
                CodegenProperty inner = property.isContainer ? property.mostInnerItems : property;
                if (inner != null && inner.isEnum && inner.allowableValues != null) {
                    enums.add(openEnum(inner.datatypeWithEnum, inner));
                }
            }
            model.vendorExtensions.put("x-waiver-enums", enums);
            if (model.isEnum && model.allowableValues != null) {
                model.vendorExtensions.put("x-waiver-enum-values", enumValues(model.allowableValues));
            }
        }

        private static void decorate(CodegenProperty p) {
            Map<String, Object> x = p.vendorExtensions;
            boolean list = p.isArray;
            boolean map = p.isMap;
            boolean optional = !list && !map && (!p.required || p.isNullable);
            x.put("x-waiver-list", list);
            x.put("x-waiver-map", map);
            x.put("x-waiver-optional", optional);
            x.put("x-waiver-plain", !list && !map && !optional);
            x.put("x-waiver-scalar", !list && !map);
            x.put("x-waiver-nullable", p.isNullable);
            String accessor = TAKEN.contains(p.name) ? p.name + "Value" : p.name;
            x.put("x-waiver-accessor", accessor);
            x.put("x-waiver-pascal", Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1));
            x.put("x-waiver-desc", javadoc(p.unescapedDescription, null));
        }

        private static Map<String, Object> openEnum(String className, CodegenProperty p) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("className", className);
            e.put("property", p.baseName);
            e.put("values", enumValues(p.allowableValues));
            return e;
        }

        private static List<Map<String, Object>> enumValues(Map<String, Object> allowableValues) {
            List<Map<String, Object>> values = new ArrayList<>();
            Object raw = allowableValues.get("values");
            if (raw instanceof List<?>) {
                for (Object value : (List<?>) raw) {
                    String text = String.valueOf(value);
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("constant", constant(text));
                    v.put("literal", javaString(text));
                    v.put("doc", htmlEscape(text));
                    values.add(v);
                }
            }
            return values;
        }

        /** A Java constant name for a wire value: upper snake case, a leading underscore if needed. */
        static String constant(String value) {
            String name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                    .replaceAll("[^A-Za-z0-9]+", "_")
                    .replaceAll("^_+|_+$", "")
                    .toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                name = "EMPTY";
            }
            return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
        }

        private static String javaString(String text) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.append('"').toString();
        }

        /** Description text made safe for a Javadoc comment, or the fallback when there is none. */
        static String javadoc(String description, String fallback) {
            if (description == null || description.isBlank()) {
                return fallback;
            }
            return htmlEscape(description.trim().replaceAll("\\s+", " "));
        }

        private static String htmlEscape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "&#92;u");
        }
    }
}
