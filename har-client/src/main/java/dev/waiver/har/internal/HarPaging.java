package dev.waiver.har.internal;

import dev.waiver.core.PagedIterable;
import dev.waiver.core.paging.NumberedPage;
import dev.waiver.core.paging.NumberedPages;
import dev.waiver.core.paging.PageNumbering;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The HAR paging model on the core walker: pages numbered from 0, each answer saying
 * {@code hasMore}; the walk and its stopping rule are {@link NumberedPages} with
 * {@link PageNumbering#moreFlag()}. Not API.
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
        return NumberedPages.walk(firstPage, PageNumbering.moreFlag(), page -> {
            Fetched<T> f = fetch.apply(page);
            return NumberedPage.withMoreFlag(f.items(), f.hasMore(), f.totalItems());
        });
    }
}
