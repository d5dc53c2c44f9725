package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureDetailsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    @Test
    void aMeasureIsUpcomingUntilItsFirstDay() {
        MeasureDetails measure = measure(FIRST_DAY, LAST_DAY);
        LocalDate dayBefore = FIRST_DAY.minusDays(1);

        assertThat(measure.isUpcoming(dayBefore)).isTrue();
        assertThat(measure.isOpen(dayBefore)).isFalse();
        assertThat(measure.isEnded(dayBefore)).isFalse();
    }

    @Test
    void aMeasureIsOpenFromItsFirstUpToAndIncludingItsLastDay() {
        MeasureDetails measure = measure(FIRST_DAY, LAST_DAY);

        assertThat(measure.isOpen(FIRST_DAY)).isTrue();
        assertThat(measure.isUpcoming(FIRST_DAY)).isFalse();
        assertThat(measure.isOpen(LAST_DAY)).isTrue();
        assertThat(measure.isEnded(LAST_DAY)).isFalse();
    }

    @Test
    void aMeasureHasEndedTheDayAfterItsLastDay() {
        MeasureDetails measure = measure(FIRST_DAY, LAST_DAY);
        LocalDate dayAfter = LAST_DAY.plusDays(1);

        assertThat(measure.isEnded(dayAfter)).isTrue();
        assertThat(measure.isOpen(dayAfter)).isFalse();
        assertThat(measure.isUpcoming(dayAfter)).isFalse();
    }

    @Test
    void aMeasureWithoutDatesIsAlwaysOpen() {
        MeasureDetails measure = measure(null, null);

        assertThat(measure.isOpen(LocalDate.of(1999, 1, 1))).isTrue();
        assertThat(measure.isOpen(LocalDate.of(2099, 12, 31))).isTrue();
    }

    @Test
    void aMeasureWithOnlyALastDayIsOpenUntilThenAndWithOnlyAFirstDayFromThenOn() {
        MeasureDetails untilJune = measure(null, LAST_DAY);
        MeasureDetails fromMarch = measure(FIRST_DAY, null);

        assertThat(untilJune.isOpen(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(untilJune.isEnded(LAST_DAY.plusDays(1))).isTrue();
        assertThat(fromMarch.isUpcoming(FIRST_DAY.minusDays(1))).isTrue();
        assertThat(fromMarch.isOpen(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void settingStatutesReplacesThePreviousOnes() {
        MeasureDetails measure = new MeasureDetails();
        measure.setStatutes(Set.of(Statute.WERKGEVER, Statute.ZELFSTANDIGE));
        measure.setStatutes(Set.of(Statute.WERKNEMER));

        assertThat(measure.getStatutes()).containsExactly(Statute.WERKNEMER);
        measure.setStatutes(Set.of());
        assertThat(measure.getStatutes()).isEmpty();
    }

    private static MeasureDetails measure(LocalDate from, LocalDate until) {
        MeasureDetails measure = new MeasureDetails();
        measure.setValidFrom(from);
        measure.setValidUntil(until);
        return measure;
    }
}
