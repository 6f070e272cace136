package dev.waiver.testkit.internal;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.waiver.testkit.FakeFault;
import dev.waiver.testkit.TestClock;
import java.util.Optional;
import java.util.function.Supplier;

/** What every vendor backend shares: the test's clock and the fault registry. */
public final class FakeContext {

    private final TestClock clock;
    private final Faults faults;

    /**
     * @param clock  the clock the fakes read
     * @param faults the fault registry
     */
    public FakeContext(TestClock clock, Faults faults) {
        this.clock = clock;
        this.faults = faults;
    }

    /** @return the clock the fakes read */
    public TestClock clock() {
        return clock;
    }

    /** @return the fault registry */
    public Faults faults() {
        return faults;
    }

    /**
     * Performs one operation unless a fault is armed for it: a status fault is answered in the
     * vendor's shape (plus the fault's extra headers) without touching state; a connection reset
     * answers nothing; a slow body performs the operation and sends its answer slowly.
     *
     * @param operation the operation name, for example {@code "sto.create"}
     * @param errors    how the vendor writes a canned error
     * @param action    the operation itself
     * @return the answer
     */
    public ResponseDefinition perform(String operation, VendorErrors errors, Supplier<ResponseDefinition> action) {
        Optional<FakeFault> armed = faults.next(operation);
        if (armed.isEmpty()) {
            return action.get();
        }
        FakeFault fault = armed.get();
        switch (fault.kind()) {
            case CONNECTION_RESET:
                return Answers.connectionReset();
            case RECORD_THEN_RESET:
                action.get();
                return Answers.connectionReset();
            case SLOW_BODY:
                return Answers.slow(action.get(), fault.slowness().orElseThrow());
            default:
                return Answers.withHeaders(errors.render(fault), fault.headers());
        }
    }
}
