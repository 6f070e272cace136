package dev.waiver.iacm.internal;

import dev.waiver.core.http.TransportResponse;

/**
 * IaCM's paging model: pages numbered from 1, the answer a bare array, and what is known about the
 * whole list in the response headers {@code x-page-size}, {@code x-total-items} and
 * {@code x-total-pages}. Decides which page follows. Not API.
 *
 * @param pageSize   {@code x-page-size}, or {@code null} if absent or unreadable
 * @param totalItems {@code x-total-items}, or {@code null} if absent or unreadable
 * @param totalPages {@code x-total-pages}, or {@code null} if absent or unreadable
 */
public record HeaderPaging(Long pageSize, Long totalItems, Long totalPages) {

    /** Response header with the page size. */
    public static final String PAGE_SIZE = "x-page-size";
    /** Response header with the number of items over all pages. */
    public static final String TOTAL_ITEMS = "x-total-items";
    /** Response header with the number of pages. */
    public static final String TOTAL_PAGES = "x-total-pages";

    /**
     * Reads the paging headers; a missing, negative or non-numeric value counts as unknown.
     *
     * @param response the list answer
     * @return what the headers tell
     */
    public static HeaderPaging from(TransportResponse response) {
        return new HeaderPaging(number(response, PAGE_SIZE), number(response, TOTAL_ITEMS), number(response, TOTAL_PAGES));
    }

    /**
     * The page after {@code page}, or {@code null} when {@code page} was the last. In order of trust:
     * an empty page always ends the walk; else {@code x-total-pages}; else {@code x-total-items}
     * divided into pages of the page size; else a page shorter than the page size is the last. The
     * page size is {@code x-page-size} when given (the service may cap the limit asked for), else the
     * limit asked for.
     *
     * @param page      the page just read, from 1
     * @param limit     the page size asked for
     * @param itemCount how many items the page held
     * @return the next page number, or {@code null}
     */
    public Long nextPage(long page, int limit, int itemCount) {
        if (itemCount == 0) {
            return null;
        }
        long size = pageSize != null && pageSize > 0 ? pageSize : limit;
        if (totalPages != null) {
            return page < totalPages ? page + 1 : null;
        }
        if (totalItems != null) {
            long pages = totalItems / size + (totalItems % size == 0 ? 0 : 1);
            return page < pages ? page + 1 : null;
        }
        return itemCount < size ? null : page + 1;
    }

    /** @return {@code x-total-pages} as an {@code Integer}, or {@code null} if unknown or too large */
    public Integer totalPagesAsInt() {
        return totalPages == null || totalPages > Integer.MAX_VALUE ? null : totalPages.intValue();
    }

    private static Long number(TransportResponse response, String name) {
        String text = response.header(name).map(String::trim).orElse("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
