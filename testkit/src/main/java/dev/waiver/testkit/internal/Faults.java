package dev.waiver.testkit.internal;

import dev.waiver.testkit.FakeFault;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fault registry: for each operation name, the faults its next calls give, in order. Thread-safe.
 */
public final class Faults {

    private final Map<String, Deque<FakeFault>> armed = new HashMap<>();

    /**
     * Makes the next {@code times} calls of an operation give a fault (after any already armed).
     *
     * @param operation the operation name, for example {@code "sto.create"}
     * @param times     how many calls, at least 1
     * @param fault     the fault
     */
    public synchronized void arm(String operation, int times, FakeFault fault) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fault, "fault");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        Deque<FakeFault> queue = armed.computeIfAbsent(operation, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.addLast(fault);
        }
    }

    /**
     * Takes the fault the current call of an operation gives, if one is armed.
     *
     * @param operation the operation name
     * @return the fault, consumed
     */
    public synchronized Optional<FakeFault> next(String operation) {
        Deque<FakeFault> queue = armed.get(operation);
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        FakeFault f = queue.pollFirst();
        if (queue.isEmpty()) {
            armed.remove(operation);
        }
        return Optional.of(f);
    }

    /**
     * @param operation the operation name
     * @return how many faults are still armed for it
     */
    public synchronized int pending(String operation) {
        Deque<FakeFault> queue = armed.get(operation);
        return queue == null ? 0 : queue.size();
    }

    /**
     * Disarms every fault of the operations whose name starts with the prefix.
     *
     * @param prefix for example {@code "sto."}; empty for all
     */
    public synchronized void clear(String prefix) {
        armed.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
