package dev.waiver.iacm.internal;

import dev.waiver.core.http.TransportResponse;
import dev.waiver.core.paging.NumberedPage;
import java.util.List;

/**
 * IaCM's paging headers {@code x-page-size}, {@code x-total-items} and {@code x-total-pages}, read
 * into a {@link NumberedPage} for the core walker. Not API.
 */
public final class HeaderPaging {

    /** Response header with the page size. */
    public static final String PAGE_SIZE = "x-page-size";
    /** Response header with the number of items over all pages. */
    public static final String TOTAL_ITEMS = "x-total-items";
    /** Response header with the number of pages. */
    public static final String TOTAL_PAGES = "x-total-pages";

    private HeaderPaging() {
    }

    /**
     * One page with what its headers tell; a missing, negative or non-numeric header counts as unknown.
     *
     * @param items    the page's items (the bare array)
     * @param response the list answer
     * @param <T>      the item type
     * @return the page
     */
    public static <T> NumberedPage<T> page(List<T> items, TransportResponse response) {
        return NumberedPage.withTotals(items, number(response, TOTAL_ITEMS), number(response, TOTAL_PAGES),
                number(response, PAGE_SIZE));
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
