package dev.waiver.core.internal;

import dev.waiver.core.CallInfo;

/**
 * Carries the call that fetched a page from the transport to the page walk, which has no other
 * way to know it (a vendor's page fetcher only returns the page). The walk {@link #open() opens} a
 * slot on its thread around each fetch; a transport with listeners {@link #record records} its
 * successful call in it; the walk then {@link #pageFetched reports} the page to that call's
 * listeners. A transport without listeners never touches the slot, so a page fetched through it
 * reports nothing. For sdk-core itself.
 */
public final class PageCall {

    private static final ThreadLocal<PageCall> OPEN = new ThreadLocal<>();

    private final PageCall outer;
    private CallListeners listeners;
    private CallInfo call;

    private PageCall(PageCall outer) {
        this.outer = outer;
    }

    /**
     * Opens a slot on this thread for the fetch about to run; {@link #close()} it after the fetch.
     *
     * @return the slot
     */
    public static PageCall open() {
        PageCall slot = new PageCall(OPEN.get());
        OPEN.set(slot);
        return slot;
    }

    /**
     * Records a successful call in this thread's open slot, if any: the last call of a fetch is the
     * one that answered with the page.
     *
     * @param listeners the call's listeners
     * @param call      the call
     */
    public static void record(CallListeners listeners, CallInfo call) {
        PageCall slot = OPEN.get();
        if (slot != null) {
            slot.listeners = listeners;
            slot.call = call;
        }
    }

    /** Closes this slot, restoring the one it was opened inside (a walk inside a fetch), if any. */
    public void close() {
        if (outer == null) {
            OPEN.remove();
        } else {
            OPEN.set(outer);
        }
    }

    /**
     * Tells the page's call's listeners, if the page came through a transport with listeners.
     *
     * @param pageIndex the page's index in its walk, from 0
     * @param items     how many items the page held
     */
    public void pageFetched(int pageIndex, int items) {
        if (listeners != null) {
            listeners.pageFetched(call, pageIndex, items);
        }
    }
}
