package dev.waiver.core.testing;

import dev.waiver.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that never sleeps and remembers every wait it was asked for. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }

    /** @return the waits asked for, in order */
    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
