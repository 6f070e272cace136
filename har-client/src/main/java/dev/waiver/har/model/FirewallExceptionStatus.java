package dev.waiver.har.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.waiver.core.OpenEnum;
import java.util.Collection;

/**
 * Where a firewall exception stands. Open: a status Harness adds later is kept as it is (see
 * {@link #isKnown()}) and never makes a call fail.
 */
public final class FirewallExceptionStatus extends OpenEnum<FirewallExceptionStatus> {

    /** Requested and waiting for a decision; the only status in which the exception may be updated. */
    public static final FirewallExceptionStatus PENDING = known(FirewallExceptionStatus.class,
            new FirewallExceptionStatus("PENDING"));
    /** Approved and in force until it expires. */
    public static final FirewallExceptionStatus APPROVED = known(FirewallExceptionStatus.class,
            new FirewallExceptionStatus("APPROVED"));
    /** Rejected by an approver. */
    public static final FirewallExceptionStatus REJECTED = known(FirewallExceptionStatus.class,
            new FirewallExceptionStatus("REJECTED"));
    /** Approved once, and past its expiry. */
    public static final FirewallExceptionStatus EXPIRED = known(FirewallExceptionStatus.class,
            new FirewallExceptionStatus("EXPIRED"));

    private FirewallExceptionStatus(String value) {
        super(value);
    }

    /**
     * The status for a wire value, known or not.
     *
     * @param value the exact wire text; {@code null} gives {@code null}
     * @return the matching constant, or a new value holding unknown text
     */
    @JsonCreator
    public static FirewallExceptionStatus of(String value) {
        return fromValue(FirewallExceptionStatus.class, value, FirewallExceptionStatus::new);
    }

    /** @return the statuses this SDK version knows, in declaration order */
    public static Collection<FirewallExceptionStatus> values() {
        return knownValues(FirewallExceptionStatus.class);
    }
}
