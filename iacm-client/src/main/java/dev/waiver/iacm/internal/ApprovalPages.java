package dev.waiver.iacm.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.paging.PageFetcher;
import dev.waiver.core.paging.PageResponse;
import dev.waiver.iacm.model.Approval;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Fetches one page of approvals: sends the list request for a page number, reads the bare array
 * and the paging headers, and names the next page. Not API.
 */
public final class ApprovalPages implements PageFetcher<Long, Approval> {

    private static final TypeReference<List<Approval>> APPROVALS = new TypeReference<>() {
    };

    private final HttpTransport transport;
    private final LongFunction<TransportRequest> requestForPage;
    private final int limit;

    /**
     * @param transport      the client's transport
     * @param requestForPage builds the list request for a page number
     * @param limit          the page size asked for
     */
    public ApprovalPages(HttpTransport transport, LongFunction<TransportRequest> requestForPage, int limit) {
        this.transport = transport;
        this.requestForPage = requestForPage;
        this.limit = limit;
    }

    @Override
    public PageResponse<Long, Approval> fetch(Long page) {
        return transport.execute(requestForPage.apply(page), response -> {
            List<Approval> items;
            try (InputStream body = response.body()) {
                items = transport.json().readValue(body, APPROVALS);
            }
            List<Approval> safe = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
            HeaderPaging paging = HeaderPaging.from(response);
            return PageResponse.of(safe, paging.nextPage(page, limit, safe.size()), paging.totalItems(),
                    paging.totalPagesAsInt());
        });
    }
}
