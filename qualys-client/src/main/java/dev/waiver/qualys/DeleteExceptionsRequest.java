package dev.waiver.qualys;

import java.util.Objects;
import java.util.Optional;

/**
 * The options of {@link ComplianceExceptions#delete(dev.waiver.qualys.model.ExceptionNumbers, DeleteExceptionsRequest)}
 * (Qualys' {@code delete} action) beyond the exception numbers, which come first in the call. Every
 * option is optional. Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class DeleteExceptionsRequest {

    private final Boolean echoRequest;

    private DeleteExceptionsRequest(Builder b) {
        this.echoRequest = b.echoRequest;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().echoRequest(echoRequest);
    }

    /** @return whether Qualys echoes the request ({@code echo_request}), if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteExceptionsRequest r && Objects.equals(echoRequest, r.echoRequest);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(echoRequest);
    }

    @Override
    public String toString() {
        return "DeleteExceptionsRequest{echoRequest=" + echoRequest + '}';
    }

    /** Builds a {@link DeleteExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder {
        private Boolean echoRequest;

        private Builder() {
        }

        /**
         * @param echo whether Qualys echoes the input parameters in its answer
         * @return this builder
         */
        public Builder echoRequest(Boolean echo) {
            this.echoRequest = echo;
            return this;
        }

        /** @return the request */
        public DeleteExceptionsRequest build() {
            return new DeleteExceptionsRequest(this);
        }
    }
}
