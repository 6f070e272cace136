package dev.waiver.testkit;

import dev.waiver.testkit.internal.VendorWiring;

/** The HAR fake. */
public final class HarFake extends VendorFake<HarFake.Operation> {

    /** The HAR operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** List. */
        LIST("har.list");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    HarFake(VendorWiring wiring) {
        super(wiring);
    }
}
