package dev.waiver.core.testing;

import dev.waiver.core.RetryPolicy;

/** Retry policies for tests: real decisions, no real sleeping. */
public final class TestRetries {

    private TestRetries() {
    }

    /**
     * @param sleeper records the waits
     * @return the default policy with a recording sleeper and jitter fixed at its maximum
     */
    public static RetryPolicy recording(RecordingSleeper sleeper) {
        return RetryPolicy.builder().sleeper(sleeper).jitter(() -> 1.0).build();
    }

    /** @return the default policy, never sleeping */
    public static RetryPolicy noSleep() {
        return recording(new RecordingSleeper());
    }
}
