package dev.waiver.qualys.model;

import dev.waiver.core.OpenEnum;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The status of a compliance exception. Open: a status Qualys adds later is kept and readable.
 *
 * <p>Qualys spells statuses in lower case in {@code list} filters and capitalised in {@code update}
 * and in its answers; the SDK sends each spelling where it belongs, and {@link #of(String)} reads
 * either.
 */
public final class ExceptionStatus extends OpenEnum<ExceptionStatus> {

    /** Waiting for approval. */
    public static final ExceptionStatus PENDING = known(ExceptionStatus.class, new ExceptionStatus("Pending"));
    /** Approved: the control counts as passed (with an exception) until the end date. */
    public static final ExceptionStatus APPROVED = known(ExceptionStatus.class, new ExceptionStatus("Approved"));
    /** Rejected. */
    public static final ExceptionStatus REJECTED = known(ExceptionStatus.class, new ExceptionStatus("Rejected"));
    /** The end date passed. Only Qualys sets it; {@code update} cannot. */
    public static final ExceptionStatus EXPIRED = known(ExceptionStatus.class, new ExceptionStatus("Expired"));

    /** The known values, for a case-insensitive match without building a list per record. */
    private static final List<ExceptionStatus> KNOWN_STATUSES = List.of(PENDING, APPROVED, REJECTED, EXPIRED);

    private ExceptionStatus(String value) {
        super(value);
    }

    /**
     * The status for a wire value, whatever its case.
     *
     * @param value the text Qualys sent, for example {@code Approved} or {@code approved}
     * @return the known constant, or a new value holding unknown text; {@code null} for {@code null}
     */
    public static ExceptionStatus of(String value) {
        if (value == null) {
            return null;
        }
        for (ExceptionStatus known : KNOWN_STATUSES) {
            if (known.value().equalsIgnoreCase(value.strip())) {
                return known;
            }
        }
        return fromValue(ExceptionStatus.class, value.strip(), ExceptionStatus::new);
    }

    /** @return the statuses this SDK version knows */
    public static Collection<ExceptionStatus> values() {
        return knownValues(ExceptionStatus.class);
    }

    /** @return the lower-case spelling the {@code list} filter expects */
    public String filterValue() {
        return value().toLowerCase(Locale.ROOT);
    }
}
