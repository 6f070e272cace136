package dev.waiver.testkit.internal.qualys;

import dev.waiver.testkit.QualysExceptionRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The fake's exceptions, by number, ascending. Thread-safe: every method holds the store's lock,
 * so a change and the records it reads are one step. A number once given is never given again
 * (Qualys numbers only grow), even after a delete.
 */
public final class ExceptionStore {

    private final NavigableMap<Long, QualysExceptionRecord> records = new TreeMap<>();
    private long lastNumber;

    /**
     * Adds a record, numbering it when its number is 0.
     *
     * @param record the record (number 0: the next free number)
     * @return the stored record, with its number
     * @throws IllegalArgumentException if the number is taken
     */
    public synchronized QualysExceptionRecord add(QualysExceptionRecord.Builder record) {
        QualysExceptionRecord r = record.build();
        long number = r.number() == 0 ? lastNumber + 1 : r.number();
        if (number < 0 || records.containsKey(number)) {
            throw new IllegalArgumentException("exception number " + number + " is taken or negative");
        }
        QualysExceptionRecord stored = number == r.number() ? r : r.toBuilder().number(number).build();
        records.put(number, stored);
        lastNumber = Math.max(lastNumber, number);
        return stored;
    }

    /**
     * @param number an exception number
     * @return the record, if present
     */
    public synchronized Optional<QualysExceptionRecord> get(long number) {
        return Optional.ofNullable(records.get(number));
    }

    /**
     * Replaces a record by a changed copy.
     *
     * @param number the exception number
     * @param change the change
     * @return whether the record existed
     */
    public synchronized boolean update(long number, UnaryOperator<QualysExceptionRecord> change) {
        QualysExceptionRecord r = records.get(number);
        if (r == null) {
            return false;
        }
        records.put(number, change.apply(r));
        return true;
    }

    /**
     * @param number the exception number
     * @return whether the record existed
     */
    public synchronized boolean delete(long number) {
        return records.remove(number) != null;
    }

    /**
     * One batch of a list: the first {@code limit + 1} matching records numbered at least
     * {@code fromNumber}, ascending (the extra one says whether the list goes on).
     *
     * @param fromNumber the smallest number to consider
     * @param limit      the batch size
     * @param filter     the filter
     * @return up to {@code limit + 1} records
     */
    public synchronized List<QualysExceptionRecord> batch(long fromNumber, int limit,
                                                          Predicate<QualysExceptionRecord> filter) {
        List<QualysExceptionRecord> out = new ArrayList<>();
        for (QualysExceptionRecord r : records.tailMap(fromNumber, true).values()) {
            if (filter.test(r)) {
                out.add(r);
                if (out.size() > limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** @return every record, ascending */
    public synchronized List<QualysExceptionRecord> all() {
        return List.copyOf(records.values());
    }

    /** @return how many records exist */
    public synchronized int size() {
        return records.size();
    }

    /** Removes every record and starts numbering again at 1. */
    public synchronized void reset() {
        records.clear();
        lastNumber = 0;
    }
}
