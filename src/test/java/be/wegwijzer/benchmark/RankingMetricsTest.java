package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values computed by hand: gain 2^grade − 1, discount log2(rank + 1). */
class RankingMetricsTest {

    /** a and e highly relevant, c relevant; e was not found. */
    static final Map<String, Integer> GRADES = Map.of("a", 2, "c", 1, "e", 2);

    @Test
    void ndcgComparesWithTheIdealOrderOfAllJudgedItems() {
        // DCG = 3/1 + 1/log2(4) = 3.5; ideal = 3/1 + 3/log2(3) + 1/log2(4) = 5.392789
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "c", "d"), GRADES))
                .isCloseTo(0.649014, within(1e-6));
    }

    @Test
    void ndcgOnlyLooksAtTheFirstK() {
        // DCG@2 = 3; ideal@2 = 3 + 3/log2(3) = 4.892789
        assertThat(RankingMetrics.ndcgAt(2, List.of("a", "b", "c", "d"), GRADES))
                .isCloseTo(0.613147, within(1e-6));
    }

    @Test
    void theIdealRankingScoresOne() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "e", "c", "x"), GRADES))
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nothingFoundOrNothingJudgedScoresZero() {
        assertThat(RankingMetrics.ndcgAt(10, List.of(), GRADES)).isZero();
        assertThat(RankingMetrics.ndcgAt(10, List.of("a"), Map.of())).isZero();
        assertThat(RankingMetrics.recallAt(10, List.of("a"), Map.of())).isZero();
    }

    @Test
    void reciprocalRankIsOneOverTheRankOfTheFirstRelevantResult() {
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of("a", "b"), GRADES))
                .isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of("b", "c", "a"), GRADES))
                .isEqualTo(0.5);
        assertThat(RankingMetrics.reciprocalRankAt(10, List.of("b", "d", "x", "e"), GRADES))
                .isEqualTo(0.25);
        assertThat(RankingMetrics.reciprocalRankAt(2, List.of("b", "d", "a"), GRADES))
                .isZero();
    }

    @Test
    void recallCountsRelevantItemsInTheFirstK() {
        assertThat(RankingMetrics.recallAt(10, List.of("a", "b", "c", "d"), GRADES))
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(RankingMetrics.recallAt(2, List.of("a", "b", "c", "d"), GRADES))
                .isCloseTo(1.0 / 3, within(1e-9));
    }
}
