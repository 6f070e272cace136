package dev.waiver.core;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.waiver.core.http.TestTransports;
import dev.waiver.core.http.HttpMethod;
import dev.waiver.core.http.TransportRequest;
import dev.waiver.core.http.HttpTransport;
import dev.waiver.core.paging.PageResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagedIterableTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A vendor paging model over WireMock: 0-based page numbers, totalPages in the body. */
    private PagedIterable<String> names(HttpTransport t) {
        return PagedIterable.of(0, page -> {
            JsonNode body = t.executeJson(TransportRequest.builder(TestTransports.OPERATION, HttpMethod.GET, "/names").query("page", page).build(), JsonNode.class);
            List<String> items = new ArrayList<>();
            body.path("results").forEach(n -> items.add(n.asText()));
            int totalPages = body.path("totalPages").asInt();
            return PageResponse.of(items, page + 1 < totalPages ? page + 1 : null, body.path("totalItems").asLong(), totalPages);
        });
    }

    private HttpTransport transport() {
        return dev.waiver.core.http.TestTransports.forUrl(wm.baseUrl(), RetryPolicy.none());
    }

    private void stubThreePages() {
        wm.stubFor(get(urlPathEqualTo("/names")).withQueryParam("page", equalTo("0"))
                .willReturn(okJson("{\"results\":[\"a\",\"b\"],\"totalPages\":3,\"totalItems\":5}")));
        wm.stubFor(get(urlPathEqualTo("/names")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson("{\"results\":[\"c\",\"d\"],\"totalPages\":3,\"totalItems\":5}")));
        wm.stubFor(get(urlPathEqualTo("/names")).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"results\":[\"e\"],\"totalPages\":3,\"totalItems\":5}")));
    }

    @Test
    void threePagesAreFetchedExactlyOnceAndNoneBeforeTheFirstItemIsAsked() {
        stubThreePages();
        try (HttpTransport t = transport()) {
            PagedIterable<String> list = names(t);
            Iterator<String> it = list.iterator();
            assertThat(wm.getAllServeEvents()).isEmpty();
            assertThat(it.next()).isEqualTo("a");
            wm.verify(1, getRequestedFor(urlPathEqualTo("/names")));
            List<String> rest = new ArrayList<>();
            it.forEachRemaining(rest::add);
            assertThat(rest).containsExactly("b", "c", "d", "e");
        }
        wm.verify(3, getRequestedFor(urlPathEqualTo("/names")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/names")).withQueryParam("page", equalTo("2")));
    }

    @Test
    void byPageExposesTotalsAndStreamStopsEarly() {
        stubThreePages();
        try (HttpTransport t = transport()) {
            List<Page<String>> pages = new ArrayList<>();
            names(t).byPage().forEach(pages::add);
            assertThat(pages).extracting(Page::items).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
            assertThat(pages).extracting(Page::index).containsExactly(0, 1, 2);
            assertThat(pages).extracting(Page::isLast).containsExactly(false, false, true);
            assertThat(pages.get(0).totalItems()).hasValue(5);
            assertThat(pages.get(0).totalPages()).hasValue(3);
            wm.resetRequests();
            assertThat(names(t).stream().limit(3).collect(Collectors.toList())).containsExactly("a", "b", "c");
            wm.verify(2, getRequestedFor(urlPathEqualTo("/names")));
        }
    }

    @Test
    void eachIterationStartsAFreshWalk() {
        stubThreePages();
        try (HttpTransport t = transport()) {
            PagedIterable<String> list = names(t);
            assertThat(list.stream().count()).isEqualTo(5);
            assertThat(list.stream().count()).isEqualTo(5);
        }
        wm.verify(6, getRequestedFor(urlPathEqualTo("/names")));
    }

    @Test
    void emptyPagesInTheMiddleAreSkippedAndAnEmptyListHasNoItems() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<Integer> list = PagedIterable.of(0, page -> {
            calls.incrementAndGet();
            return PageResponse.of(page == 1 ? List.of() : List.of(page), page < 2 ? page + 1 : null, null, null);
        });
        assertThat(list).containsExactly(0, 2);
        assertThat(calls).hasValue(3);
        assertThat(PagedIterable.of(0, p -> PageResponse.of(List.<String>of(), null, 0L, 0))).isEmpty();
    }

    @Test
    void aVendorThatIgnoresThePageAskedForStopsWithAClearErrorInsteadOfLooping() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<String> stuck = PagedIterable.of(0, page -> {
            calls.incrementAndGet();
            return PageResponse.of(List.of("a", "b"), page + 1, null, null);
        });
        Iterator<String> it = stuck.iterator();
        assertThat(it.next()).isEqualTo("a");
        assertThat(it.next()).isEqualTo("b");
        assertThatThrownBy(it::hasNext)
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("same items as the page before it");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aNextKeyThatRepeatsStopsWithAClearErrorInsteadOfLooping() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<String> endless = PagedIterable.of("u1", key -> {
            calls.incrementAndGet();
            return PageResponse.of(List.of(key), key.equals("u1") ? "u2" : "u1", null, null);
        });
        assertThatThrownBy(() -> endless.forEach(x -> { }))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("points back to a page already read");
        assertThat(calls).hasValue(2);
    }

    /** A streamed page that counts how often it is closed. */
    private static PageResponse<Integer, String> streamedPage(List<String> items, Integer next, AtomicInteger closes) {
        PageResponse<Integer, String> inMemory = PageResponse.of(items, next, null, null);
        return new PageResponse<>() {
            @Override
            public Iterator<String> items() {
                return inMemory.items();
            }

            @Override
            public java.util.Optional<Integer> nextKey() {
                return inMemory.nextKey();
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
    }

    @Test
    void closingTheIteratorOrTheStreamReleasesThePageBeingReadOnceAndEndsTheWalk() {
        AtomicInteger closes = new AtomicInteger();
        AtomicInteger fetches = new AtomicInteger();
        PagedIterable<String> list = PagedIterable.of(0, page -> {
            fetches.incrementAndGet();
            return streamedPage(List.of("a" + page, "b" + page), page + 1, closes);
        });

        PagedIterator<String> it = list.iterator();
        assertThat(it.next()).isEqualTo("a0");
        assertThat(closes).hasValue(0);
        it.close();
        it.close();
        assertThat(closes).hasValue(1);
        assertThat(it.hasNext()).isFalse();

        try (java.util.stream.Stream<String> s = list.stream()) {
            assertThat(s.findFirst()).contains("a0");
        }
        assertThat(closes).hasValue(2);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aWalkReadToItsEndHasClosedEveryPageWithoutBeingClosed() {
        AtomicInteger closes = new AtomicInteger();
        PagedIterable<String> list = PagedIterable.of(0, page -> streamedPage(List.of("x" + page), page < 2 ? page + 1 : null,
                closes));
        assertThat(list.stream().toList()).containsExactly("x0", "x1", "x2");
        assertThat(closes).hasValue(3);
    }

    @Test
    void anIteratorAbandonedUnclosedIsReleasedOnceItIsCollected() throws InterruptedException {
        AtomicInteger closes = new AtomicInteger();
        PagedIterable<String> list = PagedIterable.of(0, page -> streamedPage(List.of("a", "b"), null, closes));
        for (int i = 0; i < 10; i++) {
            for (String item : list) {
                assertThat(item).isEqualTo("a");
                break;
            }
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (closes.get() < 10 && System.nanoTime() < deadline) {
            System.gc();
            synchronized (closes) {
                closes.wait(20);
            }
        }
        assertThat(closes).hasValue(10);
    }
}
