package dev.waiver.core.paging;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One fetched page as a vendor module hands it to {@link dev.waiver.core.PagedIterable}: its items
 * (possibly streamed from an open answer) and the key of the next page.
 *
 * <p>A streamed page learns its next key only after its last item was read (Qualys puts the
 * next-batch URL after the records), so {@link #nextKey()} is asked only once {@link #items()} is
 * exhausted. Not for application use.
 *
 * @param <K> what identifies a page
 * @param <T> the item type
 */
public interface PageResponse<K, T> extends Closeable {

    /** @return the page's items; iterated once */
    Iterator<T> items();

    /** @return the key of the next page, or empty on the last page; valid once items are exhausted */
    Optional<K> nextKey();

    /** @return total items in the whole list, if the vendor said */
    default OptionalLong totalItems() {
        return OptionalLong.empty();
    }

    /** @return total pages in the whole list, if the vendor said */
    default OptionalInt totalPages() {
        return OptionalInt.empty();
    }

    /**
     * A fingerprint of the page's items, which lets {@link dev.waiver.core.PagedIterable} notice a
     * vendor (or proxy) that ignores the page asked for and answers the same items again and again.
     *
     * @return the items' hash code for a page held in memory; empty for a streamed page
     */
    default OptionalInt itemsFingerprint() {
        return OptionalInt.empty();
    }

    /** Releases the answer. Idempotent; the default has nothing to release. */
    /**
     * How many items the page holds, when known as it is fetched (a page read whole); a page
     * streamed from its connection does not know until it is read to its end.
     *
     * @return the item count, or empty when not known yet
     */
    default OptionalInt itemCount() {
        return OptionalInt.empty();
    }

    @Override
    default void close() {
    }

    /**
     * A page already held in memory.
     *
     * @param items      its items
     * @param nextKey    the next page's key, or {@code null} on the last page
     * @param totalItems total items, or {@code null} if unknown
     * @param totalPages total pages, or {@code null} if unknown
     * @param <K>        what identifies a page
     * @param <T>        the item type
     * @return the page
     */
    static <K, T> PageResponse<K, T> of(List<T> items, K nextKey, Long totalItems, Integer totalPages) {
        List<T> copy = List.copyOf(Objects.requireNonNull(items, "items"));
        return new PageResponse<>() {
            @Override
            public Iterator<T> items() {
                return copy.iterator();
            }

            @Override
            public Optional<K> nextKey() {
                return Optional.ofNullable(nextKey);
            }

            @Override
            public OptionalLong totalItems() {
                return totalItems == null ? OptionalLong.empty() : OptionalLong.of(totalItems);
            }

            @Override
            public OptionalInt totalPages() {
                return totalPages == null ? OptionalInt.empty() : OptionalInt.of(totalPages);
            }

            @Override
            public OptionalInt itemCount() {
                return OptionalInt.of(copy.size());
            }

            @Override
            public OptionalInt itemsFingerprint() {
                return copy.isEmpty() ? OptionalInt.empty() : OptionalInt.of(copy.hashCode());
            }
        };
    }
}
