package dev.waiver.core;

import dev.waiver.core.internal.CallListeners;
import dev.waiver.core.internal.PageCall;
import dev.waiver.core.paging.PageFetcher;
import dev.waiver.core.paging.PageResponse;
import java.lang.ref.Cleaner;
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
 * for), stops the walk with a {@link TransportException} instead of looping forever.
 *
 * <p><b>Stopping early is safe.</b> What you get when you leave a walk before its end:
 * <ul>
 *   <li>Harness lists (STO, HAR, IaCM) read each page whole (a page of JSON is small) and release
 *       its connection before the first item is handed out: a {@code break}, a {@code findFirst()}
 *       or a {@code limit(n)} leaves nothing open.</li>
 *   <li>The Qualys list reads an answer of up to 256 KiB whole and releases it before its first
 *       record, like a Harness page. A bigger answer (possibly huge) is streamed, one record in
 *       memory whatever its size, so it stays open while its records are read. Closing
 *       releases it at once: {@code try (Stream<T> s = list.stream())} or
 *       {@code try (PagedIterator<T> it = list.iterator())}. An iterator or stream left unclosed (a
 *       {@code for} loop that {@code break}s, an unclosed {@code stream().findFirst()}) is released by
 *       a {@link Cleaner} once it becomes unreachable, at the next garbage collection, so a
 *       long-running application never runs out of connections; closing is only quicker.</li>
 * </ul>
 * Reading to the end always releases everything by itself. {@link #byPage()} hands out pages held
 * in memory and holds no answer open between them.
 *
 * <p>The client's {@link CallListener}s hear {@link CallListener#pageFetched} for each page, after its
 * call's {@code callFinished}: at once for a page read whole (Harness lists), once its last record is
 * read for a streamed Qualys batch (a walk closed before that does not report the batch).
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    /** Releases the answers of walks abandoned without closing (one daemon thread for all lists). */
    private static final Cleaner ABANDONED_WALKS = Cleaner.create();

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

    /**
     * An iterator over every item of every page, fetching pages as it goes. Close it (or read it to
     * its end) to release the page being read at once; one abandoned unclosed is released when it
     * becomes unreachable.
     *
     * @return a closeable iterator
     */
    @Override
    public PagedIterator<T> iterator() {
        return new ItemIterator();
    }

    /**
     * The pages themselves, with what the vendor said about the whole list. Each page's items are
     * held in memory, read whole before it is handed out, so no answer is held open between pages.
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
     * The items as a sequential stream. {@link Stream#close()} (try-with-resources) releases an
     * answer still being read at once; a stream abandoned unclosed after a short-circuit
     * ({@code findFirst()}, {@code limit(n)}, {@code anyMatch}) is released when it becomes
     * unreachable.
     *
     * @return a lazy stream of every item
     */
    public Stream<T> stream() {
        ItemIterator it = new ItemIterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                .onClose(it::close);
    }

    /**
     * The page a walk is reading, as the cleaner sees it. It must not refer to its iterator, or the
     * iterator could never become unreachable.
     */
    private static final class OpenPage implements Runnable {
        private volatile PageResponse<?, ?> page;

        void set(PageResponse<?, ?> opened) {
            page = opened;
        }

        /** Closes the page, once; run by its walk, or by the cleaner for an abandoned walk. */
        @Override
        public void run() {
            PageResponse<?, ?> open = page;
            page = null;
            if (open != null) {
                open.close();
            }
        }
    }

    /** Walks pages one at a time, never holding more than the current page open. */
    private final class ItemIterator implements PagedIterator<T> {
        private final OpenPage open = new OpenPage();
        private final Cleaner.Cleanable cleanable = ABANDONED_WALKS.register(this, open);
        private final Set<Object> seenKeys = new HashSet<>();
        private Object nextKey = firstKey;
        private PageResponse<Object, T> current;
        private Iterator<T> currentItems;
        private int pageIndex = -1;
        private PageCall unreportedPage;
        private int unreportedItems;
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
            T item = currentItems.next();
            if (unreportedPage != null) {
                unreportedItems++;
            }
            return item;
        }

        @Override
        public void close() {
            done = true;
            current = null;
            currentItems = null;
            unreportedPage = null;
            cleanable.clean();
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
            if (unreportedPage != null) {
                unreportedItems += items.size();
            }
            PageResponse<Object, T> page = current;
            Object following = page.nextKey().orElse(null);
            return new Page<>(items, pageIndex, page.totalItems(), page.totalPages(), following == null);
        }

        /** Closes the current page, then opens the next one if any. */
        private boolean advanceToNextPage() {
            if (unreportedPage != null) {
                PageCall read = unreportedPage;
                unreportedPage = null;
                read.pageFetched(pageIndex, unreportedItems);
            }
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
                close();
                return false;
            }
            if (!seenKeys.add(nextKey)) {
                close();
                throw new TransportException("the vendor's list answer points back to a page already read ("
                        + ApiError.excerpt(String.valueOf(nextKey)) + "); stopping instead of looping forever", null, true);
            }
            PageCall slot = CallListeners.anyBuilt() ? PageCall.open() : null;
            try {
                current = fetcher.fetch(nextKey);
            } catch (RuntimeException e) {
                close();
                throw e;
            } finally {
                if (slot != null) {
                    slot.close();
                }
            }
            open.set(current);
            refuseRepeatedItems(current.itemsFingerprint());
            nextKey = null;
            currentItems = current.items();
            pageIndex++;
            if (slot != null) {
                reportPage(slot);
            }
            return true;
        }

        /** A page whose size is known is reported now; a streamed one once it is read to its end. */
        private void reportPage(PageCall slot) {
            OptionalInt items = current.itemCount();
            if (items.isPresent()) {
                slot.pageFetched(pageIndex, items.getAsInt());
            } else {
                unreportedPage = slot;
                unreportedItems = 0;
            }
        }

        private void refuseRepeatedItems(OptionalInt fingerprint) {
            if (fingerprint.isPresent() && fingerprint.equals(previousFingerprint)) {
                close();
                throw new TransportException("the vendor answered page " + (pageIndex + 1) + " of this walk with the same "
                        + "items as the page before it: the list repeats instead of advancing; stopping instead of "
                        + "looping forever", null, true);
            }
            previousFingerprint = fingerprint;
        }

        /** Closes the page just read; the walk goes on. */
        void closeCurrent() {
            open.run();
        }
    }
}
