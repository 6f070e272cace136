package dev.waiver.testkit.internal.qualys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values out of parameters, answering a value Qualys would refuse with its error 1905
 * ("parameter has an invalid value").
 */
final class ParamValues {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ParamValues() {
    }

    /** An id or number: a positive decimal integer; {@code null} if absent. */
    static Long positive(QualysParams p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw QualysError.invalid(name, v);
    }

    /** A {@code 0|1} flag; {@code null} if absent. */
    static Boolean flag(QualysParams p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        return switch (v.strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw QualysError.invalid(name, v);
        };
    }

    /** A {@code mm/dd/yyyy} date; {@code null} if absent. */
    static LocalDate usDate(QualysParams p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip(), US_DATE);
        } catch (DateTimeParseException e) {
            throw QualysError.invalid(name, v);
        }
    }

    /**
     * Exception numbers, commas and ranges ({@code 12,289-292}), as {@code [first, last]} pairs;
     * {@code null} if absent.
     */
    static List<long[]> numberSpans(QualysParams p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        List<long[]> spans = new ArrayList<>();
        try {
            for (String part : v.split(",")) {
                String s = part.strip();
                int dash = s.indexOf('-');
                long first = Long.parseLong(dash < 0 ? s : s.substring(0, dash).strip());
                long last = dash < 0 ? first : Long.parseLong(s.substring(dash + 1).strip());
                if (first <= 0 || last < first) {
                    throw QualysError.invalid(name, v);
                }
                spans.add(new long[] {first, last});
            }
        } catch (NumberFormatException e) {
            throw QualysError.invalid(name, v);
        }
        return spans;
    }
}
