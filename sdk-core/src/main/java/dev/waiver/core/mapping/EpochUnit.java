package dev.waiver.core.mapping;

import java.time.Instant;

/**
 * The unit in which a vendor writes timestamps as numbers. Users only ever see
 * {@link Instant}; the unit is the SDK's concern.
 */
public enum EpochUnit {
    /** Unix seconds (Harness STO). */
    SECONDS {
        @Override
        public Instant toInstant(long value) {
            return Instant.ofEpochSecond(value);
        }

        @Override
        public long fromInstant(Instant instant) {
            return instant.getEpochSecond();
        }
    },
    /** Unix milliseconds (Harness HAR and IaCM). */
    MILLISECONDS {
        @Override
        public Instant toInstant(long value) {
            return Instant.ofEpochMilli(value);
        }

        @Override
        public long fromInstant(Instant instant) {
            return instant.toEpochMilli();
        }
    };

    /**
     * @param value a number in this unit
     * @return the instant it denotes
     */
    public abstract Instant toInstant(long value);

    /**
     * @param instant an instant
     * @return the number that denotes it in this unit (truncated)
     */
    public abstract long fromInstant(Instant instant);
}
