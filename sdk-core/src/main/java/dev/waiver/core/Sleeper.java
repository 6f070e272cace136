package dev.waiver.core;

import java.time.Duration;

/**
 * Waits between retry attempts. The seam that lets tests run retries without real sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks for the given time.
     *
     * @param duration how long to wait; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The real sleeper, backed by {@link Thread#sleep(long)}.
     *
     * @return a sleeper that really waits
     */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis());
            }
        };
    }
}
