package dev.waiver.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.waiver.testkit.internal.FakeContext;
import dev.waiver.testkit.internal.VendorBackend;
import dev.waiver.testkit.internal.VendorWiring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What every vendor fake offers: faults on demand, the requests it received, its base URL and a
 * reset. Vendor-specific seeding and inspection live on the subclasses ({@link StoFake},
 * {@link HarFake}, {@link IacmFake}, {@link QualysFake}).
 *
 * @param <O> the vendor's operations
 */
public abstract class VendorFake<O extends FakeOperation> {

    private final VendorWiring wiring;

    VendorFake(VendorWiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
    }

    /** @return the vendor this fake stands in for */
    public FakeVendor vendor() {
        return wiring.vendor();
    }

    /** @return the base URL a client of this vendor uses, for example {@code http://127.0.0.1:51234} */
    public String baseUrl() {
        return wiring.baseUrl();
    }

    /**
     * Makes the next call of an operation give a fault.
     *
     * @param operation the operation
     * @param fault     the fault
     */
    public void failNext(O operation, FakeFault fault) {
        failNext(operation, 1, fault);
    }

    /**
     * Makes the next {@code times} calls of an operation give a fault (after any already armed);
     * the call after them is answered normally.
     *
     * @param operation the operation
     * @param times     how many calls, at least 1
     * @param fault     the fault
     */
    public void failNext(O operation, int times, FakeFault fault) {
        wiring.context().faults().arm(operation.operationName(), times, fault);
    }

    /**
     * @param operation an operation
     * @return how many armed faults it has not given yet
     */
    public int pendingFaults(O operation) {
        return wiring.context().faults().pending(operation.operationName());
    }

    /** Disarms every fault of this vendor. */
    public void clearFaults() {
        wiring.context().faults().clear(operationPrefix());
    }

    /**
     * The requests this vendor received, oldest first (from WireMock's journal; use
     * {@link WaiverFakes#wireMock()} for {@code verify(...)}).
     *
     * @return the requests
     */
    public List<LoggedRequest> requests() {
        List<ServeEvent> events = new ArrayList<>(wiring.server().getAllServeEvents());
        Collections.reverse(events); // WireMock lists the newest first
        List<LoggedRequest> mine = new ArrayList<>();
        for (ServeEvent e : events) {
            String url = e.getRequest().getUrl();
            if (wiring.backend().pathPrefixes().stream().anyMatch(url::startsWith)) {
                mine.add(e.getRequest());
            }
        }
        return mine;
    }

    /** Forgets every record of this vendor and disarms its faults. */
    public void reset() {
        wiring.backend().reset();
        clearFaults();
    }

    /** @return the wiring, for subclasses */
    VendorWiring wiring() {
        return wiring;
    }

    /** @return the shared context (clock, faults), for subclasses */
    FakeContext context() {
        return wiring.context();
    }

    /** @return the backend, for subclasses */
    VendorBackend backend() {
        return wiring.backend();
    }

    /** @return the WireMock server, for subclasses */
    WireMockServer server() {
        return wiring.server();
    }

    private String operationPrefix() {
        return vendor().name().toLowerCase(Locale.ROOT) + ".";
    }
}
