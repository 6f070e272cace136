package dev.waiver.sto.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * Where an exemption stands in its review: {@code status} of an exemption or of a history event,
 * and {@code exemptionStatusAtScan}.
 *
 * <p>An open enumeration: a value Harness adds later is kept as is ({@link #isKnown()} is then
 * {@code false}) and never makes a call fail.
 */
public final class ExemptionStatus extends OpenEnum<ExemptionStatus> {

    /** Requested and waiting for review. */
    public static final ExemptionStatus PENDING = known(ExemptionStatus.class, new ExemptionStatus("Pending"));
    /** Approved: the issue is exempted. */
    public static final ExemptionStatus APPROVED = known(ExemptionStatus.class, new ExemptionStatus("Approved"));
    /** Rejected by a reviewer. */
    public static final ExemptionStatus REJECTED = known(ExemptionStatus.class, new ExemptionStatus("Rejected"));
    /** Past its expiration. */
    public static final ExemptionStatus EXPIRED = known(ExemptionStatus.class, new ExemptionStatus("Expired"));
    /** Withdrawn by the requester. */
    public static final ExemptionStatus CANCELED = known(ExemptionStatus.class, new ExemptionStatus("Canceled"));

    private ExemptionStatus(String value) {
        super(value);
    }

    /**
     * @param value the wire text, for example {@code Pending}
     * @return the known constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    @JsonCreator
    public static ExemptionStatus of(String value) {
        return fromValue(ExemptionStatus.class, value, ExemptionStatus::new);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static Collection<ExemptionStatus> values() {
        return knownValues(ExemptionStatus.class);
    }
}
