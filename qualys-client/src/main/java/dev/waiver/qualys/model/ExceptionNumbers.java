package dev.waiver.qualys.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A set of exception numbers as Qualys writes it: single numbers and inclusive ranges, for example
 * {@code 12,289-292}. Used for the {@code exception_numbers} parameter of {@code list},
 * {@code update} and {@code delete}, and for the numbers a batch result covers. Immutable; order
 * is kept as given.
 *
 * <pre>{@code
 * ExceptionNumbers.of(12, 15);                                  // 12,15
 * ExceptionNumbers.range(289, 292);                             // 289-292
 * ExceptionNumbers.builder().add(12).addRange(289, 292).build(); // 12,289-292
 * ExceptionNumbers.parse("12,289-292");
 * }</pre>
 */
public final class ExceptionNumbers {

    /**
     * One entry: a single number ({@code first == last}) or an inclusive range.
     *
     * @param first the first number
     * @param last  the last number, at least {@code first}
     */
    public record Span(long first, long last) {
        /**
         * @param first the first number, positive
         * @param last  the last number, at least {@code first}
         * @throws IllegalArgumentException if a number is not positive or the range is reversed
         */
        public Span {
            if (first < 1) {
                throw new IllegalArgumentException("exception numbers must be positive, was " + first);
            }
            if (last < first) {
                throw new IllegalArgumentException("an exception number range must not be reversed, was " + first
                        + "-" + last);
            }
        }

        /** @return {@code true} if this entry is a range of more than one number */
        public boolean isRange() {
            return last != first;
        }

        /** @return how many numbers the entry covers */
        public long count() {
            return last - first + 1;
        }

        /** @return {@code 12} or {@code 289-292} */
        @Override
        public String toString() {
            return isRange() ? first + "-" + last : Long.toString(first);
        }
    }

    private final List<Span> spans;

    private ExceptionNumbers(List<Span> spans) {
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("exception numbers must name at least one exception");
        }
        this.spans = List.copyOf(spans);
    }

    /**
     * @param first  a number
     * @param others more numbers
     * @return the set of these numbers
     * @throws IllegalArgumentException if a number is not positive
     */
    public static ExceptionNumbers of(long first, long... others) {
        Builder b = builder().add(first);
        for (long n : others) {
            b.add(n);
        }
        return b.build();
    }

    /**
     * @param first the first number
     * @param last  the last number, inclusive
     * @return the set holding the range
     * @throws IllegalArgumentException if a number is not positive or the range is reversed
     */
    public static ExceptionNumbers range(long first, long last) {
        return builder().addRange(first, last).build();
    }

    /**
     * Reads Qualys' notation: numbers and ranges separated by commas.
     *
     * @param text for example {@code 12,289-292}; blanks around entries are ignored
     * @return the set
     * @throws IllegalArgumentException if the text is not in that notation
     */
    public static ExceptionNumbers parse(String text) {
        Objects.requireNonNull(text, "text");
        Builder b = builder();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-', 1);
            try {
                if (dash < 0) {
                    b.add(Long.parseLong(p));
                } else {
                    b.addRange(Long.parseLong(p.substring(0, dash).strip()), Long.parseLong(p.substring(dash + 1).strip()));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("exception numbers must be numbers or ranges such as 289-292, "
                        + "separated by commas; '" + p + "' is neither", e);
            }
        }
        return b.build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the entries in the order given */
    public List<Span> spans() {
        return spans;
    }

    /**
     * @param number an exception number
     * @return {@code true} if an entry covers it
     */
    public boolean contains(long number) {
        return spans.stream().anyMatch(s -> s.first() <= number && number <= s.last());
    }

    /** @return the total count of numbers covered (overlaps counted twice) */
    public long count() {
        return spans.stream().mapToLong(Span::count).sum();
    }

    /** @return the parameter text Qualys expects, for example {@code 12,289-292} */
    public String toParameter() {
        StringJoiner j = new StringJoiner(",");
        spans.forEach(s -> j.add(s.toString()));
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExceptionNumbers other && other.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    /** @return the parameter text, as {@link #toParameter()} */
    @Override
    public String toString() {
        return toParameter();
    }

    /** Builds an {@link ExceptionNumbers}. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param number an exception number, positive
         * @return this builder
         */
        public Builder add(long number) {
            spans.add(new Span(number, number));
            return this;
        }

        /**
         * @param first the first number, positive
         * @param last  the last number, inclusive, at least {@code first}
         * @return this builder
         */
        public Builder addRange(long first, long last) {
            spans.add(new Span(first, last));
            return this;
        }

        /**
         * @return the set
         * @throws IllegalArgumentException if nothing was added
         */
        public ExceptionNumbers build() {
            return new ExceptionNumbers(spans);
        }
    }
}
