package dev.waiver.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which call of which vendor API a request made: the vendor ({@code sto}, {@code har},
 * {@code iacm}, {@code qualys}) and the operation's name as the vendor's description calls it
 * (the OpenAPI {@code operationId} for the Harness APIs, for example {@code createExemption}; the
 * {@code action} for Qualys, for example {@code update}).
 *
 * <p>Carried by every {@link WaiverException} a call throws ({@link WaiverException#operation()}),
 * so a failure logged far from the call site still says what was attempted. Immutable,
 * serializable.
 */
public final class Operation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String vendor;
    private final String name;

    private Operation(String vendor, String name) {
        this.vendor = requireText(vendor, "vendor");
        this.name = requireText(name, "name");
    }

    /**
     * Names an operation.
     *
     * @param vendor the vendor's short name, for example {@code sto}
     * @param name   the operation's name in the vendor's description, for example {@code createExemption}
     * @return the operation
     * @throws IllegalArgumentException if either is {@code null} or blank
     */
    public static Operation of(String vendor, String name) {
        return new Operation(vendor, name);
    }

    /** @return the vendor's short name, for example {@code sto} */
    public String vendor() {
        return vendor;
    }

    /** @return the operation's name in the vendor's description, for example {@code createExemption} */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operation other && vendor.equals(other.vendor) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vendor, name);
    }

    /** @return {@code vendor.name}, for example {@code sto.createExemption} */
    @Override
    public String toString() {
        return vendor + "." + name;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Operation." + what + " is required and must not be blank");
        }
        return value;
    }
}
