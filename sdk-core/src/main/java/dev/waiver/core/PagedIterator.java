package dev.waiver.core;

import java.util.Iterator;

/**
 * An iterator over a {@link PagedIterable} that can be closed: closing it releases the answer of
 * the page being read, if any, and ends the walk. Use it in try-with-resources when you may stop
 * before the end and want the connection back at once:
 *
 * <pre>{@code
 * try (PagedIterator<ComplianceException> it = qualys.complianceExceptions().list().iterator()) {
 *     while (it.hasNext()) { if (found(it.next())) break; }
 * }
 * }</pre>
 *
 * <p>An iterator left unclosed (a {@code for} loop that {@code break}s) is still safe: it holds no
 * connection once it has been read to its end, and a page still open when the iterator becomes
 * unreachable is released by a cleaner at the next garbage collection. See {@link PagedIterable}.
 *
 * @param <T> the item type
 */
public interface PagedIterator<T> extends Iterator<T>, AutoCloseable {

    /** Releases the page being read, if any; afterwards {@link #hasNext()} is {@code false}. Idempotent. */
    @Override
    void close();
}
