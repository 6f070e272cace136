package dev.waiver.har;

import java.util.Objects;
import java.util.Optional;

/**
 * The approver's notes for {@link FirewallExceptions#approve(String, ReviewFirewallExceptionRequest)}
 * and {@link FirewallExceptions#reject(String, ReviewFirewallExceptionRequest)}, sent as
 * {@code notes}. Optional: without notes, call {@code approve(id)} or {@code reject(id)}. Immutable.
 *
 * <pre>{@code
 * har.firewallExceptions().approve(id, r -> r.notes("Until the upgrade lands"));
 * }</pre>
 */
public final class ReviewFirewallExceptionRequest {

    private static final ReviewFirewallExceptionRequest NONE = builder().build();

    private final String notes;

    private ReviewFirewallExceptionRequest(Builder b) {
        this.notes = b.notes;
    }

    /** @return a builder; nothing is required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a review without notes */
    static ReviewFirewallExceptionRequest none() {
        return NONE;
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder().notes(notes);
    }

    /** @return the approver's notes, if given */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewFirewallExceptionRequest r && Objects.equals(notes, r.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(notes);
    }

    @Override
    public String toString() {
        return "ReviewFirewallExceptionRequest{notes=" + notes + '}';
    }

    /** Builds a {@link ReviewFirewallExceptionRequest}; {@code null} leaves the notes out. */
    public static final class Builder {
        private String notes;

        private Builder() {
        }

        /**
         * @param notes the approver's notes; {@code null} leaves them out
         * @return this builder
         */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** @return the request */
        public ReviewFirewallExceptionRequest build() {
            return new ReviewFirewallExceptionRequest(this);
        }
    }
}
