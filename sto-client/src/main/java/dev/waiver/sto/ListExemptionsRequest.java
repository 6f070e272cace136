package dev.waiver.sto;

/**
 * Lists exemptions in a scope ({@code GET /sto/api/v2/exemptions}), page by page. Immutable;
 * {@code equals}, {@code hashCode} and {@code toString} cover every field set. Nothing is required.
 *
 * <p>Pages are 0-based. The page size is fixed for the whole walk (the service skips
 * {@code page × pageSize} items), so it is sent unchanged with every page; without one the
 * service's default (30) applies.
 */
public final class ListExemptionsRequest extends PagedRequest {

    private ListExemptionsRequest(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ListExemptionsRequest}. */
    public static final class Builder extends PagedRequestBuilder<Builder> {

        private Builder() {
        }

        private Builder(ListExemptionsRequest request) {
            super(request);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code pageSize} is outside 1..100 or {@code firstPage} is negative
         */
        public ListExemptionsRequest build() {
            checkPaging();
            return new ListExemptionsRequest(this);
        }
    }
}
