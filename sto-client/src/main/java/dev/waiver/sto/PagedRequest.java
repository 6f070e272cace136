package dev.waiver.sto;

import java.util.OptionalInt;

/**
 * A request that walks STO's pages: 0-based page numbers and a page size fixed for the whole walk
 * (the service skips {@code page × pageSize} items), sent unchanged with every page. Without a page
 * size the service's default (30) applies. Shared by {@link ListExemptionsRequest} and
 * {@link ExemptionHistoryRequest}.
 */
abstract class PagedRequest extends ScopedRequest {

    PagedRequest(PagedRequestBuilder<?> builder) {
        super(builder);
    }

    /** @return the page size sent with every page, if set (otherwise the service's default) */
    public OptionalInt pageSize() {
        return optionalInt(Field.PAGE_SIZE);
    }

    /** @return the 0-based page the walk starts at; 0 unless set */
    public int firstPage() {
        return optional(Field.FIRST_PAGE).orElse(0);
    }
}
