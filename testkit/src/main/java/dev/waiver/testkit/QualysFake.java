package dev.waiver.testkit;

import dev.waiver.testkit.internal.VendorWiring;

/**
 * The Qualys Policy Compliance exceptions fake.
 *
 * <p>PLACEHOLDER owned by the Qualys helper (branch wt-tkqualys), who replaces this file and
 * {@code dev.waiver.testkit.internal.qualys}: keep the package-private constructor taking a
 * {@link VendorWiring} and the nested {@link Operation} enum's role (operation names start with
 * {@code "qualys."}).
 */
public final class QualysFake extends VendorFake<QualysFake.Operation> {

    /** The Qualys operations, for {@link #failNext}. */
    public enum Operation implements FakeOperation {
        /** {@code action=list}. */
        LIST("qualys.list");

        private final String name;

        Operation(String name) {
            this.name = name;
        }

        @Override
        public String operationName() {
            return name;
        }
    }

    QualysFake(VendorWiring wiring) {
        super(wiring);
    }
}
