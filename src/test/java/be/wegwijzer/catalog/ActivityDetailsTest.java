package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityDetailsTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 10);

    @Test
    void aOneDayActivityIsPastFromTheNextDay() {
        ActivityDetails webinar = activity(START, null);

        assertThat(webinar.lastDay()).isEqualTo(START);
        assertThat(webinar.isPast(START.minusDays(1))).isFalse();
        assertThat(webinar.isPast(START)).isFalse();
        assertThat(webinar.isPast(START.plusDays(1))).isTrue();
    }

    @Test
    void anActivityOfSeveralDaysIsNotPastWhileItRuns() {
        LocalDate end = START.plusDays(2);
        ActivityDetails training = activity(START, end);

        assertThat(training.lastDay()).isEqualTo(end);
        assertThat(training.isPast(START.plusDays(1))).isFalse();
        assertThat(training.isPast(end)).isFalse();
        assertThat(training.isPast(end.plusDays(1))).isTrue();
    }

    @Test
    void anActivityWithoutDatesIsNeverPast() {
        ActivityDetails campaign = activity(null, null);

        assertThat(campaign.lastDay()).isNull();
        assertThat(campaign.isPast(LocalDate.of(2099, 1, 1))).isFalse();
    }

    private static ActivityDetails activity(LocalDate start, LocalDate end) {
        ActivityDetails activity = new ActivityDetails();
        activity.setStart(start);
        activity.setEnd(end);
        return activity;
    }
}
