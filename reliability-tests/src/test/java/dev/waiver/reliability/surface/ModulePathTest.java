package dev.waiver.reliability.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.reliability.support.Bodies;
import dev.waiver.reliability.support.Operations;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The module descriptors at work: the library modules and what they require, put on a module path (a
 * module layer of their own, apart from the class path the other tests run on), resolve, and a client
 * built there reads a vendor answer through Jackson — which only works if the descriptors open the model
 * packages to it.
 */
class ModulePathTest {

    @RegisterExtension
    static final WireMockExtension VENDOR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static Map<String, ModuleReference> observable;
    private static List<String> libraryModules;

    @BeforeAll
    static void findModules() {
        // Every class path entry that can be read as a module, by name (the first one wins, as on a path).
        observable = new LinkedHashMap<>();
        for (Path entry : LibraryModules.classPath()) {
            try {
                for (ModuleReference ref : ModuleFinder.of(entry).findAll()) {
                    observable.putIfAbsent(ref.descriptor().name(), ref);
                }
            } catch (FindException notAModule) {
                // A folder without module-info.class, or a jar whose derived name is not legal: not needed.
            }
        }
        Map<String, Path> onClassPath = LibraryModules.onClassPath();
        assertThat(onClassPath.keySet())
                .as("library modules the BOM publishes: add each as a test dependency of reliability-tests")
                .containsAll(LibraryModules.publishedArtifacts());
        libraryModules = LibraryModules.publishedArtifacts().stream()
                .map(onClassPath::get)
                .map(p -> ModuleFinder.of(p).findAll().iterator().next().descriptor().name())
                .toList();
    }

    @Test
    void everyLibraryModuleResolvesOnTheModulePath() {
        ModuleLayer layer = layerOf(libraryModules);

        assertThat(layer.modules()).extracting(Module::getName).containsAll(libraryModules);
        for (String name : libraryModules) {
            assertThat(layer.findModule(name).orElseThrow().getDescriptor().isAutomatic())
                    .as("%s is read from its module descriptor, not as an automatic module", name).isFalse();
        }
    }

    @Test
    void aClientOnTheModulePathReadsAVendorAnswerThroughJackson() throws Exception {
        VENDOR.stubFor(get(urlPathEqualTo(Operations.STO_BASE + "/" + Operations.STO_ID))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Bodies.STO_EXEMPTION)));
        ModuleLayer layer = layerOf(List.of("dev.waiver.sto"));
        ClassLoader loader = layer.findLoader("dev.waiver.sto");

        Class<?> clientType = loader.loadClass("dev.waiver.sto.StoClient");
        assertThat(clientType.getModule().getLayer()).isSameAs(layer);
        Object builder = clientType.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("apiKey", String.class).invoke(builder, "module-path-key");
        builderType.getMethod("accountId", String.class).invoke(builder, "acc1");
        builderType.getMethod("orgId", String.class).invoke(builder, "default");
        builderType.getMethod("projectId", String.class).invoke(builder, "payments");
        builderType.getMethod("baseUrl", String.class).invoke(builder, VENDOR.baseUrl());
        Object client = builderType.getMethod("build").invoke(builder);
        try {
            Object exemptions = clientType.getMethod("exemptions").invoke(client);
            Object exemption = exemptions.getClass().getMethod("get", String.class).invoke(exemptions, Operations.STO_ID);

            assertThat(exemption.getClass().getName()).isEqualTo("dev.waiver.sto.model.Exemption");
            assertThat(exemption.getClass().getModule()).isSameAs(layer.findModule("dev.waiver.sto").orElseThrow());
            assertThat(exemption.toString()).contains(Operations.STO_ID, Operations.STO_ISSUE,
                    "Waiting on upstream bug fix", "payments");
        } finally {
            ((AutoCloseable) client).close();
        }
        VENDOR.verify(1, getRequestedFor(urlPathEqualTo(Operations.STO_BASE + "/" + Operations.STO_ID))
                .withHeader("x-api-key", equalTo("module-path-key")));
    }

    /** @return a layer holding {@code roots} and the modules they require, resolved from the class path's jars */
    private static ModuleLayer layerOf(List<String> roots) {
        Set<Path> needed = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(roots);
        Set<String> seen = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (!seen.add(name) || ModuleLayer.boot().findModule(name).isPresent()) {
                continue;
            }
            ModuleReference ref = observable.get(name);
            assertThat(ref).as("module %s, required by the library modules, is on the class path", name).isNotNull();
            needed.add(Path.of(ref.location().orElseThrow()));
            for (ModuleDescriptor.Requires r : ref.descriptor().requires()) {
                if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    toVisit.add(r.name());
                }
            }
        }
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(ModuleFinder.of(needed.toArray(Path[]::new)), ModuleFinder.of(), roots);
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }
}
