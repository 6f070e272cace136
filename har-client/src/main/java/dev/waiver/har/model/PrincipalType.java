package dev.waiver.har.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/** What kind of principal acted on an exception. Open: unknown kinds are kept as they are. */
public final class PrincipalType extends OpenEnum<PrincipalType> {

    /** A person. */
    public static final PrincipalType USER = known(PrincipalType.class, new PrincipalType("user"));
    /** A Harness service acting on its own. */
    public static final PrincipalType SERVICE = known(PrincipalType.class, new PrincipalType("service"));
    /** A service account (API key or token holder). */
    public static final PrincipalType SERVICE_ACCOUNT = known(PrincipalType.class, new PrincipalType("service_account"));

    private PrincipalType(String value) {
        super(value);
    }

    /**
     * The principal type for a wire value, known or not.
     *
     * @param value the exact wire text; {@code null} gives {@code null}
     * @return the matching constant, or a new value holding unknown text
     */
    @JsonCreator
    public static PrincipalType of(String value) {
        return fromValue(PrincipalType.class, value, PrincipalType::new);
    }

    /** @return the principal types this SDK version knows, in declaration order */
    public static Collection<PrincipalType> values() {
        return knownValues(PrincipalType.class);
    }
}
