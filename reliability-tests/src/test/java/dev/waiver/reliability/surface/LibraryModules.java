package dev.waiver.reliability.surface;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The published Waiver library modules as this test run sees them: every artifact the BOM lists
 * ({@code bom/pom.xml}, so a new library module is covered as soon as it is published), found on the test
 * class path as a jar ({@code mvn verify}) or as a {@code target/classes} folder ({@code mvn test}).
 */
final class LibraryModules {

    private static final Path BOM = Path.of("..", "bom", "pom.xml");
    private static final Pattern BOM_ENTRY =
            Pattern.compile("<groupId>dev\\.waiver</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern PROJECT_ARTIFACT_ID =
            Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

    private LibraryModules() {
    }

    /**
     * One library module's compiled classes.
     *
     * @param artifactId the Maven artifact
     * @param location   its jar or classes folder
     */
    record Library(String artifactId, Path location) {

        /** @return the module descriptor compiled from its {@code module-info.java}, if it has one */
        Optional<ModuleDescriptor> descriptor() {
            return read("module-info.class").map(in -> {
                try (in) {
                    return ModuleDescriptor.read(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** @return the jar manifest's Automatic-Module-Name; empty for a classes folder */
        Optional<String> automaticModuleName() {
            if (Files.isDirectory(location)) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                Manifest manifest = jar.getManifest();
                return Optional.ofNullable(manifest == null ? null
                        : manifest.getMainAttributes().getValue("Automatic-Module-Name"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @return every package that holds a class, sorted */
        java.util.SortedSet<String> packages() {
            java.util.SortedSet<String> packages = new java.util.TreeSet<>();
            try {
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        files.filter(f -> f.toString().endsWith(".class"))
                                .map(f -> location.relativize(f.getParent() == null ? location : f.getParent()))
                                .map(rel -> rel.toString().replace(File.separatorChar, '.'))
                                .filter(pkg -> !pkg.isEmpty() && !pkg.startsWith("META-INF"))
                                .forEach(packages::add);
                    }
                } else {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.endsWith(".class") && n.lastIndexOf('/') > 0 && !n.startsWith("META-INF/"))
                                .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                                .forEach(packages::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return packages;
        }

        /**
         * @param pkg a package name
         * @return the binary names of the classes in that package (nested ones included, not sub-packages)
         */
        List<String> classesIn(String pkg) {
            String folder = pkg.replace('.', '/') + '/';
            List<String> entries = new ArrayList<>();
            try {
                if (Files.isDirectory(location)) {
                    Path dir = location.resolve(folder);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            files.map(f -> folder + f.getFileName()).forEach(entries::add);
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                                .forEach(entries::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries.stream()
                    .filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.endsWith("/package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }

        private Optional<InputStream> read(String entry) {
            try {
                if (Files.isDirectory(location)) {
                    Path file = location.resolve(entry);
                    return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
                }
                JarFile jar = new JarFile(location.toFile());
                JarEntry e = jar.getJarEntry(entry);
                if (e == null) {
                    jar.close();
                    return Optional.empty();
                }
                byte[] bytes;
                try (jar; InputStream in = jar.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                return Optional.of(new java.io.ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return the Waiver artifact ids the BOM manages (the published library modules), in its order */
    static List<String> publishedArtifacts() {
        try {
            String bom = Files.readString(BOM);
            int start = bom.indexOf("<dependencyManagement>");
            int end = bom.indexOf("</dependencyManagement>");
            if (start < 0 || end < start) {
                throw new IllegalStateException("no <dependencyManagement> in " + BOM.toAbsolutePath());
            }
            Matcher m = BOM_ENTRY.matcher(bom.substring(start, end));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("no dev.waiver artifact found in " + BOM.toAbsolutePath());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every Waiver artifact on the test class path, by artifact id */
    static Map<String, Path> onClassPath() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path entry : classPath()) {
            artifactIdOf(entry).ifPresent(id -> found.putIfAbsent(id, entry));
        }
        return found;
    }

    /** @return the test class path (surefire passes it in a manifest-only jar, and says it here) */
    static List<Path> classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(cp.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static Optional<String> artifactIdOf(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                // <module>/target/classes: the module's own pom.xml says which artifact it is.
                Path pom = entry.resolve("../../pom.xml").normalize();
                if (!entry.endsWith(Path.of("target", "classes")) || !Files.isRegularFile(pom)) {
                    return Optional.empty();
                }
                Matcher m = PROJECT_ARTIFACT_ID.matcher(Files.readString(pom));
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
            if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
                return Optional.empty();
            }
            // <artifactId>-<version>.jar with its own Maven descriptor; not a test-jar, and not a shaded jar's
            // copies of other artifacts' descriptors.
            String fileName = entry.getFileName().toString();
            if (fileName.endsWith("-tests.jar")) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith("META-INF/maven/dev.waiver/") && n.endsWith("/pom.properties"))
                        .map(n -> n.substring("META-INF/maven/dev.waiver/".length(), n.length() - "/pom.properties".length()))
                        .filter(id -> fileName.startsWith(id + "-"))
                        .findFirst();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
