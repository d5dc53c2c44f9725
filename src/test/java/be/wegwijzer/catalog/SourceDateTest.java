package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceDateTest {

    @Test
    void aSourceDateKeepsItsPrecision() {
        assertThat(SourceDate.parse("2021").orElseThrow()).hasToString("2021");
        assertThat(SourceDate.parse("2021-06").orElseThrow()).hasToString("2021-06");
        assertThat(SourceDate.parse("2021-06-05").orElseThrow()).hasToString("2021-06-05");
        assertThat(SourceDate.parse(" 2021 ")).isPresent();
    }

    @Test
    void onlyRealYearsMonthsAndDaysAreSourceDates() {
        for (String wrong : new String[] {"", "21", "2021-6", "2021-13", "2021-02-29", "2021-06-31", "juni 2021"}) {
            assertThat(SourceDate.parse(wrong)).as(wrong).isEmpty();
        }
        assertThat(SourceDate.parse(null)).isEmpty();
        assertThat(SourceDate.parse("2024-02-29")).isPresent();
    }

    @Test
    void aYearOrMonthMeansItsWholePeriod() {
        SourceDate year = SourceDate.parse("2021").orElseThrow();
        assertThat(year.earliestDay()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(year.latestDay()).isEqualTo(LocalDate.of(2021, 12, 31));
        SourceDate february = SourceDate.parse("2024-02").orElseThrow();
        assertThat(february.latestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(year).isLessThan(SourceDate.parse("2022-01").orElseThrow());
        assertThat(SourceDate.parse("2021-12").orElseThrow()).isGreaterThan(year);
    }
}
