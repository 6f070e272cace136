package dev.waiver.sto;


/**
 * Sets the paging of a request that walks STO's pages (see {@link PagedRequest}).
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class PagedRequestBuilder<B extends PagedRequestBuilder<B>> extends ScopedRequestBuilder<B> {

    /** The page sizes Harness' description allows. */
    private static final int MIN_PAGE_SIZE = 1;
    private static final int MAX_PAGE_SIZE = 100;

    /** A builder with nothing set. */
    PagedRequestBuilder() {
    }

    /**
     * @param request the request to start from
     */
    PagedRequestBuilder(PagedRequest request) {
        super(request);
    }

    /**
     * @param pageSize items per page, 1 to 100 (Harness' limits)
     * @return this builder
     */
    public B pageSize(int pageSize) {
        return set(Field.PAGE_SIZE, pageSize);
    }

    /**
     * @param firstPage the 0-based page to start at; default 0
     * @return this builder
     */
    public B firstPage(int firstPage) {
        return set(Field.FIRST_PAGE, firstPage);
    }

    /**
     * @throws IllegalArgumentException if {@code pageSize} is outside 1..100 or {@code firstPage} is negative
     */
    final void checkPaging() {
        checks().range(get(Field.PAGE_SIZE), "pageSize", MIN_PAGE_SIZE, MAX_PAGE_SIZE);
        Integer firstPage = get(Field.FIRST_PAGE);
        if (firstPage != null) {
            checks().atLeast(firstPage, "firstPage", 0, "pages are numbered from 0");
        }
    }
}
