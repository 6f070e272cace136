package dev.waiver.core.paging;

import dev.waiver.core.PagedIterable;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The one walker for lists served by page number: asks for {@code first}, {@code first + 1}, ...
 * with the same request otherwise (so the page size never changes mid-walk) until the
 * {@link PageNumbering} says the page just read was the last. Each page is read whole and released
 * before its first item is handed out. Not for application use.
 */
public final class NumberedPages {

    private NumberedPages() {
    }

    /** Where a walk stands: the page to fetch and how many items the walk read before it. */
    private record Cursor(long page, long read) {
    }

    /**
     * A lazy walk.
     *
     * @param firstPage the number of the first page to fetch
     * @param numbering how the vendor numbers pages and marks the last
     * @param fetch     sends the request for one page number and reads the answer
     * @param <T>       the item type
     * @return the lazy list; nothing is fetched yet
     */
    public static <T> PagedIterable<T> walk(long firstPage, PageNumbering numbering, LongFunction<NumberedPage<T>> fetch) {
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(fetch, "fetch");
        return PagedIterable.of(new Cursor(firstPage, 0), (Cursor at) -> {
            NumberedPage<T> answer = Objects.requireNonNull(fetch.apply(at.page()), "page answer");
            long read = at.read() + answer.items().size();
            Cursor next = numbering.hasNext(at.page(), read, answer) ? new Cursor(at.page() + 1, read) : null;
            return PageResponse.of(answer.items(), next, answer.totalItems(), asInt(answer.totalPages()));
        });
    }

    private static Integer asInt(Long totalPages) {
        return totalPages == null || totalPages < 0 || totalPages > Integer.MAX_VALUE ? null : totalPages.intValue();
    }
}
