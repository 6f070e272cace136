package dev.waiver.qualys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualysDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2023-11-28T11:21:31Z, 2023-11-28T11:21:31Z",
            "2023-11-28, 2023-11-28T00:00:00Z",
            "12/31/2026, 2026-12-31T00:00:00Z",
            "12/31/2026 23:59:58, 2026-12-31T23:59:58Z",
            "2023-11-28T11:21:31+02:00, 2023-11-28T09:21:31Z",
            "2023-11-28T11:21:31.250Z, 2023-11-28T11:21:31.250Z",
            "2023-11-28T11:21:31, 2023-11-28T11:21:31Z"})
    void everyShapeQualysWritesIsRead(String text, String expected) {
        assertThat(QualysDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"never", "0", "02/30/2026", "13/01/2026", "2026-02-30", "12/3l/2026", "2023-11-28T25:00:00Z", ""})
    void anythingElseIsNoDate(String text) {
        assertThat(QualysDates.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "n/a"})
    void notApplicableIsNoDateAndSaysSo(String text) {
        assertThat(QualysDates.isNotApplicable(text)).isTrue();
        assertThat(QualysDates.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NA", "N/A/", "never", "", "12/31/2026"})
    void otherTextIsNotNotApplicable(String text) {
        assertThat(QualysDates.isNotApplicable(text)).isFalse();
    }
}
