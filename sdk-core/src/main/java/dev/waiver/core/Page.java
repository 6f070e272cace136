package dev.waiver.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a list answer, with whatever the vendor said about the whole list.
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final int index;
    private final OptionalLong totalItems;
    private final OptionalInt totalPages;
    private final boolean last;

    /**
     * @param items      the page's items
     * @param index      the page's position in this walk, 0 for the first page fetched
     * @param totalItems total items in the list, if the vendor said
     * @param totalPages total pages in the list, if the vendor said
     * @param last       whether no page follows this one
     */
    public Page(List<T> items, int index, OptionalLong totalItems, OptionalInt totalPages, boolean last) {
        this.items = List.copyOf(Objects.requireNonNull(items, "items"));
        this.index = index;
        this.totalItems = Objects.requireNonNull(totalItems, "totalItems");
        this.totalPages = Objects.requireNonNull(totalPages, "totalPages");
        this.last = last;
    }

    /** @return the page's items, unmodifiable */
    public List<T> items() {
        return items;
    }

    /** @return the page's position in this walk, 0 for the first page fetched */
    public int index() {
        return index;
    }

    /** @return total items in the whole list, if the vendor said */
    public OptionalLong totalItems() {
        return totalItems;
    }

    /** @return total pages in the whole list, if the vendor said */
    public OptionalInt totalPages() {
        return totalPages;
    }

    /** @return {@code true} if no page follows this one */
    public boolean isLast() {
        return last;
    }

    @Override
    public String toString() {
        return "Page{index=" + index + ", items=" + items.size() + ", totalItems=" + totalItems
                + ", totalPages=" + totalPages + ", last=" + last + '}';
    }
}
