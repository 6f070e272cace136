package dev.waiver.testkit;

import dev.waiver.testkit.internal.VendorWiring;

/** The IACM fake. */
public final class IacmFake extends VendorFake<IacmFake.Operation> {

    /** The IACM operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** List. */
        LIST("iacm.list");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    IacmFake(VendorWiring wiring) {
        super(wiring);
    }
}
