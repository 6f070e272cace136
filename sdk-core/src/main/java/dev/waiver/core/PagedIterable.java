package dev.waiver.core;

import dev.waiver.core.paging.PageFetcher;
import dev.waiver.core.paging.PageResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A list that the vendor serves in pages, fetched lazily as you iterate.
 *
 * <p>Nothing is sent until the first item (or page) is asked for; each page is requested only when
 * the previous one is used up, and the walk stops exactly at the last page whatever the vendor's
 * paging model. Every call to {@link #iterator()}, {@link #byPage()} or {@link #stream()} starts a
 * fresh walk from the first page.
 *
 * <pre>{@code
 * for (Exemption e : sto.exemptions().list(r -> r.pageSize(100))) { ... }      // items
 * sto.exemptions().list().stream().filter(...).findFirst();                   // stream
 * for (Page<Exemption> p : sto.exemptions().list().byPage()) { p.totalItems(); } // pages
 * }</pre>
 *
 * <p>A page that repeats an earlier page's key (a vendor answer whose "next" never ends), or that
 * carries exactly the items of the page before it (a vendor or proxy that ignores the page asked
 * for), stops the walk with a {@link TransportException} instead of looping forever. Streaming vendors (Qualys)
 * hold a connection open while a page is read: iterate to the end, or close the {@link #stream()}.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    private final Object firstKey;
    private final PageFetcher<Object, T> fetcher;

    private <K> PagedIterable(K firstKey, PageFetcher<K, T> fetcher) {
        this.firstKey = Objects.requireNonNull(firstKey, "firstKey");
        @SuppressWarnings("unchecked")
        PageFetcher<Object, T> erased = (PageFetcher<Object, T>) Objects.requireNonNull(fetcher, "fetcher");
        this.fetcher = erased;
    }

    /**
     * Creates a lazy list. For vendor modules.
     *
     * @param firstKey the key of the first page
     * @param fetcher  fetches one page
     * @param <K>      what identifies a page
     * @param <T>      the item type
     * @return the lazy list; nothing is fetched yet
     */
    public static <K, T> PagedIterable<T> of(K firstKey, PageFetcher<K, T> fetcher) {
        return new PagedIterable<>(firstKey, fetcher);
    }

    /** @return an iterator over every item of every page, fetching pages as it goes */
    @Override
    public Iterator<T> iterator() {
        return new ItemIterator();
    }

    /**
     * The pages themselves, with what the vendor said about the whole list. Each page's items are
     * held in memory.
     *
     * @return a lazy iterable of pages
     */
    public Iterable<Page<T>> byPage() {
        return () -> new Iterator<>() {
            private final ItemIterator walk = new ItemIterator();

            @Override
            public boolean hasNext() {
                return walk.advanceToPageWithPossibleItems();
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return walk.drainCurrentPage();
            }
        };
    }

    /**
     * The items as a sequential stream. Closing the stream releases an answer still being read.
     *
     * @return a lazy stream of every item
     */
    public Stream<T> stream() {
        ItemIterator it = new ItemIterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(it::closeCurrent);
    }

    /** Walks pages one at a time, never holding more than the current page open. */
    private final class ItemIterator implements Iterator<T> {
        private final Set<Object> seenKeys = new HashSet<>();
        private Object nextKey = firstKey;
        private PageResponse<Object, T> current;
        private Iterator<T> currentItems;
        private int pageIndex = -1;
        private OptionalInt previousFingerprint = OptionalInt.empty();
        private boolean done;

        @Override
        public boolean hasNext() {
            while (!done) {
                if (currentItems != null && currentItems.hasNext()) {
                    return true;
                }
                if (!advanceToNextPage()) {
                    return false;
                }
            }
            return false;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return currentItems.next();
        }

        /** Ensures a page is open (it may turn out empty); false when the walk is over. */
        boolean advanceToPageWithPossibleItems() {
            if (done) {
                return false;
            }
            if (currentItems != null && currentItems.hasNext()) {
                return true;
            }
            return advanceToNextPage();
        }

        Page<T> drainCurrentPage() {
            List<T> items = new ArrayList<>();
            currentItems.forEachRemaining(items::add);
            PageResponse<Object, T> page = current;
            Object following = page.nextKey().orElse(null);
            return new Page<>(items, pageIndex, page.totalItems(), page.totalPages(), following == null);
        }

        /** Closes the current page, then opens the next one if any. */
        private boolean advanceToNextPage() {
            if (current != null) {
                Object following;
                try {
                    following = current.nextKey().orElse(null);
                } finally {
                    closeCurrent();
                    current = null;
                }
                nextKey = following;
            }
            if (nextKey == null) {
                done = true;
                return false;
            }
            if (!seenKeys.add(nextKey)) {
                done = true;
                throw new TransportException("the vendor's list answer points back to a page already read ("
                        + ApiError.excerpt(String.valueOf(nextKey)) + "); stopping instead of looping forever", null, true);
            }
            current = fetcher.fetch(nextKey);
            refuseRepeatedItems(current.itemsFingerprint());
            nextKey = null;
            currentItems = current.items();
            pageIndex++;
            return true;
        }

        private void refuseRepeatedItems(OptionalInt fingerprint) {
            if (fingerprint.isPresent() && fingerprint.equals(previousFingerprint)) {
                done = true;
                closeCurrent();
                throw new TransportException("the vendor answered page " + (pageIndex + 1) + " of this walk with the same "
                        + "items as the page before it: the list repeats instead of advancing; stopping instead of "
                        + "looping forever", null, true);
            }
            previousFingerprint = fingerprint;
        }

        void closeCurrent() {
            if (current != null) {
                current.close();
            }
        }
    }
}
