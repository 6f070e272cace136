package dev.waiver.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.sto.model.Exemption;
import dev.waiver.testkit.internal.VendorWiring;
import dev.waiver.testkit.internal.sto.StoBackend;
import dev.waiver.testkit.internal.sto.StoRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Harness STO exemptions fake: seed exemptions, read what exists (as the STO client's
 * {@link Exemption} model), and inject faults per operation.
 *
 * <pre>{@code
 * fakes.sto().seed(10_000, (i, e) -> e.approved().expiresIn(Duration.ofDays(1 + i % 90)));
 * fakes.sto().failNext(StoFake.Operation.APPROVE, FakeFault.rateLimited(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class StoFake extends VendorFake<StoFake.Operation> {

    /** The STO operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** {@code GET /sto/api/v2/exemptions}. */
        LIST("sto.list"),
        /** {@code POST /sto/api/v2/exemptions}. */
        CREATE("sto.create"),
        /** {@code POST /sto/api/v2/exemptions/bulk}. */
        BULK_CREATE("sto.bulkCreate"),
        /** {@code GET /sto/api/v2/exemptions/{id}}. */
        GET("sto.get"),
        /** {@code PUT /sto/api/v2/exemptions/{id}}. */
        UPDATE("sto.update"),
        /** {@code DELETE /sto/api/v2/exemptions/{id}}. */
        DELETE("sto.delete"),
        /** {@code PUT /sto/api/v2/exemptions/{id}/approve}. */
        APPROVE("sto.approve"),
        /** {@code PUT /sto/api/v2/exemptions/{id}/reject}. */
        REJECT("sto.reject"),
        /** {@code PUT /sto/api/v2/exemptions/{id}/promote}. */
        PROMOTE("sto.promote"),
        /** {@code GET /sto/api/v2/exemptions/issue/{issueId}}. */
        GET_FOR_ISSUE("sto.getForIssue"),
        /** {@code GET /sto/api/v2/exemptions/issue/{issueId}/history}. */
        HISTORY("sto.history"),
        /** {@code GET /sto/api/v2/exemptions/issue/{issueId}/history/export}. */
        EXPORT_HISTORY("sto.exportHistory");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    private static final ObjectMapper MAPPER = JsonMappers.create(EpochUnit.SECONDS);

    private final StoBackend sto;
    private final AtomicLong seedCounter = new AtomicLong(1);

    StoFake(VendorWiring wiring) {
        super(wiring);
        this.sto = (StoBackend) wiring.backend();
    }

    /**
     * Seeds one exemption.
     *
     * @param seed sets its fields (see {@link StoSeed} for the defaults)
     * @return its id
     */
    public String seed(Consumer<StoSeed> seed) {
        return seed(1, (i, s) -> seed.accept(s)).get(0);
    }

    /**
     * Seeds many exemptions, oldest first.
     *
     * @param count how many
     * @param each  sets the fields of the i-th (0-based)
     * @return their ids, in order
     */
    public List<String> seed(int count, BiConsumer<Integer, StoSeed> each) {
        Objects.requireNonNull(each, "each");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        Instant now = context().clock().instant();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoRecord r = new StoRecord();
            r.issueId = String.format("seedissue%013d", seedCounter.getAndIncrement());
            r.reason = "Seeded by the Waiver test kit";
            r.requesterId = TestCredentials.HARNESS_USER_ID;
            r.requesterName = TestCredentials.HARNESS_USER_NAME;
            r.requesterEmail = TestCredentials.HARNESS_USER_EMAIL;
            r.orgId = TestCredentials.HARNESS_ORG_ID;
            r.projectId = TestCredentials.HARNESS_PROJECT_ID;
            r.created = now;
            r.lastModified = now;
            r.requestedOn = now;
            StoSeed s = new StoSeed(r, now);
            each.accept(i, s);
            ids.add(sto.seed(s.finish()));
        }
        return ids;
    }

    /** @return every exemption, oldest first, as the STO client reads it */
    public List<Exemption> exemptions() {
        return sto.snapshot(context().clock().instant()).stream().map(StoFake::read).toList();
    }

    /**
     * @param id an exemption id
     * @return the exemption, as the STO client reads it
     */
    public Optional<Exemption> exemption(String id) {
        return sto.find(id, context().clock().instant()).map(StoFake::read);
    }

    private static Exemption read(ObjectNode json) {
        return MAPPER.convertValue(json, Exemption.class);
    }
}
