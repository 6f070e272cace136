package dev.waiver.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waiver.core.Page;
import dev.waiver.core.PagedIterable;
import dev.waiver.core.PagedIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NumberedPagesTest {

    /** Pages as a vendor would serve them, and the page numbers asked for. */
    private final List<Long> asked = new ArrayList<>();

    private NumberedPage<String> serve(long page, List<List<String>> pages, long offset, Long totalPages) {
        asked.add(page);
        int index = (int) (page - offset);
        List<String> items = index < pages.size() ? pages.get(index) : List.of();
        long total = pages.stream().mapToLong(List::size).sum();
        return NumberedPage.withTotals(items, total, totalPages, null);
    }

    @Test
    void walksFromZeroAndStopsExactlyAtTheLastPage() {
        List<List<String>> pages = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        PagedIterable<String> list = NumberedPages.walk(0, PageNumbering.totalsFromZero(),
                page -> serve(page, pages, 0, 3L));

        assertThat(asked).isEmpty();
        assertThat(list).containsExactly("a", "b", "c", "d", "e");
        assertThat(asked).containsExactly(0L, 1L, 2L);
    }

    @Test
    void walksFromOneWithTotalsAndReportsPageMetadata() {
        List<List<String>> pages = List.of(List.of("a", "b"), List.of("c"));
        PagedIterable<String> list = NumberedPages.walk(1, PageNumbering.totalsFromOne(2),
                page -> serve(page, pages, 1, 2L));

        List<Page<String>> read = new ArrayList<>();
        list.byPage().forEach(read::add);

        assertThat(asked).containsExactly(1L, 2L);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).items()).containsExactly("a", "b");
        assertThat(read.get(0).index()).isZero();
        assertThat(read.get(0).totalItems()).isEqualTo(OptionalLong.of(3));
        assertThat(read.get(0).totalPages()).isEqualTo(OptionalInt.of(2));
        assertThat(read.get(0).isLast()).isFalse();
        assertThat(read.get(1).items()).containsExactly("c");
        assertThat(read.get(1).index()).isEqualTo(1);
        assertThat(read.get(1).isLast()).isTrue();
    }

    @Test
    void followsTheMoreFlagAndStopsWhenItIsFalse() {
        PagedIterable<String> list = NumberedPages.walk(5, PageNumbering.moreFlag(), page -> {
            asked.add(page);
            return NumberedPage.withMoreFlag(List.of("p" + page), page < 7, null);
        });

        assertThat(list).containsExactly("p5", "p6", "p7");
        assertThat(asked).containsExactly(5L, 6L, 7L);
    }

    @Test
    void anEarlyExitFetchesNoFurtherPage() {
        List<List<String>> pages = List.of(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        PagedIterable<String> list = NumberedPages.walk(0, PageNumbering.totalsFromZero(),
                page -> serve(page, pages, 0, 3L));

        try (PagedIterator<String> it = list.iterator()) {
            assertThat(it.next()).isEqualTo("a");
            it.close();
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(list.stream().limit(3).toList()).containsExactly("a", "b", "c");
        assertThat(asked).containsExactly(0L, 0L, 1L);
    }

    @Test
    void totalPagesBeyondIntRangeAreReportedAsUnknown() {
        PagedIterable<String> list = NumberedPages.walk(0, PageNumbering.totalsFromZero(),
                page -> NumberedPage.withTotals(List.of("a"), null, 1L + Integer.MAX_VALUE, null));

        Page<String> first = list.byPage().iterator().next();

        assertThat(first.totalPages()).isEmpty();
        assertThat(first.isLast()).isFalse();
    }
}
