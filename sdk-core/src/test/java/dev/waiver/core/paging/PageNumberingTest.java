package dev.waiver.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNumberingTest {

    private static List<String> items(int count) {
        return Collections.nCopies(count, "x");
    }

    @ParameterizedTest(name = "totalItems={0} totalPages={1}; page {2} held {3}, read {4} -> next {5}")
    @CsvSource(nullValues = "-", value = {
            // totalPages decides when present, pages counted from 0
            "-,  3, 0, 2, 2, true",
            "-,  3, 1, 2, 4, true",
            "-,  3, 2, 2, 6, false",
            "-,  1, 0, 1, 1, false",
            // a short page is not the last while totalPages says more follow
            "-,  3, 0, 1, 1, true",
            // else totalItems against the items read
            "5,  -, 0, 2, 2, true",
            "5,  -, 2, 1, 5, false",
            // no totals: go on until an empty page
            "-,  -, 7, 1, 99, true",
            // an empty page always ends the walk
            "-,  9, 0, 0, 0, false",
            "9,  -, 0, 0, 0, false",
            "-,  -, 0, 0, 0, false",
    })
    void totalsFromZero(Long totalItems, Long totalPages, long page, int count, long read, boolean next) {
        NumberedPage<String> answer = NumberedPage.withTotals(items(count), totalItems, totalPages, null);
        assertThat(PageNumbering.totalsFromZero().hasNext(page, read, answer)).isEqualTo(next);
    }

    @ParameterizedTest(name = "size={0} items={1} pages={2}; page {3} of limit {4} held {5} -> next {6}")
    @CsvSource(nullValues = "-", value = {
            // totalPages decides when present, pages counted from 1
            "-,  -,  3, 1, 2, 2, true",
            "-,  -,  3, 3, 2, 1, false",
            "-,  -,  3, 2, 2, 1, true",
            "-,  -,  1, 1, 30, 30, false",
            // else totalItems, in pages of the reported page size or the limit
            "-,  5,  -, 2, 2, 2, true",
            "-,  5,  -, 3, 2, 1, false",
            "-,  4,  -, 2, 2, 2, false",
            "2,  5,  -, 2, 1000, 2, true",
            // else a short page is the last
            "-,  -,  -, 1, 2, 2, true",
            "-,  -,  -, 2, 2, 1, false",
            "2,  -,  -, 1, 1000, 2, true",
            "0,  -,  -, 1, 2, 2, true",
            // an empty page always ends the walk
            "-,  -,  9, 2, 2, 0, false",
            "-,  -,  -, 1, 2, 0, false",
    })
    void totalsFromOne(Long size, Long totalItems, Long totalPages, long page, int limit, int count, boolean next) {
        NumberedPage<String> answer = NumberedPage.withTotals(items(count), totalItems, totalPages, size);
        assertThat(PageNumbering.totalsFromOne(limit).hasNext(page, count, answer)).isEqualTo(next);
    }

    @ParameterizedTest(name = "hasMore={0} held {1} -> next {2}")
    @CsvSource({
            "true, 2, true",
            "false, 2, false",
            "true, 0, false",
            "false, 0, false",
    })
    void moreFlag(boolean hasMore, int count, boolean next) {
        NumberedPage<String> answer = NumberedPage.withMoreFlag(items(count), hasMore, null);
        assertThat(PageNumbering.moreFlag().hasNext(4, count, answer)).isEqualTo(next);
    }

    @org.junit.jupiter.api.Test
    void nullItemsCountAsNoneAndNullEntriesAreDropped() {
        assertThat(NumberedPage.withTotals(null, 1L, 1L, null).items()).isEmpty();
        assertThat(NumberedPage.withMoreFlag(java.util.Arrays.asList("a", null, "b"), true, null).items())
                .containsExactly("a", "b");
    }
}
