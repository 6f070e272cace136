package dev.waiver.core.paging;

/**
 * Fetches one page of a list: the seam each vendor module fills with its paging model (page
 * numbers, totals in the body or in headers, next-batch URLs). Not for application use.
 *
 * @param <K> what identifies a page (a page number, a URL)
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<K, T> {

    /**
     * Sends the request for one page.
     *
     * @param key the page to fetch
     * @return the page's answer; the caller closes it
     */
    PageResponse<K, T> fetch(K key);
}
