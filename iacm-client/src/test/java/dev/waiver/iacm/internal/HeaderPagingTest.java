package dev.waiver.iacm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderPagingTest {

    @ParameterizedTest(name = "size={0} items={1} pages={2}; page {3} of limit {4} held {5} -> next {6}")
    @CsvSource(nullValues = "-", value = {
            // x-total-pages decides when present
            "-,  -,  3, 1, 2, 2, 2",
            "-,  -,  3, 3, 2, 1, -",
            "-,  -,  3, 2, 2, 1, 3",
            "-,  -,  1, 1, 30, 30, -",
            // else x-total-items, in pages of x-page-size or the limit
            "-,  5,  -, 2, 2, 2, 3",
            "-,  5,  -, 3, 2, 1, -",
            "-,  4,  -, 2, 2, 2, -",
            "2,  5,  -, 2, 1000, 2, 3",
            // else a short page is the last
            "-,  -,  -, 1, 2, 2, 2",
            "-,  -,  -, 2, 2, 1, -",
            "2,  -,  -, 1, 1000, 2, 2",
            "0,  -,  -, 1, 2, 2, 2",
            // an empty page always ends the walk
            "-,  -,  9, 2, 2, 0, -",
            "-,  -,  -, 1, 2, 0, -",
    })
    void choosesTheNextPage(Long size, Long items, Long pages, long page, int limit, int count, Long next) {
        assertThat(new HeaderPaging(size, items, pages).nextPage(page, limit, count)).isEqualTo(next);
    }
}
