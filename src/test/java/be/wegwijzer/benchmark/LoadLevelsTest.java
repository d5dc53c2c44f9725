package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoadLevelsTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void roundTripsCountForThePlateauTheyStartedInAndNotForRamps() {
        LoadLevels levels = new LoadLevels(new int[] {10, 20}, 1000, 100);
        levels.start(5000);

        assertThat(levels.levelAt(4999)).isEqualTo(-1);
        assertThat(levels.levelAt(5000)).isZero();
        assertThat(levels.levelAt(5999)).isZero();
        assertThat(levels.levelAt(6050)).as("ramp").isEqualTo(-1);
        assertThat(levels.levelAt(6100)).isEqualTo(1);
        assertThat(levels.levelAt(7200)).as("after the last level").isEqualTo(-1);

        levels.record(5010, 200 * MS, true);
        levels.record(6050, 5000 * MS, false);
        assertThat(levels.levels()).singleElement().satisfies(level -> {
            assertThat(level.visitors()).isEqualTo(10);
            assertThat(level.stats().count()).isOne();
        });
        assertThat(levels.outsidePlateaus()).isOne();
        assertThat(levels.outsideErrors()).isOne();
    }

    @Test
    void theHeldLevelIsTheLastOfAnUnbrokenRunUnderTheBoundWithoutErrors() {
        LoadLevels levels = new LoadLevels(new int[] {10, 20, 40, 80}, 1000, 0);
        levels.start(0);
        for (int i = 0; i < 100; i++) {
            levels.record(10, 100 * MS, true);
            levels.record(1010, 300 * MS, true);
            levels.record(2010, 1500 * MS, true);
            levels.record(3010, 200 * MS, true);
        }
        assertThat(levels.held(1000)).as("80 is fast again, but 40 was not").isEqualTo(20);

        levels.record(1020, 10 * MS, false);
        assertThat(levels.held(1000)).as("one error at 20 visitors").isEqualTo(10);
    }

    @Test
    void twoMissedLevelsInARowMeanThePortalIsPastItsLimit() {
        LoadLevels levels = new LoadLevels(new int[] {10, 20, 40, 80}, 1000, 0);
        levels.start(0);
        levels.record(10, 100 * MS, true);
        levels.record(1010, 2000 * MS, true);
        levels.record(2010, 3000 * MS, true);

        assertThat(levels.pastTheLimit(2500, 1000))
                .as("the second slow level is still running")
                .isFalse();
        assertThat(levels.pastTheLimit(3000, 1000)).isTrue();
    }
}
