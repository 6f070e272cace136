package dev.waiver.reliability.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.reliability.surface.LibraryModules.Library;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sealed public surface (issue 13, "Done when"): what {@code javap} over the built jars would show a user.
 * For every library module the BOM publishes: it has a module descriptor named as its Automatic-Module-Name;
 * it exports unqualified only API packages; and no public type of an exported package has a public
 * {@code set*} method or a public non-final field, and no result type (the {@code .model} packages) a fluent
 * mutator: results are immutable, requests are built, not set.
 */
public class PublicSurfaceTest {

    /**
     * Packages that are API although they are not {@code <module>} or {@code <module>.model}. Add a package
     * here only when it is meant for users (for example {@code dev.waiver.core.harness}, the shared Harness
     * client settings).
     */
    private static final Set<String> EXTRA_API_PACKAGES = Set.of("dev.waiver.core.harness");

    /** Core's plumbing: exported to the Waiver modules only. */
    private static final Set<String> PLUMBING = Set.of("dev.waiver.core.http", "dev.waiver.core.mapping",
            "dev.waiver.core.paging");

    private static final Pattern SETTER = Pattern.compile("set\\p{Lu}.*");

    private static List<Library> libraries;

    @BeforeAll
    static void findLibraries() {
        Map<String, Path> onClassPath = LibraryModules.onClassPath();
        List<String> missing = LibraryModules.publishedArtifacts().stream()
                .filter(id -> !onClassPath.containsKey(id)).toList();
        assertThat(missing)
                .as("library modules the BOM publishes but this test cannot see: add each as a test dependency"
                        + " of reliability-tests (class path: %s)", LibraryModules.classPath())
                .isEmpty();
        libraries = LibraryModules.publishedArtifacts().stream()
                .map(id -> new Library(id, onClassPath.get(id))).toList();
    }

    @Test
    void everyLibraryModuleHasAModuleDescriptorNamedAsItsAutomaticModuleName() {
        List<String> problems = new ArrayList<>();
        for (Library lib : libraries) {
            var descriptor = lib.descriptor();
            if (descriptor.isEmpty()) {
                problems.add(lib.artifactId() + ": no module-info.class in " + lib.location());
                continue;
            }
            String name = descriptor.get().name();
            lib.automaticModuleName().filter(amn -> !amn.equals(name)).ifPresent(amn ->
                    problems.add(lib.artifactId() + ": module " + name + " but Automatic-Module-Name " + amn));
            if (descriptor.get().isOpen() || descriptor.get().isAutomatic()) {
                problems.add(lib.artifactId() + ": module " + name + " must be a normal module, not open or automatic");
            }
        }
        assertThat(problems).as("library modules without a proper module descriptor").isEmpty();
    }

    @Test
    void onlyApiPackagesAreExportedToEverybody() {
        List<String> problems = new ArrayList<>();
        for (Library lib : libraries) {
            ModuleDescriptor d = lib.descriptor().orElse(null);
            if (d == null) {
                continue; // reported by the descriptor test
            }
            for (Exports e : d.exports()) {
                String pkg = e.source();
                if (e.isQualified()) {
                    e.targets().stream().filter(t -> !t.startsWith("dev.waiver."))
                            .forEach(t -> problems.add(d.name() + " exports " + pkg + " to a foreign module " + t));
                } else if (!isApiPackage(d.name(), pkg)) {
                    problems.add(d.name() + " exports non-API package " + pkg + " to everybody"
                            + " (export it only to the Waiver modules that use it)");
                }
            }
            // Reflection is for Jackson only, and never for everybody.
            d.opens().stream().filter(o -> !o.isQualified())
                    .forEach(o -> problems.add(d.name() + " opens " + o.source() + " to everybody"));
        }
        assertThat(problems).as("module descriptors that export more than the API").isEmpty();
    }

    @Test
    void everyPackageThatIsNotInternalIsExported() {
        // A package left out of the descriptor is invisible on the module path: a new API package (or new
        // plumbing for our modules) must be exported; what is for the module alone goes in .internal.
        List<String> problems = new ArrayList<>();
        for (Library lib : libraries) {
            ModuleDescriptor d = lib.descriptor().orElse(null);
            if (d == null) {
                continue;
            }
            Set<String> exported = d.exports().stream().map(Exports::source).collect(Collectors.toSet());
            for (String pkg : lib.packages()) {
                if (!exported.contains(pkg) && !Arrays.asList(pkg.split("\\.")).contains("internal")) {
                    problems.add(d.name() + " holds package " + pkg + " but does not export it"
                            + " (export it, or move it under .internal)");
                }
            }
        }
        assertThat(problems).as("packages neither exported nor internal").isEmpty();
    }

    @Test
    void jacksonCanReachWhatItBinds() throws ClassNotFoundException {
        // On the module path Jackson (module com.fasterxml.jackson.databind) may call a Jackson-annotated
        // member only if it is public in a public type of a package exported to everybody, or if the
        // package is opened to it. Immutable models bind through private members: their package needs
        // "opens ... to com.fasterxml.jackson.databind".
        List<String> problems = new ArrayList<>();
        for (Library lib : libraries) {
            ModuleDescriptor d = lib.descriptor().orElse(null);
            if (d == null) {
                continue;
            }
            Set<String> exportedToAll = Set.copyOf(unqualifiedExports(d));
            Set<String> openToJackson = d.opens().stream()
                    .filter(o -> !o.isQualified() || o.targets().contains("com.fasterxml.jackson.databind"))
                    .map(ModuleDescriptor.Opens::source).collect(Collectors.toSet());
            for (String pkg : lib.packages()) {
                if (openToJackson.contains(pkg)) {
                    continue;
                }
                for (String className : lib.classesIn(pkg)) {
                    Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                    String hidden = jacksonBindsHiddenMember(type, exportedToAll.contains(pkg));
                    if (hidden != null) {
                        problems.add(d.name() + ": " + hidden + " is bound by Jackson, but " + pkg
                                + " is not opened to com.fasterxml.jackson.databind");
                    }
                }
            }
        }
        assertThat(problems).as("Jackson-bound members Jackson cannot reach on the module path").isEmpty();
    }

    /** @return the first Jackson-annotated member of {@code type} that needs an opened package, or null */
    private static String jacksonBindsHiddenMember(Class<?> type, boolean packageExportedToAll) {
        boolean typeReachable = packageExportedToAll && isVisibleToUsers(type);
        if (hasJacksonAnnotation(type) && !typeReachable) {
            return type.getName();
        }
        List<java.lang.reflect.Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(type.getDeclaredFields()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        members.addAll(Arrays.asList(type.getDeclaredConstructors()));
        for (java.lang.reflect.Member m : members) {
            if (hasJacksonAnnotation((java.lang.reflect.AnnotatedElement) m)
                    && !(typeReachable && Modifier.isPublic(m.getModifiers()))) {
                return type.getName() + "." + m.getName();
            }
        }
        return null;
    }

    private static boolean hasJacksonAnnotation(java.lang.reflect.AnnotatedElement element) {
        return Arrays.stream(element.getDeclaredAnnotations())
                .anyMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson."));
    }

    @Test
    void noPublicTypeOfAnExportedPackageHasASetterOrAMutableField() throws ClassNotFoundException {
        Map<String, List<String>> offenders = new TreeMap<>();
        int typesChecked = 0;
        for (Library lib : libraries) {
            ModuleDescriptor d = lib.descriptor().orElse(null);
            if (d == null) {
                continue; // reported by the descriptor test
            }
            for (String pkg : unqualifiedExports(d)) {
                for (String className : lib.classesIn(pkg)) {
                    Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                    if (!isVisibleToUsers(type)) {
                        continue;
                    }
                    typesChecked++;
                    List<String> members = mutableMembers(type);
                    if (!members.isEmpty()) {
                        offenders.put(type.getName(), members);
                    }
                }
            }
        }
        assertThat(typesChecked).as("public types checked in exported packages").isPositive();
        assertThat(offenders)
                .as("public types in exported packages with setters or mutable fields (%d types, %d members):%n%s",
                        offenders.size(), offenders.values().stream().mapToInt(List::size).sum(), describe(offenders))
                .isEmpty();
    }

    @Test
    void noResultTypeHasAFluentMutator() throws ClassNotFoundException {
        // Results (the .model packages) are read, never built or changed by users: a public instance method
        // that takes arguments and answers the type itself (status(x), addItemsItem(x), withX(x)) changes or
        // copies a result. Nested builders are not results.
        Map<String, List<String>> offenders = new TreeMap<>();
        for (Library lib : libraries) {
            ModuleDescriptor d = lib.descriptor().orElse(null);
            if (d == null) {
                continue;
            }
            for (String pkg : unqualifiedExports(d)) {
                if (!pkg.endsWith(".model")) {
                    continue;
                }
                for (String className : lib.classesIn(pkg)) {
                    Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                    if (isVisibleToUsers(type) && !type.getSimpleName().endsWith("Builder")) {
                        List<String> members = fluentMutators(type);
                        if (!members.isEmpty()) {
                            offenders.put(type.getName(), members);
                        }
                    }
                }
            }
        }
        assertThat(offenders)
                .as("result types with fluent mutators (%d types, %d members):%n%s",
                        offenders.size(), offenders.values().stream().mapToInt(List::size).sum(), describe(offenders))
                .isEmpty();
    }

    /** @return the public instance methods of {@code type} that take arguments and answer {@code type} */
    static List<String> fluentMutators(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (ours(m.getDeclaringClass()) && !m.isSynthetic() && !m.isBridge() && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() > 0 && m.getReturnType() == type) {
                found.add("method " + m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")")));
            }
        }
        found.sort(null);
        return found;
    }

    @Test
    void theCheckFindsSettersAndMutableFieldsButNotBuildersOrConstants() {
        assertThat(mutableMembers(MutableSample.class)).containsExactly(
                "field String label",
                "field static int counter",
                "method setName(String)");
        assertThat(mutableMembers(MutableSample.Sub.class)).containsExactly(
                "field String label (from " + MutableSample.class.getName() + ")",
                "field static int counter (from " + MutableSample.class.getName() + ")",
                "method setName(String) (from " + MutableSample.class.getName() + ")");
        assertThat(mutableMembers(ImmutableSample.class)).isEmpty();
        assertThat(fluentMutators(MutableSample.class)).containsExactly("method name(String)");
        assertThat(fluentMutators(ImmutableSample.class)).isEmpty();
        assertThat(mutableMembers(RuntimeException.class)).as("the JDK's own setters are not ours").isEmpty();
    }

    @Test
    void theJacksonCheckFindsBoundMembersOutOfJacksonsReach() {
        String privateMember = PrivateBinding.class.getName() + ".name";
        assertThat(jacksonBindsHiddenMember(PrivateBinding.class, true)).isEqualTo(privateMember);
        assertThat(jacksonBindsHiddenMember(PublicBinding.class, false))
                .isEqualTo(PublicBinding.class.getName() + ".name");
        assertThat(jacksonBindsHiddenMember(PublicBinding.class, true)).isNull();
        assertThat(jacksonBindsHiddenMember(ImmutableSample.class, false)).as("nothing bound").isNull();
    }

    /** Bound through a private member: its package must be opened to Jackson. */
    public static final class PrivateBinding {
        @com.fasterxml.jackson.annotation.JsonProperty("name")
        private String name;
    }

    /** Bound through a public member: reachable when its package is exported to everybody. */
    public static final class PublicBinding {
        /** @return the name */
        @com.fasterxml.jackson.annotation.JsonProperty("name")
        public String name() {
            return "";
        }
    }

    /** A type of the kind the check must report. */
    public static class MutableSample {
        /** Mutable: reported. */
        public static int counter;
        /** Mutable: reported. */
        public String label;
        private String name;

        /** @param name reported */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the name */
        public String name() {
            return name;
        }

        /**
         * @param name reported as a fluent mutator
         * @return this
         */
        public MutableSample name(String name) {
            this.name = name;
            return this;
        }

        /** Inherits the mutable members. */
        public static class Sub extends MutableSample {
        }
    }

    /** A type of the kind the check must let through. */
    public static final class ImmutableSample {
        /** A constant. */
        public static final String JSON_NAME = "name";
        /** Not a setter: "set" is not followed by a capital. */
        public void settle() {
        }
        /** Not a setter. */
        public void reset() {
        }

        /** @return not a mutator: takes nothing */
        public ImmutableSample copy() {
            return this;
        }

        /** @param other compared with @return not a mutator: answers another type */
        public boolean sameAs(ImmutableSample other) {
            return other == this;
        }

        /** @param value parsed @return not a mutator: static */
        public static ImmutableSample of(String value) {
            return new ImmutableSample();
        }
    }

    /** @return the public {@code set*} methods and public non-final fields a user can reach on {@code type} */
    static List<String> mutableMembers(Class<?> type) {
        List<String> found = new ArrayList<>();
        for (Method m : type.getMethods()) {
            // Inherited members count when they are ours; Throwable.setStackTrace and the like do not.
            if (ours(m.getDeclaringClass()) && !m.isSynthetic() && SETTER.matcher(m.getName()).matches()) {
                found.add("method " + m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")")) + declaredIn(type, m.getDeclaringClass()));
            }
        }
        for (Field f : type.getFields()) {
            if (ours(f.getDeclaringClass()) && !Modifier.isFinal(f.getModifiers())) {
                found.add("field " + (Modifier.isStatic(f.getModifiers()) ? "static " : "")
                        + f.getType().getSimpleName() + " " + f.getName() + declaredIn(type, f.getDeclaringClass()));
            }
        }
        found.sort(null);
        return found;
    }

    private static boolean isApiPackage(String module, String pkg) {
        if (PLUMBING.contains(pkg) || Arrays.asList(pkg.split("\\.")).contains("internal")) {
            return false;
        }
        return pkg.equals(module) || pkg.equals(module + ".model") || EXTRA_API_PACKAGES.contains(pkg);
    }

    private static List<String> unqualifiedExports(ModuleDescriptor d) {
        return d.exports().stream().filter(e -> !e.isQualified()).map(Exports::source).sorted().toList();
    }

    /** A public top-level type, or a public member type of one (all the way up). */
    private static boolean isVisibleToUsers(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean ours(Class<?> c) {
        return c.getName().startsWith("dev.waiver.");
    }

    private static String declaredIn(Class<?> type, Class<?> declaring) {
        return declaring == type ? "" : " (from " + declaring.getName() + ")";
    }

    private static String describe(Map<String, List<String>> offenders) {
        return offenders.entrySet().stream()
                .map(e -> "  " + e.getKey() + ":\n" + e.getValue().stream().map(m -> "      " + m)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
