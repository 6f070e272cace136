package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Qualys answered to {@code update} or {@code delete} ({@code BATCH_RETURN}): one or more
 * batches, each with Qualys' text and the exception numbers it covered. Immutable.
 *
 * @param datetime when Qualys answered, or {@code null} if the answer did not say
 * @param batches  the batches in answer order
 */
public record BatchResult(Instant datetime, List<Batch> batches) {

    /**
     * One batch of the answer.
     *
     * @param text    Qualys' text, for example {@code Successfully Updated}
     * @param code    Qualys' code when the batch failed, or {@code null}
     * @param numbers the exception numbers the batch covered, or {@code null} if it listed none
     */
    public record Batch(String text, String code, ExceptionNumbers numbers) {

        /** @return the code Qualys gave this batch, present when the batch failed */
        public Optional<String> codeIfFailed() {
            return Optional.ofNullable(code);
        }

        /** @return the numbers and ranges the batch covered, if it listed any */
        public Optional<ExceptionNumbers> numbersIfListed() {
            return Optional.ofNullable(numbers);
        }

        /** @return {@code true} if Qualys gave the batch an error code */
        public boolean failed() {
            return code != null;
        }
    }

    /**
     * @param datetime when Qualys answered, or {@code null}
     * @param batches  the batches
     */
    public BatchResult {
        batches = List.copyOf(Objects.requireNonNull(batches, "batches"));
    }

    /** @return when Qualys answered, if it said */
    public Optional<Instant> datetimeIfKnown() {
        return Optional.ofNullable(datetime);
    }

    /** @return the batches that carry an error code (a partial failure), possibly none */
    public List<Batch> failedBatches() {
        return batches.stream().filter(Batch::failed).toList();
    }

    /** @return the first batch's text, or an empty string when there is no batch */
    public String text() {
        return batches.isEmpty() ? "" : batches.get(0).text();
    }
}
