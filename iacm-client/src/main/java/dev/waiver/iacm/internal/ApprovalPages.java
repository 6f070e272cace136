package dev.waiver.iacm.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.paging.NumberedPages;
import dev.waiver.core.paging.PageNumbering;
import dev.waiver.iacm.model.Approval;
import java.io.InputStream;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Lists approvals on the core walker: pages numbered from 1, the answer a bare array, the totals in
 * headers ({@link HeaderPaging}); the stopping rule is {@link PageNumbering#totalsFromOne(int)}.
 * Not API.
 */
public final class ApprovalPages {

    private static final TypeReference<List<Approval>> APPROVALS = new TypeReference<>() {
    };

    private ApprovalPages() {
    }

    /**
     * A lazy walk.
     *
     * @param transport      the client's transport
     * @param firstPage      the first page to fetch, from 1
     * @param limit          the page size asked for
     * @param requestForPage builds the list request for a page number
     * @return the lazy list; nothing is fetched yet
     */
    public static PagedIterable<Approval> walk(HttpTransport transport, long firstPage, int limit,
                                               LongFunction<TransportRequest> requestForPage) {
        return NumberedPages.walk(firstPage, PageNumbering.totalsFromOne(limit),
                page -> transport.execute(requestForPage.apply(page), response -> {
                    List<Approval> items;
                    try (InputStream body = response.body()) {
                        items = transport.json().readValue(body, APPROVALS);
                    }
                    return HeaderPaging.page(items, response);
                }));
    }
}
