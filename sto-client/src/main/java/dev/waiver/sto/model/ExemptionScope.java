package dev.waiver.sto.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * The level at which an exemption applies: an exemption's {@code scope}, the entries of
 * {@code canApproveFor}, a history event's {@code scope}.
 *
 * <p>An open enumeration: a value Harness adds later is kept as is ({@link #isKnown()} is then
 * {@code false}) and never makes a call fail.
 */
public final class ExemptionScope extends OpenEnum<ExemptionScope> {

    /** The whole account. */
    public static final ExemptionScope ACCOUNT = known(ExemptionScope.class, new ExemptionScope("ACCOUNT"));
    /** One organization. */
    public static final ExemptionScope ORG = known(ExemptionScope.class, new ExemptionScope("ORG"));
    /** One project. */
    public static final ExemptionScope PROJECT = known(ExemptionScope.class, new ExemptionScope("PROJECT"));
    /** One pipeline of a project. */
    public static final ExemptionScope PIPELINE = known(ExemptionScope.class, new ExemptionScope("PIPELINE"));
    /** One scan target of a project. */
    public static final ExemptionScope TARGET = known(ExemptionScope.class, new ExemptionScope("TARGET"));

    private ExemptionScope(String value) {
        super(value);
    }

    /**
     * @param value the wire text, for example {@code PROJECT}
     * @return the known constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    @JsonCreator
    public static ExemptionScope of(String value) {
        return fromValue(ExemptionScope.class, value, ExemptionScope::new);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static Collection<ExemptionScope> values() {
        return knownValues(ExemptionScope.class);
    }
}
