package be.wegwijzer.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Ranking quality of one result list against graded judgments (slug to grade: 2 highly relevant, 1 relevant;
 * anything not judged counts as not relevant).
 *
 * <p>nDCG uses the exponential gain 2^grade − 1 with a log2(rank + 1) discount, so one highly relevant item (gain 3)
 * outweighs two merely relevant ones (gain 1 each); the ideal ordering is built from all judged items, also those
 * the search did not return.
 */
final class RankingMetrics {

    private RankingMetrics() {}

    static double ndcgAt(int k, List<String> ranking, Map<String, Integer> grades) {
        double ideal = dcg(grades.values().stream()
                .filter(g -> g > 0)
                .sorted((a, b) -> b - a)
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray());
        if (ideal == 0) {
            return 0;
        }
        int[] gains = ranking.stream()
                .limit(k)
                .mapToInt(slug -> grades.getOrDefault(slug, 0))
                .toArray();
        return dcg(gains) / ideal;
    }

    /** 1/rank of the first relevant result within the first k, 0 when there is none. */
    static double reciprocalRankAt(int k, List<String> ranking, Map<String, Integer> grades) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the relevant items (grade 1 or 2) found in the first k results. */
    static double recallAt(int k, List<String> ranking, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranking.stream()
                .limit(k)
                .filter(slug -> grades.getOrDefault(slug, 0) > 0)
                .count();
        return (double) found / relevant;
    }

    private static double dcg(int[] grades) {
        double sum = 0;
        for (int i = 0; i < grades.length; i++) {
            sum += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
