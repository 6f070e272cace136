package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Qualys answered to {@code create} (its {@code request} action): a {@code SIMPLE_RETURN}
 * whose {@code TEXT} says what happened ({@code Exception created successfully}) and whose
 * {@code EXCEPTION_NUMBER} item numbers the new exception. On API v3.0 a request naming hosts by
 * tags may create several exceptions, so the numbers are a set; pass them straight to
 * {@code approve}, {@code reject}, {@code update} or {@code delete}. Immutable.
 */
public final class CreatedExceptions {

    private final Instant datetime;
    private final String text;
    private final ExceptionNumbers exceptionNumbers;

    private CreatedExceptions(Instant datetime, String text, ExceptionNumbers exceptionNumbers) {
        this.datetime = datetime;
        this.text = text == null ? "" : text;
        this.exceptionNumbers = Objects.requireNonNull(exceptionNumbers, "exceptionNumbers");
    }

    /**
     * @param datetime         when Qualys answered ({@code DATETIME}), or {@code null} if unreadable
     * @param text             Qualys' text ({@code TEXT}), {@code null} read as empty
     * @param exceptionNumbers the numbers of the exceptions created ({@code EXCEPTION_NUMBER})
     * @return the result (for the SDK's reader and for tests)
     */
    public static CreatedExceptions of(Instant datetime, String text, ExceptionNumbers exceptionNumbers) {
        return new CreatedExceptions(datetime, text, exceptionNumbers);
    }

    /** @return when Qualys answered ({@code DATETIME}), if the answer said in a readable form */
    public Optional<Instant> datetime() {
        return Optional.ofNullable(datetime);
    }

    /** @return Qualys' text ({@code TEXT}), for example {@code Exception created successfully} */
    public String text() {
        return text;
    }

    /** @return the numbers of the exceptions created ({@code EXCEPTION_NUMBER}); never empty */
    public ExceptionNumbers exceptionNumbers() {
        return exceptionNumbers;
    }

    /**
     * @return the first exception number: the only one when the request named one host
     *         ({@code hostId}), the first Qualys listed when a v3.0 tag set created several
     */
    public long firstExceptionNumber() {
        return exceptionNumbers.spans().get(0).first();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreatedExceptions c && Objects.equals(datetime, c.datetime) && text.equals(c.text)
                && exceptionNumbers.equals(c.exceptionNumbers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(datetime, text, exceptionNumbers);
    }

    @Override
    public String toString() {
        return "CreatedExceptions{exceptionNumbers=" + exceptionNumbers + ", text=" + text + ", datetime=" + datetime + '}';
    }
}
