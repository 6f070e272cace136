package dev.waiver.cli.render;

import dev.waiver.acceptances.AcceptanceState;
import dev.waiver.acceptances.RegisterSnapshot;
import dev.waiver.acceptances.RiskAcceptance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The register as printed: the ACTIVE acceptances of a snapshot, in its order (by expiry), each
 * flagged against "now" and the {@code --days} window. Failed vendors stay visible through
 * {@link #snapshot()}.
 */
public final class RegisterView {

    private final RegisterSnapshot snapshot;
    private final Instant now;
    private final int windowDays;
    private final List<RegisterRow> rows;

    /**
     * @param snapshot   what was read
     * @param now        the current time the flags are computed against
     * @param windowDays the "expiring soon" window in days, 0 or more
     * @throws IllegalArgumentException when {@code windowDays} is negative
     */
    public RegisterView(RegisterSnapshot snapshot, Instant now, int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the window must be 0 days or more, was " + windowDays);
        }
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.now = Objects.requireNonNull(now, "now");
        this.windowDays = windowDays;
        Instant horizon = now.plus(Duration.ofDays(windowDays));
        this.rows = snapshot.acceptances().stream()
                .filter(a -> a.state() == AcceptanceState.ACTIVE)
                .map(a -> new RegisterRow(a, flag(a, now, horizon)))
                .toList();
    }

    private static RowFlag flag(RiskAcceptance a, Instant now, Instant horizon) {
        if (a.expires().isEmpty()) {
            return RowFlag.NEVER_EXPIRES;
        }
        Instant expires = a.expires().get();
        if (!expires.isAfter(now)) {
            return RowFlag.EXPIRED_BUT_ACTIVE;
        }
        return expires.isAfter(horizon) ? RowFlag.NONE : RowFlag.EXPIRING_SOON;
    }

    /** @return what was read, failures included */
    public RegisterSnapshot snapshot() {
        return snapshot;
    }

    /** @return the time the flags are computed against */
    public Instant now() {
        return now;
    }

    /** @return today's date in UTC */
    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** @return the "expiring soon" window in days */
    public int windowDays() {
        return windowDays;
    }

    /** @return the active acceptances, in snapshot order, flagged */
    public List<RegisterRow> rows() {
        return rows;
    }

    /** @return whether any row expires within the window or has expired while active */
    public boolean needsAttention() {
        return rows.stream().anyMatch(r -> r.flag().needsAttention());
    }
}
