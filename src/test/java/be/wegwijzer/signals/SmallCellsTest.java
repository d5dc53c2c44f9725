package be.wegwijzer.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    @Test
    void countsUnderFiveAreHiddenZeroIncluded() {
        assertThat(SmallCells.suppress(List.of(12L, 3L, 0L, 5L))).isEqualTo(Arrays.asList(12L, null, null, 5L));
        assertThat(SmallCells.total(4)).isNull();
        assertThat(SmallCells.total(5)).isEqualTo(5L);
    }

    @Test
    void aSingleHiddenCellTakesTheSmallestShownOneWithItSoTheTotalDoesNotGiveItAway() {
        assertThat(SmallCells.suppress(List.of(12L, 3L, 7L, 9L))).isEqualTo(Arrays.asList(12L, null, null, 9L));
    }

    @Test
    void aSingleHiddenZeroNeedsNoSecondCell() {
        assertThat(SmallCells.suppress(List.of(12L, 0L, 7L))).isEqualTo(Arrays.asList(12L, null, 7L));
    }
}
