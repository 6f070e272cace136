package dev.waiver.testkit.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Makes record identifiers: a fixed prefix and a counter, so runs are repeatable. */
public final class Ids {

    private final String prefix;
    private final int width;
    private final AtomicLong next = new AtomicLong(1);

    /**
     * @param prefix the identifiers' prefix
     * @param length the identifiers' total length (the counter is zero-padded to fill it)
     */
    public Ids(String prefix, int length) {
        this.prefix = prefix;
        this.width = length - prefix.length();
    }

    /** @return the next identifier */
    public String next() {
        String n = Long.toString(next.getAndIncrement());
        return prefix + "0".repeat(Math.max(0, width - n.length())) + n;
    }

    /** Starts counting from 1 again. */
    public void reset() {
        next.set(1);
    }
}
