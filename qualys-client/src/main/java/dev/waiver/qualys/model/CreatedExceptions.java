package dev.waiver.qualys.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Qualys answered to {@code create} (its {@code request} action): a {@code SIMPLE_RETURN}
 * whose {@code TEXT} says what happened ({@code Exception created successfully}) and whose
 * {@code EXCEPTION_NUMBER} item numbers the new exception. On API v3.0 a request naming hosts by
 * tags may create several exceptions, so the numbers are a set; pass them straight to
 * {@code approve}, {@code reject}, {@code update} or {@code delete}.
 *
 * <p>A create whose answer was lost and whose exception the SDK then found (a safe create, see
 * {@code ComplianceExceptions.create}) is {@link #recovered()}: it carries that exception's number,
 * an empty {@link #text()} and no {@link #datetime()}, since Qualys' answer never arrived. Immutable.
 */
public final class CreatedExceptions {

    private final Instant datetime;
    private final String text;
    private final ExceptionNumbers exceptionNumbers;
    private final boolean recovered;

    private CreatedExceptions(Instant datetime, String text, ExceptionNumbers exceptionNumbers, boolean recovered) {
        this.datetime = datetime;
        this.text = text == null ? "" : text;
        this.exceptionNumbers = Objects.requireNonNull(exceptionNumbers, "exceptionNumbers");
        this.recovered = recovered;
    }

    /**
     * @param datetime         when Qualys answered ({@code DATETIME}), or {@code null} if unreadable
     * @param text             Qualys' text ({@code TEXT}), {@code null} read as empty
     * @param exceptionNumbers the numbers of the exceptions created ({@code EXCEPTION_NUMBER})
     * @return the result (for the SDK's reader and for tests)
     */
    public static CreatedExceptions of(Instant datetime, String text, ExceptionNumbers exceptionNumbers) {
        return new CreatedExceptions(datetime, text, exceptionNumbers, false);
    }

    /**
     * The result of a safe create that found the exception its lost create made: no {@code DATETIME},
     * an empty text, {@link #recovered()} {@code true}.
     *
     * @param exceptionNumbers the number of the exception found
     * @return the result (for the SDK and for tests)
     */
    public static CreatedExceptions ofRecovered(ExceptionNumbers exceptionNumbers) {
        return new CreatedExceptions(null, "", exceptionNumbers, true);
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

    /**
     * @return {@code true} when Qualys' answer to the create was lost and the SDK found the exception
     *         it made by listing (a safe create); {@code false} for Qualys' own answer
     */
    public boolean recovered() {
        return recovered;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreatedExceptions c && Objects.equals(datetime, c.datetime) && text.equals(c.text)
                && exceptionNumbers.equals(c.exceptionNumbers) && recovered == c.recovered;
    }

    @Override
    public int hashCode() {
        return Objects.hash(datetime, text, exceptionNumbers, recovered);
    }

    @Override
    public String toString() {
        return "CreatedExceptions{exceptionNumbers=" + exceptionNumbers + ", text=" + text + ", datetime=" + datetime
                + ", recovered=" + recovered + '}';
    }
}
