package dev.waiver.qualys;

import dev.waiver.qualys.model.ExceptionStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link ComplianceExceptions#reject(dev.waiver.qualys.model.ExceptionNumbers, RejectExceptionsRequest)}
 * rejects: Qualys' {@code update} action with {@code status=Rejected} and the comments it requires.
 * Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
public final class RejectExceptionsRequest {

    private static final String NAME = "RejectExceptionsRequest";

    private final String comments;
    private final Boolean echoRequest;

    private RejectExceptionsRequest(Builder b) {
        this.comments = Validation.requiredText(b.comments, NAME, "comments");
        this.echoRequest = b.echoRequest;
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().comments(comments).echoRequest(echoRequest);
    }

    /** @return why the exceptions are rejected, saved in each one's history ({@code comments}) */
    public String comments() {
        return comments;
    }

    /** @return whether Qualys echoes the request ({@code echo_request}), if set */
    public Optional<Boolean> echoRequest() {
        return Optional.ofNullable(echoRequest);
    }

    /** @return the {@code update} this rejection is sent as */
    UpdateExceptionsRequest asUpdate() {
        return UpdateExceptionsRequest.builder().comments(comments).status(ExceptionStatus.REJECTED)
                .echoRequest(echoRequest).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RejectExceptionsRequest r && comments.equals(r.comments)
                && Objects.equals(echoRequest, r.echoRequest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comments, echoRequest);
    }

    @Override
    public String toString() {
        return NAME + "{comments=" + comments + ", echoRequest=" + echoRequest + '}';
    }

    /** Builds a {@link RejectExceptionsRequest}; {@code null} means "not set". */
    public static final class Builder {
        private String comments;
        private Boolean echoRequest;

        private Builder() {
        }

        /**
         * @param comments why the exceptions are rejected (required, not empty)
         * @return this builder
         */
        public Builder comments(String comments) {
            this.comments = comments;
            return this;
        }

        /**
         * @param echo whether Qualys echoes the input parameters in its answer
         * @return this builder
         */
        public Builder echoRequest(Boolean echo) {
            this.echoRequest = echo;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the field and the rule, if {@code comments} is missing or empty
         */
        public RejectExceptionsRequest build() {
            return new RejectExceptionsRequest(this);
        }
    }
}
