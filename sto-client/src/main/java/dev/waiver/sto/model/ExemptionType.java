package dev.waiver.sto.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * Why an issue is exempted: an exemption's {@code type}, a history event's {@code reasonType}.
 * The wire text is Harness' label, for example {@code False Positive}.
 *
 * <p>An open enumeration: a value Harness adds later is kept as is ({@link #isKnown()} is then
 * {@code false}) and never makes a call fail.
 */
public final class ExemptionType extends OpenEnum<ExemptionType> {

    /** Other controls make up for the issue. */
    public static final ExemptionType COMPENSATING_CONTROLS =
            known(ExemptionType.class, new ExemptionType("Compensating Controls"));
    /** The flagged use is acceptable. */
    public static final ExemptionType ACCEPTABLE_USE = known(ExemptionType.class, new ExemptionType("Acceptable Use"));
    /** The risk is accepted. */
    public static final ExemptionType ACCEPTABLE_RISK = known(ExemptionType.class, new ExemptionType("Acceptable Risk"));
    /** The scanner was wrong. */
    public static final ExemptionType FALSE_POSITIVE = known(ExemptionType.class, new ExemptionType("False Positive"));
    /** No fix exists yet. */
    public static final ExemptionType FIX_UNAVAILABLE = known(ExemptionType.class, new ExemptionType("Fix Unavailable"));
    /** Any other reason. */
    public static final ExemptionType OTHER = known(ExemptionType.class, new ExemptionType("Other"));

    private ExemptionType(String value) {
        super(value);
    }

    /**
     * @param value the wire text, for example {@code False Positive}
     * @return the known constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    @JsonCreator
    public static ExemptionType of(String value) {
        return fromValue(ExemptionType.class, value, ExemptionType::new);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static Collection<ExemptionType> values() {
        return knownValues(ExemptionType.class);
    }
}
