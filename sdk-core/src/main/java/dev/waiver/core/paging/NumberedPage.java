package dev.waiver.core.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of a list numbered by page, as a vendor module read it: the items and what the vendor
 * said about the whole list. A {@link PageNumbering} decides from it whether another page follows.
 * Not for application use.
 *
 * @param items      the page's items, never {@code null}
 * @param totalItems items over all pages, or {@code null} if the vendor did not say
 * @param totalPages pages in the whole list, or {@code null} if the vendor did not say
 * @param pageSize   the page size the vendor applied, or {@code null} if it did not say
 * @param hasMore    whether the vendor said a later page exists, or {@code null} if it did not say
 * @param <T>        the item type
 */
public record NumberedPage<T>(List<T> items, Long totalItems, Long totalPages, Long pageSize, Boolean hasMore) {

    /**
     * @param items      the page's items; {@code null} counts as none
     * @param totalItems items over all pages, or {@code null}
     * @param totalPages pages in the whole list, or {@code null}
     * @param pageSize   the page size the vendor applied, or {@code null}
     * @param hasMore    whether a later page exists, or {@code null}
     */
    public NumberedPage {
        items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    /**
     * A page with totals in the answer (STO's {@code pagination}, IaCM's {@code x-total-*} headers).
     *
     * @param items      the page's items
     * @param totalItems items over all pages, or {@code null}
     * @param totalPages pages in the whole list, or {@code null}
     * @param pageSize   the page size the vendor applied, or {@code null}
     * @param <T>        the item type
     * @return the page
     */
    public static <T> NumberedPage<T> withTotals(List<T> items, Long totalItems, Long totalPages, Long pageSize) {
        return new NumberedPage<>(items, totalItems, totalPages, pageSize, null);
    }

    /**
     * A page that says whether another follows (HAR's {@code hasMore}).
     *
     * @param items      the page's items
     * @param hasMore    whether a later page exists
     * @param totalItems items over all pages, or {@code null}
     * @param <T>        the item type
     * @return the page
     */
    public static <T> NumberedPage<T> withMoreFlag(List<T> items, boolean hasMore, Long totalItems) {
        return new NumberedPage<>(items, totalItems, null, null, hasMore);
    }
}
