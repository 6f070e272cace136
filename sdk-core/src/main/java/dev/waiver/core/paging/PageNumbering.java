package dev.waiver.core.paging;

/**
 * How a vendor numbers its pages and how the walk knows the last one: the strategy
 * {@link NumberedPages} applies after each page. Every strategy ends the walk at an empty page, so
 * a vendor answer that never says "last" cannot make the SDK loop forever. Not for application use.
 */
@FunctionalInterface
public interface PageNumbering {

    /**
     * Whether a page follows the one just read.
     *
     * @param page      the number of the page just read
     * @param itemsRead items read by this walk so far, this page's included
     * @param answer    the page just read
     * @return {@code true} to fetch page {@code page + 1}
     */
    boolean hasNext(long page, long itemsRead, NumberedPage<?> answer);

    /**
     * Pages numbered from 0 with totals in the body (STO's {@code pagination}). The walk stops
     * after page {@code totalPages - 1} (the service counts pages with the size it applied, so a
     * page shorter than asked for is <em>not</em> taken as the last); without {@code totalPages},
     * once {@code totalItems} items were read; with no totals at all, at the first empty page.
     *
     * @return the strategy
     */
    static PageNumbering totalsFromZero() {
        return (page, itemsRead, answer) -> {
            if (answer.items().isEmpty()) {
                return false;
            }
            if (answer.totalPages() != null) {
                return page + 1 < answer.totalPages();
            }
            if (answer.totalItems() != null) {
                return itemsRead < answer.totalItems();
            }
            return true;
        };
    }

    /**
     * Pages numbered from 1 with totals that may be absent (IaCM's {@code x-total-pages},
     * {@code x-total-items}, {@code x-page-size} headers). In order of trust: {@code totalPages};
     * else {@code totalItems} divided into pages of the page size; else a page shorter than the
     * page size is the last. The page size is the one the vendor reported when it did (it may cap
     * the size asked for), else the size asked for.
     *
     * @param requestedPageSize the page size the walk asks for
     * @return the strategy
     */
    static PageNumbering totalsFromOne(int requestedPageSize) {
        return (page, itemsRead, answer) -> {
            int itemCount = answer.items().size();
            if (itemCount == 0) {
                return false;
            }
            long size = answer.pageSize() != null && answer.pageSize() > 0 ? answer.pageSize() : requestedPageSize;
            if (answer.totalPages() != null) {
                return page < answer.totalPages();
            }
            if (answer.totalItems() != null) {
                long pages = answer.totalItems() / size + (answer.totalItems() % size == 0 ? 0 : 1);
                return page < pages;
            }
            return itemCount >= size;
        };
    }

    /**
     * Pages that say whether another follows (HAR's {@code hasMore}): the walk goes on while the
     * flag is true and the page held items.
     *
     * @return the strategy
     */
    static PageNumbering moreFlag() {
        return (page, itemsRead, answer) -> Boolean.TRUE.equals(answer.hasMore()) && !answer.items().isEmpty();
    }
}
