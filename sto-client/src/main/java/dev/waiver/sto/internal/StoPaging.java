package dev.waiver.sto.internal;

import dev.waiver.core.PagedIterable;
import dev.waiver.core.paging.PageResponse;
import dev.waiver.sto.model.StoPagination;
import java.util.List;
import java.util.function.IntFunction;

/**
 * STO's paging model: 0-based {@code page} and {@code pageSize} query parameters, answers with the
 * page's items and {@code pagination.totalPages}. Not API.
 *
 * <p>The walk asks for page 0, 1, 2, ... with the same page size every time (the service skips
 * {@code page × pageSize} items, so changing it mid-walk would skip or repeat items) and stops:
 * <ul>
 *   <li>after the page numbered {@code totalPages - 1}. The service counts pages with the page
 *       size it applied, so this holds when it serves fewer items per page than asked for; a page
 *       shorter than the size asked for is therefore <em>not</em> taken as the last;</li>
 *   <li>at an empty page;</li>
 *   <li>without {@code totalPages}: once {@code totalItems} items have been read, or, with no
 *       totals at all, at the first empty page.</li>
 * </ul>
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

    /** Where a walk stands: the page to fetch and how many items the walk has read before it. */
    private record Cursor(int page, long read) {
    }

    /**
     * @param firstPage the 0-based page to start at
     * @param fetch     sends the request for one page number, always with the same page size
     * @param <T>       the item type
     * @return the lazy walk
     */
    public static <T> PagedIterable<T> walk(int firstPage, IntFunction<Answer<T>> fetch) {
        return PagedIterable.of(new Cursor(firstPage, 0), (Cursor at) -> {
            Answer<T> answer = fetch.apply(at.page());
            List<T> items = answer.items() == null ? List.of() : answer.items();
            StoPagination p = answer.pagination();
            long read = at.read() + items.size();
            Cursor next = hasNext(at.page(), items.size(), read, p) ? new Cursor(at.page() + 1, read) : null;
            Long totalItems = p == null ? null : p.totalItems().orElse(null);
            Integer totalPages = p == null || p.totalPages().isEmpty() ? null : clamp(p.totalPages().get());
            return PageResponse.of(items, next, totalItems, totalPages);
        });
    }

    private static boolean hasNext(int page, int itemCount, long read, StoPagination p) {
        if (itemCount == 0) {
            return false;
        }
        if (p != null && p.totalPages().isPresent()) {
            return page + 1L < p.totalPages().get();
        }
        if (p != null && p.totalItems().isPresent()) {
            return read < p.totalItems().get();
        }
        return true;
    }

    private static int clamp(long value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }
}
