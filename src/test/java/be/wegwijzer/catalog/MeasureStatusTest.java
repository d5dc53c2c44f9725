package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The status of a measure or call on a fixed day, from its dates, its source date and a check. */
class MeasureStatusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static Item measure(String sourceDate, LocalDate from, LocalDate until) {
        Item item = new Item(ItemType.MAATREGEL, "oproep", CLOCK.instant());
        item.verification()
                .setSourceDate(
                        sourceDate == null ? null : SourceDate.parse(sourceDate).orElseThrow());
        item.measure().setValidFrom(from);
        item.measure().setValidUntil(until);
        return item;
    }

    @Test
    void aCallWithoutEndDateFromA2021SourceHasAnUnknownStatus() {
        assertThat(measure("2021", null, null).measureStatus(TODAY)).isEqualTo(MeasureStatus.UNKNOWN);
        assertThat(measure("2022-06-15", null, null).measureStatus(TODAY)).isEqualTo(MeasureStatus.UNKNOWN);
        assertThat(measure(null, null, null).measureStatus(TODAY)).isEqualTo(MeasureStatus.UNKNOWN);
    }

    @Test
    void aYearStaysCurrentUntilTwoYearsAfterItsLastDay() {
        assertThat(measure("2024", null, null).measureStatus(TODAY)).isEqualTo(MeasureStatus.OPEN);
        assertThat(measure("2024", null, null).measureStatus(LocalDate.of(2026, 12, 31)))
                .isEqualTo(MeasureStatus.OPEN);
        assertThat(measure("2024", null, null).measureStatus(LocalDate.of(2027, 1, 1)))
                .isEqualTo(MeasureStatus.UNKNOWN);
    }

    @Test
    void aRecentCheckMakesAnOldMeasureCurrentAgain() {
        Item item = measure("2017", null, null);
        Item organisation = new Item(ItemType.ORGANISATIE, "departement-wse", CLOCK.instant());
        item.verification().setVerified(TODAY.minusMonths(2), organisation);
        assertThat(item.measureStatus(TODAY)).isEqualTo(MeasureStatus.OPEN);
        assertThat(item.verification().currentAsOf()).contains(TODAY.minusMonths(2));
    }

    @Test
    void knownDatesDecideWhateverTheAgeOfTheSource() {
        assertThat(measure("2021", null, LocalDate.of(2022, 12, 31)).measureStatus(TODAY))
                .isEqualTo(MeasureStatus.ENDED);
        assertThat(measure("2017", null, TODAY).measureStatus(TODAY)).isEqualTo(MeasureStatus.OPEN);
        assertThat(measure("2025", TODAY.plusDays(1), null).measureStatus(TODAY))
                .isEqualTo(MeasureStatus.UPCOMING);
        assertThat(measure("2025", null, null).measureStatus(TODAY)).isEqualTo(MeasureStatus.OPEN);
    }

    @Test
    void otherTypesHaveNoMeasureStatus() {
        assertThat(new Item(ItemType.TOOL, "scan", CLOCK.instant()).measureStatus(TODAY))
                .isNull();
    }
}
