package dev.waiver.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waiver.core.mapping.EpochUnit;
import dev.waiver.core.mapping.JsonMappers;
import dev.waiver.iacm.model.Approval;
import dev.waiver.testkit.internal.VendorWiring;
import dev.waiver.testkit.internal.iacm.IacmBackend;
import dev.waiver.testkit.internal.iacm.IacmRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Harness IaCM approvals fake: seeding, what exists (as the IaCM client's {@link Approval}
 * model), and faults (for example {@code FakeFault.status(423)} for a locked resource).
 */
public final class IacmFake extends VendorFake<IacmFake.Operation> {

    /** The IaCM operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** {@code GET /iacm/api/orgs/{org}/projects/{project}/approvals}. */
        LIST("iacm.list"),
        /** {@code POST /iacm/api/orgs/{org}/projects/{project}/approvals}. */
        CREATE("iacm.create"),
        /** {@code GET /iacm/api/orgs/{org}/projects/{project}/approvals/{id}}. */
        GET("iacm.get"),
        /** {@code PUT /iacm/api/orgs/{org}/projects/{project}/approvals/{id}}. */
        UPDATE("iacm.update");

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

    private final IacmBackend iacm;
    private final AtomicLong seedCounter = new AtomicLong(1);

    IacmFake(VendorWiring wiring) {
        super(wiring);
        this.iacm = (IacmBackend) wiring.backend();
    }

    /**
     * Seeds one approval.
     *
     * @param seed sets its fields (see {@link IacmSeed} for the defaults)
     * @return its id
     */
    public String seed(Consumer<IacmSeed> seed) {
        return seed(1, (i, s) -> seed.accept(s)).get(0);
    }

    /**
     * Seeds many approvals, oldest first.
     *
     * @param count how many
     * @param each  sets the fields of the i-th (0-based)
     * @return their ids, in order
     */
    public List<String> seed(int count, BiConsumer<Integer, IacmSeed> each) {
        Objects.requireNonNull(each, "each");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        Instant now = context().clock().instant();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            IacmRecord r = new IacmRecord();
            r.account = TestCredentials.HARNESS_ACCOUNT_ID;
            r.org = TestCredentials.HARNESS_ORG_ID;
            r.project = TestCredentials.HARNESS_PROJECT_ID;
            r.workspaceId = "workspace";
            r.pipelineExecutionId = "execution-" + seedCounter.getAndIncrement();
            r.pipelineStageId = "approval";
            r.created = now;
            r.updated = now;
            IacmSeed s = new IacmSeed(r);
            each.accept(i, s);
            ids.add(iacm.seed(s.finish()));
        }
        return ids;
    }

    /** @return every approval, oldest first, as the IaCM client reads it */
    public List<Approval> approvals() {
        return iacm.snapshot().stream().map(json -> MAPPER.convertValue(json, Approval.class)).toList();
    }
}
