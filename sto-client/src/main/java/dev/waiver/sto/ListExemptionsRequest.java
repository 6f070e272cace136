package dev.waiver.sto;

import dev.waiver.sto.internal.Checks;

/**
 * Lists exemptions in a scope ({@code GET /sto/api/v2/exemptions}), page by page. Immutable.
 *
 * <p>Pages are 0-based. The page size is fixed for the whole walk (the service skips
 * {@code page × pageSize} items), so it is sent unchanged with every page; without one the
 * service's default (30) applies.
 */
public final class ListExemptionsRequest {

    private final ScopeChoice scope;
    private final Integer pageSize;
    private final int firstPage;

    private ListExemptionsRequest(Builder b) {
        this.scope = b.scopeChoice();
        this.pageSize = Checks.pageSize(b.pageSize);
        this.firstPage = Checks.page(b.firstPage);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    ScopeChoice scope() {
        return scope;
    }

    /** @return the page size sent with every page, or {@code null} for the service's default */
    public Integer pageSize() {
        return pageSize;
    }

    /** @return the 0-based page the walk starts at */
    public int firstPage() {
        return firstPage;
    }

    /** Builds a {@link ListExemptionsRequest}. */
    public static final class Builder extends ScopedRequestBuilder<Builder> {
        private Integer pageSize;
        private int firstPage;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param pageSize items per page, 1 to 100
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * @param firstPage the 0-based page to start at; default 0
         * @return this builder
         */
        public Builder firstPage(int firstPage) {
            this.firstPage = firstPage;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if {@code pageSize} is outside 1..100 or {@code firstPage} is negative
         */
        public ListExemptionsRequest build() {
            return new ListExemptionsRequest(this);
        }
    }
}
