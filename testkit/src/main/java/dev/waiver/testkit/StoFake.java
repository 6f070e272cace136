package dev.waiver.testkit;

import dev.waiver.testkit.internal.VendorWiring;

/** The STO fake. */
public final class StoFake extends VendorFake<StoFake.Operation> {

    /** The STO operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** List. */
        LIST("sto.list");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    StoFake(VendorWiring wiring) {
        super(wiring);
    }
}
