package dev.waiver.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.har.model.FirewallException;
import dev.waiver.har.model.PackageType;
import dev.waiver.testkit.internal.VendorWiring;
import dev.waiver.testkit.internal.har.HarBackend;
import dev.waiver.testkit.internal.har.HarRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Harness Artifact Registry firewall exceptions fake: registries and package versions it
 * knows, seeding, what exists (as the HAR client's {@link FirewallException} model), and faults.
 * One registry is known from the start: {@link #DEFAULT_REGISTRY_ID}, "npm-proxy", NPM.
 */
public final class HarFake extends VendorFake<HarFake.Operation> {

    /** The registry every fake knows from the start ("npm-proxy", NPM). */
    public static final String DEFAULT_REGISTRY_ID = HarBackend.DEFAULT_REGISTRY_ID;

    /** The HAR operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** {@code GET /har/api/v3/scans/exceptions}. */
        LIST("har.list"),
        /** {@code POST /har/api/v3/scans/exceptions}. */
        CREATE("har.create"),
        /** {@code PUT /har/api/v3/scans/exceptions/{id}}. */
        UPDATE("har.update"),
        /** {@code PUT /har/api/v3/scans/exceptions/{id}/status}. */
        UPDATE_STATUS("har.updateStatus"),
        /** {@code DELETE /har/api/v3/scans/exceptions/{id}}. */
        DELETE("har.delete"),
        /** {@code GET /har/api/v3/scans/versions}. */
        LIST_VERSIONS("har.listVersions");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    private static final ObjectMapper MAPPER = JsonMappers.create(EpochUnit.MILLISECONDS);

    private final HarBackend har;
    private final AtomicLong seedCounter = new AtomicLong(1);

    HarFake(VendorWiring wiring) {
        super(wiring);
        this.har = (HarBackend) wiring.backend();
    }

    /**
     * Makes a registry known to the fake (exceptions can be created only in known registries).
     *
     * @param id          its UUID
     * @param name        its name
     * @param packageType its package type
     * @return this fake
     */
    public HarFake registry(String id, String name, PackageType packageType) {
        har.registry(id, Objects.requireNonNull(name, "name"), packageType.value());
        return this;
    }

    /**
     * Adds versions the versions operation lists for a package.
     *
     * @param registryId  the registry
     * @param packageName the package
     * @param versions    the versions
     * @return this fake
     */
    public HarFake packageVersions(String registryId, String packageName, String... versions) {
        har.versions(registryId, packageName, List.of(versions));
        return this;
    }

    /**
     * Seeds one exception.
     *
     * @param seed sets its fields (see {@link HarSeed} for the defaults)
     * @return its id
     */
    public String seed(Consumer<HarSeed> seed) {
        return seed(1, (i, s) -> seed.accept(s)).get(0);
    }

    /**
     * Seeds many exceptions, oldest first.
     *
     * @param count how many
     * @param each  sets the fields of the i-th (0-based)
     * @return their ids, in order
     */
    public List<String> seed(int count, BiConsumer<Integer, HarSeed> each) {
        Objects.requireNonNull(each, "each");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        Instant now = context().clock().instant();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HarRecord r = new HarRecord();
            r.registryId = DEFAULT_REGISTRY_ID;
            r.packageName = "seeded-package-" + seedCounter.getAndIncrement();
            r.businessJustification = "Seeded by the Waiver test kit";
            r.createdAt = now;
            r.updatedAt = now;
            HarSeed s = new HarSeed(r);
            each.accept(i, s);
            ids.add(har.seed(s.finish()));
        }
        return ids;
    }

    /** @return every exception, oldest first, as the HAR client reads it */
    public List<FirewallException> exceptions() {
        return har.snapshot(context().clock().instant()).stream()
                .map(json -> MAPPER.convertValue(json, FirewallException.class)).toList();
    }
}
