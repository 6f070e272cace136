package dev.waiver.qualys;

import dev.waiver.qualys.model.ExceptionNumbers;
import java.util.Objects;

/**
 * The parameters of the {@code delete} action. Immutable; build with {@link #builder()} or
 * {@link #of(ExceptionNumbers)}.
 */
public final class ExceptionDeleteRequest {

    private final ExceptionNumbers exceptionNumbers;
    private final Boolean echoRequest;

    private ExceptionDeleteRequest(Builder b) {
        this.exceptionNumbers = b.exceptionNumbers;
        this.echoRequest = b.echoRequest;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param numbers the exceptions to delete
     * @return the request
     */
    public static ExceptionDeleteRequest of(ExceptionNumbers numbers) {
        return builder().exceptionNumbers(numbers).build();
    }

    /** @return the exceptions to delete ({@code exception_numbers}) */
    public ExceptionNumbers exceptionNumbers() {
        return exceptionNumbers;
    }

    /** @return {@code echo_request}, or {@code null} */
    public Boolean echoRequest() {
        return echoRequest;
    }

    /** Builds an {@link ExceptionDeleteRequest}. */
    public static final class Builder {
        private ExceptionNumbers exceptionNumbers;
        private Boolean echoRequest;

        private Builder() {
        }

        /**
         * @param numbers the exceptions to delete (required)
         * @return this builder
         */
        public Builder exceptionNumbers(ExceptionNumbers numbers) {
            this.exceptionNumbers = Objects.requireNonNull(numbers, "exceptionNumbers");
            return this;
        }

        /**
         * @param echo whether Qualys echoes the input parameters in its answer
         * @return this builder
         */
        public Builder echoRequest(boolean echo) {
            this.echoRequest = echo;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if {@code exceptionNumbers} is missing
         */
        public ExceptionDeleteRequest build() {
            if (exceptionNumbers == null) {
                throw new IllegalStateException("exceptionNumbers is required: call .exceptionNumbers(...)");
            }
            return new ExceptionDeleteRequest(this);
        }
    }
}
