package dev.waiver.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generates the sample description {@code immutable-sample.yaml} with {@code immutableModels=true},
 * compiles it against Jackson alone, and checks what the SDK relies on: the JSON round trip with
 * the core mapper's settings, explicit {@code null}, unknown properties and enum values, accessors,
 * {@code Optional}, never-null unmodifiable lists, builders, equality, and no way to change an object.
 */
class ImmutableModelsTest {

    private static final String PACKAGE = "sample.model";

    /** The core mapper's settings, seconds as STO. */
    private static final ObjectMapper CORE_LIKE = CoreLikeMapper.seconds();

    /** Jackson's defaults (Instant as decimal seconds): the models must not depend on the core mapper's settings. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private static final String FULL_JSON = "{"
            + "\"id\":\"s-1\",\"count\":7,\"active\":true,\"note\":\"a note\",\"limit\":5,"
            + "\"createdAt\":1767323045,\"updatedAt\":1767409445,"
            + "\"owner\":{\"name\":\"Ann\",\"email\":\"ann@example.com\"},"
            + "\"owners\":[{\"name\":\"Bob\"},{\"name\":\"Cy\",\"email\":\"cy@example.com\"}],"
            + "\"tags\":[\"a\",\"b\"],\"labels\":{\"k\":\"v\"},\"expireAfter\":30,"
            + "\"remediationPlan\":null,\"kind\":\"beta-two\",\"colour\":\"red\",\"builder\":\"x\"}";

    private static GeneratedModels generated;
    private static Class<?> sample;
    private static Class<?> owner;

    @BeforeAll
    static void generate() {
        generated = GeneratedModels.generate(Path.of("src/test/resources/immutable-sample.yaml"),
                GeneratedModels.target("sample"), PACKAGE, "",
                Map.of("EpochSeconds", "java.time.Instant"), Map.of());
        sample = generated.type(PACKAGE, "Sample");
        owner = generated.type(PACKAGE, "Owner");
    }

    @Test
    void generatesOneClassPerSchemaExceptTheMappedOne() {
        assertThat(generated.classNames()).containsExactly("Colour", "Owner", "Sample");
    }

    @Test
    void readsAndWritesTheSameJson() throws Exception {
        Object read = CORE_LIKE.readValue(FULL_JSON, sample);
        String written = CORE_LIKE.writeValueAsString(read);
        assertThat(CORE_LIKE.readTree(written)).isEqualTo(CORE_LIKE.readTree(FULL_JSON));
        assertThat(CORE_LIKE.readValue(written, sample)).isEqualTo(read);
        Object plain = PLAIN.readValue(FULL_JSON, sample);
        assertThat(plain).isEqualTo(read);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(plain), sample)).isEqualTo(read);
    }

    @Test
    void accessorsReturnEveryValueRead() throws Exception {
        Object s = CORE_LIKE.readValue(FULL_JSON, sample);
        assertThat(call(s, "id")).isEqualTo("s-1");
        assertThat(call(s, "count")).isEqualTo(7L);
        assertThat(call(s, "active")).isEqualTo(true);
        assertThat(call(s, "note")).isEqualTo(Optional.of("a note"));
        assertThat(call(s, "limit")).isEqualTo(Optional.of(5));
        assertThat(call(s, "createdAt")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(call(s, "updatedAt")).isEqualTo(Optional.of(Instant.parse("2026-01-03T03:04:05Z")));
        Object ann = ((Optional<?>) call(s, "owner")).orElseThrow();
        assertThat(call(ann, "name")).isEqualTo("Ann");
        assertThat(call(ann, "email")).isEqualTo(Optional.of("ann@example.com"));
        List<?> owners = (List<?>) call(s, "owners");
        assertThat(owners).hasSize(2);
        assertThat(call(owners.get(0), "name")).isEqualTo("Bob");
        assertThat(call(owners.get(0), "email")).isEqualTo(Optional.empty());
        assertThat(call(owners.get(1), "email")).isEqualTo(Optional.of("cy@example.com"));
        assertThat(call(s, "tags")).isEqualTo(List.of("a", "b"));
        assertThat(call(s, "labels")).isEqualTo(Map.of("k", "v"));
        assertThat(call(s, "expireAfter")).isEqualTo(Optional.of(30));
        assertThat(call(s, "isExpireAfterExplicitNull")).isEqualTo(false);
        assertThat(call(s, "remediationPlan")).isEqualTo(Optional.empty());
        assertThat(call(s, "isRemediationPlanExplicitNull")).isEqualTo(true);
        assertThat(call(s, "kind").toString()).isEqualTo("Optional[beta-two]");
        assertThat(call(s, "colour").toString()).isEqualTo("Optional[red]");
        assertThat(call(s, "builderValue")).isEqualTo(Optional.of("x"));
    }

    @Test
    void absentValuesAreEmptyAndListsNeverNull() throws Exception {
        Object s = CORE_LIKE.readValue("{\"id\":\"s-2\"}", sample);
        for (String optional : List.of("note", "limit", "updatedAt", "owner", "expireAfter",
                "remediationPlan", "kind", "colour", "builderValue")) {
            assertThat(call(s, optional)).as(optional).isEqualTo(Optional.empty());
        }
        assertThat(call(s, "owners")).isEqualTo(List.of());
        assertThat(call(s, "tags")).isEqualTo(List.of());
        assertThat(call(s, "labels")).isEqualTo(Map.of());
        assertThat(call(s, "isExpireAfterExplicitNull")).isEqualTo(false);
        assertThat(CORE_LIKE.writeValueAsString(s)).isEqualTo("{\"id\":\"s-2\"}");
        assertThat(PLAIN.writeValueAsString(s)).isEqualTo("{\"id\":\"s-2\"}");
    }

    @Test
    void listsAndMapsAreUnmodifiableAndCopied() throws Exception {
        List<Object> mutable = new java.util.ArrayList<>(List.of("a"));
        Object b = builder(sample);
        invoke(b, "tags", mutable);
        Object s = invoke(b, "build");
        mutable.add("b");
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) call(s, "tags");
        assertThat(tags).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
        Object read = CORE_LIKE.readValue(FULL_JSON, sample);
        assertThatThrownBy(() -> ((List<?>) call(read, "owners")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<?, ?>) call(read, "labels")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) call(CORE_LIKE.readValue("{}", sample), "tags")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderNullMeansNotSetAndClearWritesExplicitNull() throws Exception {
        Object b = builder(sample);
        invoke(b, "id", "s-3");
        invoke(b, "note", (Object) null);
        invoke(b, "tags", (Object) null);
        invoke(b, "expireAfter", 30);
        invoke(b, "clearExpireAfter");
        invoke(b, "clearRemediationPlan");
        invoke(b, "remediationPlan", "plan");
        Object s = invoke(b, "build");
        assertThat(CORE_LIKE.readTree(CORE_LIKE.writeValueAsString(s)))
                .isEqualTo(CORE_LIKE.readTree("{\"id\":\"s-3\",\"expireAfter\":null,\"remediationPlan\":\"plan\"}"));
        assertThat(call(s, "isExpireAfterExplicitNull")).isEqualTo(true);
        assertThat(call(s, "expireAfter")).isEqualTo(Optional.empty());
        assertThat(call(s, "toString")).isEqualTo("Sample{id=s-3, expireAfter=null, remediationPlan=plan}");
        // An explicit null survives reading back and toBuilder().
        Object read = CORE_LIKE.readValue(CORE_LIKE.writeValueAsString(s), sample);
        assertThat(read).isEqualTo(s);
        assertThat(invoke(invoke(s, "toBuilder"), "build")).isEqualTo(s);
    }

    @Test
    void equalsAndHashCodeCoverEveryValue() throws Exception {
        Object a = CORE_LIKE.readValue(FULL_JSON, sample);
        Object b = CORE_LIKE.readValue(FULL_JSON, sample);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
        Object changed = invoke(invoke(invoke(a, "toBuilder"), "limit", 6), "build");
        assertThat(changed).isNotEqualTo(a);
        assertThat(call(changed, "limit")).isEqualTo(Optional.of(6));
        assertThat(call(a, "limit")).isEqualTo(Optional.of(5));
        Object unset = invoke(invoke(invoke(a, "toBuilder"), "expireAfter", (Object) null), "build");
        Object cleared = invoke(invoke(invoke(a, "toBuilder"), "clearExpireAfter"), "build");
        assertThat(unset).isNotEqualTo(cleared);
        assertThat(a.toString()).startsWith("Sample{id=s-1, count=7, active=true, note=a note, limit=5, ")
                .contains("owner=Owner{name=Ann, email=ann@example.com}", "kind=beta-two");
    }

    @Test
    void aRecoverableModelGainsAnSdkOnlyRecoveredFlag() throws Exception {
        Object read = CORE_LIKE.readValue("{\"name\":\"Ann\",\"recovered\":true}", owner);
        assertThat(call(read, "recovered")).isEqualTo(false);
        Object recovered = invoke(invoke(invoke(read, "toBuilder"), "recovered", true), "build");
        assertThat(call(recovered, "recovered")).isEqualTo(true);
        assertThat(call(invoke(invoke(recovered, "toBuilder"), "build"), "recovered")).isEqualTo(true);
        assertThat(recovered).isNotEqualTo(read);
        assertThat(recovered.hashCode()).isNotEqualTo(read.hashCode());
        assertThat(recovered.toString()).isEqualTo("Owner{name=Ann, recovered=true}");
        assertThat(read.toString()).isEqualTo("Owner{name=Ann}");
        assertThat(CORE_LIKE.readTree(CORE_LIKE.writeValueAsString(recovered)))
                .isEqualTo(CORE_LIKE.readTree("{\"name\":\"Ann\"}"));
        assertThat(sample.getMethods()).extracting(Method::getName).doesNotContain("recovered");
    }

    @Test
    void ignoresUnknownPropertiesAndKeepsUnknownEnumValues() throws Exception {
        for (ObjectMapper mapper : List.of(CORE_LIKE, PLAIN)) {
            Object s = mapper.readValue("{\"id\":\"s-4\",\"newField\":{\"x\":[1]},\"kind\":\"gamma\","
                    + "\"colour\":\"blue\",\"owner\":{\"name\":\"Di\",\"extra\":1}}", sample);
            Object kind = ((Optional<?>) call(s, "kind")).orElseThrow();
            assertThat(call(kind, "value")).isEqualTo("gamma");
            assertThat(call(kind, "isKnown")).isEqualTo(false);
            Object colour = ((Optional<?>) call(s, "colour")).orElseThrow();
            assertThat(call(colour, "isKnown")).isEqualTo(false);
            assertThat(mapper.readTree(mapper.writeValueAsString(s))).isEqualTo(mapper.readTree(
                    "{\"id\":\"s-4\",\"owner\":{\"name\":\"Di\"},\"kind\":\"gamma\",\"colour\":\"blue\"}"));
        }
        Class<?> kindType = generated.type(PACKAGE, "Sample$KindEnum");
        Object beta = kindType.getField("BETA_TWO").get(null);
        assertThat(kindType.getMethod("of", String.class).invoke(null, "beta-two")).isSameAs(beta);
        assertThat(call(beta, "isKnown")).isEqualTo(true);
        assertThat((List<?>) kindType.getMethod("values").invoke(null)).hasSize(2);
    }

    @Test
    void noPublicSettersMutatorsOrFields() {
        for (Class<?> type : List.of(sample, owner, generated.type(PACKAGE, "Colour"),
                generated.type(PACKAGE, "Sample$KindEnum"))) {
            assertThat(Modifier.isFinal(type.getModifiers())).as(type + " final").isTrue();
            for (Field field : type.getDeclaredFields()) {
                boolean constant = Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
                assertThat(Modifier.isPublic(field.getModifiers()) && !constant).as(field.toString()).isFalse();
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(Modifier.isFinal(field.getModifiers())).as(field + " final").isTrue();
                }
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == Object.class) {
                    continue;
                }
                assertThat(method.getName()).as(type + " public methods").doesNotStartWith("set").doesNotStartWith("get");
                if (!Modifier.isStatic(method.getModifiers()) && !method.getName().equals("equals")) {
                    assertThat(method.getParameterCount()).as(method.toString()).isZero();
                }
            }
            assertThat(Arrays.stream(type.getConstructors())).as(type + " constructors").isEmpty();
        }
    }

    @Test
    void everyPublicMemberHasJavadoc() {
        // javac ran with -Xdoclint:all/protected -Werror: a public member without a comment fails
        // the generation. Here, the class comment carries the schema description, escaped.
        assertThat(generated.source(PACKAGE, "Sample"))
                .contains("The sample: required and optional scalars, &lt;nested&gt; objects")
                .contains("An optional text; may hold *&#47; and &#64; signs.")
                .contains("Returns the {@code remediationPlan} property, if present.")
                .contains("Returns the {@code expireAfter} property, if present.\n     *\n     * <p>Days until expiry; null means never.\n");
    }

    private static Object builder(Class<?> type) throws Exception {
        return type.getMethod("builder").invoke(null);
    }

    private static Object call(Object target, String name) throws Exception {
        return invoke(target, name);
    }

    private static Object invoke(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                return m.invoke(target, args);
            }
        }
        throw new AssertionError("no public " + name + " with " + args.length + " arguments on " + target.getClass());
    }
}
