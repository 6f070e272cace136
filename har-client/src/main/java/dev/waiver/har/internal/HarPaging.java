package dev.waiver.har.internal;

import dev.waiver.core.PagedIterable;
import dev.waiver.core.paging.PageResponse;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The HAR paging model: pages numbered from 0, each answer saying {@code hasMore}. The walk asks
 * for the next number while {@code hasMore} is true and stops at the first page that says false.
 * A page that says {@code hasMore} yet carries no item also ends the walk, so a vendor answer
 * that never stops cannot make the SDK loop forever.
 */
public final class HarPaging {

    private HarPaging() {
    }

    /**
     * One fetched page.
     *
     * @param items      the page's items
     * @param hasMore    whether the vendor says a later page exists
     * @param totalItems the vendor's total count, or {@code null} if it sent none
     * @param <T>        the item type
     */
    public record Fetched<T>(List<T> items, boolean hasMore, Long totalItems) {
    }

    /**
     * A lazy walk from a first page.
     *
     * @param firstPage the first page number to fetch (0-based)
     * @param fetch     fetches one page by number
     * @param <T>       the item type
     * @return the lazy list; nothing is fetched yet
     */
    public static <T> PagedIterable<T> walk(long firstPage, LongFunction<Fetched<T>> fetch) {
        return PagedIterable.of(firstPage, (Long page) -> {
            Fetched<T> f = fetch.apply(page);
            List<T> items = f.items() == null ? List.of() : f.items();
            Long next = f.hasMore() && !items.isEmpty() ? page + 1 : null;
            return PageResponse.of(items, next, f.totalItems(), null);
        });
    }
}
