package dev.waiver.sto.internal;

import dev.waiver.core.PagedIterable;
import dev.waiver.core.paging.NumberedPage;
import dev.waiver.core.paging.NumberedPages;
import dev.waiver.core.paging.PageNumbering;
import dev.waiver.sto.model.StoPagination;
import java.util.List;
import java.util.function.IntFunction;

/**
 * STO's paging model on the core walker: 0-based {@code page} and {@code pageSize} query
 * parameters, answers with the page's items and {@code pagination}; the walk and its stopping rule
 * are {@link NumberedPages} with {@link PageNumbering#totalsFromZero()}. Not API.
 */
public final class StoPaging {

    private StoPaging() {
    }

    /**
     * One page as the service answered it.
     *
     * @param items      the page's items
     * @param pagination the paging metadata, or {@code null}
     * @param <T>        the item type
     */
    public record Answer<T>(List<T> items, StoPagination pagination) {
    }

    /**
     * @param firstPage the 0-based page to start at
     * @param fetch     sends the request for one page number, always with the same page size
     * @param <T>       the item type
     * @return the lazy walk
     */
    public static <T> PagedIterable<T> walk(int firstPage, IntFunction<Answer<T>> fetch) {
        return NumberedPages.walk(firstPage, PageNumbering.totalsFromZero(), page -> {
            Answer<T> answer = fetch.apply(Math.toIntExact(page));
            StoPagination p = answer.pagination();
            return p == null ? NumberedPage.withTotals(answer.items(), null, null, null)
                    : NumberedPage.withTotals(answer.items(), p.getTotalItems(), p.getTotalPages(), null);
        });
    }
}
