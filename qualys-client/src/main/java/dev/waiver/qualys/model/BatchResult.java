package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Qualys answered to {@code update}, {@code approve}, {@code reject} or {@code delete}
 * ({@code BATCH_RETURN}): one or more batches, each with Qualys' text and the exception numbers it
 * covered. Immutable.
 */
public final class BatchResult {

    private final Instant datetime;
    private final List<Batch> batches;

    private BatchResult(Instant datetime, List<Batch> batches) {
        this.datetime = datetime;
        this.batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
    }

    /**
     * @param datetime when Qualys answered ({@code DATETIME}), or {@code null} if the answer did not say
     * @param batches  the batches in answer order
     * @return the result (for the SDK's reader and for tests)
     */
    public static BatchResult of(Instant datetime, List<Batch> batches) {
        return new BatchResult(datetime, batches);
    }

    /** @return when Qualys answered ({@code DATETIME}), if the answer said in a readable form */
    public Optional<Instant> datetime() {
        return Optional.ofNullable(datetime);
    }

    /** @return the batches in answer order, possibly none; unmodifiable */
    public List<Batch> batches() {
        return batches;
    }

    /** @return the batches that carry an error code (a partial failure), possibly none */
    public List<Batch> failedBatches() {
        return batches.stream().filter(Batch::failed).toList();
    }

    /** @return the first batch's text, or an empty string when there is no batch */
    public String text() {
        return batches.isEmpty() ? "" : batches.get(0).text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchResult r && Objects.equals(datetime, r.datetime) && batches.equals(r.batches);
    }

    @Override
    public int hashCode() {
        return Objects.hash(datetime, batches);
    }

    @Override
    public String toString() {
        return "BatchResult{datetime=" + datetime + ", batches=" + batches + '}';
    }

    /** One batch of the answer ({@code BATCH}). Immutable. */
    public static final class Batch {

        private final String text;
        private final String code;
        private final ExceptionNumbers numbers;

        private Batch(String text, String code, ExceptionNumbers numbers) {
            this.text = text == null ? "" : text;
            this.code = code;
            this.numbers = numbers;
        }

        /**
         * @param text    Qualys' text ({@code TEXT}), {@code null} read as empty
         * @param code    Qualys' code ({@code CODE}) when the batch failed, or {@code null}
         * @param numbers the exception numbers the batch covered ({@code NUMBER_SET}), or {@code null} if none
         * @return the batch (for the SDK's reader and for tests)
         */
        public static Batch of(String text, String code, ExceptionNumbers numbers) {
            return new Batch(text, code, numbers);
        }

        /** @return Qualys' text ({@code TEXT}), for example {@code Successfully Updated}; empty if it gave none */
        public String text() {
            return text;
        }

        /** @return the code Qualys gave this batch ({@code CODE}), present when the batch failed */
        public Optional<String> code() {
            return Optional.ofNullable(code);
        }

        /** @return the numbers and ranges the batch covered ({@code NUMBER_SET}), if it listed any */
        public Optional<ExceptionNumbers> numbers() {
            return Optional.ofNullable(numbers);
        }

        /** @return {@code true} if Qualys gave the batch an error code */
        public boolean failed() {
            return code != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Batch b && text.equals(b.text) && Objects.equals(code, b.code)
                    && Objects.equals(numbers, b.numbers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, code, numbers);
        }

        @Override
        public String toString() {
            return "Batch{text=" + text + ", code=" + code + ", numbers=" + numbers + '}';
        }
    }
}
