package dev.waiver.examples.register;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Gathers the active risk acceptances of several services into one list, sorted by expiry (those
 * that never expire last), each flagged when it expires within the window or has already expired
 * while still active.
 */
public final class RiskRegister {

    private static final Comparator<RiskEntry> BY_EXPIRY = Comparator
            .comparing(RiskEntry::expires, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RiskEntry::vendor)
            .thenComparing(RiskEntry::id);

    private final List<RiskRow> rows;

    private RiskRegister(List<RiskRow> rows) {
        this.rows = rows;
    }

    /**
     * Reads every source and builds the register.
     *
     * @param sources    the services to read
     * @param now        the current time
     * @param windowDays the "expiring soon" window in days, at least 0
     * @return the register
     */
    public static RiskRegister build(List<RiskSource> sources, Instant now, int windowDays) {
        Objects.requireNonNull(now, "now");
        if (windowDays < 0) {
            throw new IllegalArgumentException("--days must be 0 or more, was " + windowDays);
        }
        Instant horizon = now.plus(Duration.ofDays(windowDays));
        List<RiskRow> rows = sources.stream()
                .flatMap(RiskSource::activeEntries)
                .sorted(BY_EXPIRY)
                .map(e -> new RiskRow(e, flag(e, now, horizon)))
                .toList();
        return new RiskRegister(rows);
    }

    private static RiskFlag flag(RiskEntry e, Instant now, Instant horizon) {
        if (e.expires() == null) {
            return RiskFlag.NONE;
        }
        if (!e.expires().isAfter(now)) {
            return RiskFlag.EXPIRED_STILL_ACTIVE;
        }
        return e.expires().isAfter(horizon) ? RiskFlag.NONE : RiskFlag.EXPIRING;
    }

    /** @return the rows, sorted by expiry */
    public List<RiskRow> rows() {
        return rows;
    }

    /** @return the rows as a stream */
    public Stream<RiskRow> stream() {
        return rows.stream();
    }

    /** @return whether any row expires within the window or has already expired */
    public boolean needsAttention() {
        return rows.stream().anyMatch(r -> r.flag() != RiskFlag.NONE);
    }
}
