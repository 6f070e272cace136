package dev.waiver.sto.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * The level at which an exemption applies: the account, an organization, a project, a pipeline or
 * a scan target. The type of an exemption's {@code scope}, of the entries of {@code canApproveFor}
 * and of a history event's {@code scope}.
 *
 * <p>An open enumeration: a value Harness adds later is kept as is ({@link #isKnown()} is then
 * {@code false}) and never makes a call fail.
 */
public final class ExemptionScopeLevel extends OpenEnum<ExemptionScopeLevel> {

    /** The whole account. */
    public static final ExemptionScopeLevel ACCOUNT =
            known(ExemptionScopeLevel.class, new ExemptionScopeLevel("ACCOUNT"));
    /** One organization. */
    public static final ExemptionScopeLevel ORG =
            known(ExemptionScopeLevel.class, new ExemptionScopeLevel("ORG"));
    /** One project. */
    public static final ExemptionScopeLevel PROJECT =
            known(ExemptionScopeLevel.class, new ExemptionScopeLevel("PROJECT"));
    /** One pipeline of a project. */
    public static final ExemptionScopeLevel PIPELINE =
            known(ExemptionScopeLevel.class, new ExemptionScopeLevel("PIPELINE"));
    /** One scan target of a project. */
    public static final ExemptionScopeLevel TARGET =
            known(ExemptionScopeLevel.class, new ExemptionScopeLevel("TARGET"));

    private ExemptionScopeLevel(String value) {
        super(value);
    }

    /**
     * @param value the wire text, for example {@code PROJECT}
     * @return the known constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    @JsonCreator
    public static ExemptionScopeLevel of(String value) {
        return fromValue(ExemptionScopeLevel.class, value, ExemptionScopeLevel::new);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static Collection<ExemptionScopeLevel> values() {
        return knownValues(ExemptionScopeLevel.class);
    }
}
