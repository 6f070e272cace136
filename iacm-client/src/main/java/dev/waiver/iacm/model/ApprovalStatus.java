package dev.waiver.iacm.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * Where an IaCM approval stands: {@link #PENDING}, {@link #APPROVED} or {@link #REJECTED}.
 *
 * <p>An open enumeration: a status Harness adds later is kept as is ({@link #isKnown()} is then
 * {@code false}), readable through {@link #value()}, and sent back unchanged; it never makes a
 * call fail. Compare with {@code equals} or against the constants.
 */
public final class ApprovalStatus extends OpenEnum<ApprovalStatus> {

    /** Waiting for someone to approve or reject it; the pipeline stage is held. */
    public static final ApprovalStatus PENDING = known(ApprovalStatus.class, new ApprovalStatus("pending"));

    /** Approved: the pipeline stage may go on. */
    public static final ApprovalStatus APPROVED = known(ApprovalStatus.class, new ApprovalStatus("approved"));

    /** Rejected: the pipeline stage does not go on. */
    public static final ApprovalStatus REJECTED = known(ApprovalStatus.class, new ApprovalStatus("rejected"));

    private ApprovalStatus(String value) {
        super(value);
    }

    /**
     * The status for a wire value, known or not.
     *
     * @param value the exact text Harness uses, for example {@code pending}
     * @return the matching constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    @JsonCreator
    public static ApprovalStatus of(String value) {
        return fromValue(ApprovalStatus.class, value, ApprovalStatus::new);
    }

    /** @return the statuses this SDK version knows, in declaration order */
    public static Collection<ApprovalStatus> values() {
        return knownValues(ApprovalStatus.class);
    }
}
