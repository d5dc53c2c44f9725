package be.wegwijzer.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlertFrequencyTest {

    @Test
    void aWeekIsTheIsoWeekAcrossTheTurnOfTheYear() {
        assertThat(AlertFrequency.WEKELIJKS.period(LocalDate.of(2026, 12, 3))).isEqualTo("2026-W49");
        // 1 January 2027 is a Friday: still in the last ISO week of 2026
        assertThat(AlertFrequency.WEKELIJKS.period(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(AlertFrequency.WEKELIJKS.period(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
    }

    @Test
    void aMonthIsTheCalendarMonth() {
        assertThat(AlertFrequency.MAANDELIJKS.period(LocalDate.of(2026, 12, 31)))
                .isEqualTo("2026-12");
        assertThat(AlertFrequency.MAANDELIJKS.period(LocalDate.of(2027, 1, 1))).isEqualTo("2027-01");
    }
}
