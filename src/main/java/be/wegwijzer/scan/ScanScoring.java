package be.wegwijzer.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into a profile and the points to act on first. Pure arithmetic, no Spring: each answer counts
 * for its dimension as a share of "good" (0 to 1), a dimension scores the mean of its statements times 100.
 */
public final class ScanScoring {

    /** At or above: going well. */
    public static final int GOOD = 67;
    /** At or below: a sore point. Between: worth attention. */
    public static final int SORE = 33;

    public static final int MAX_PRIORITIES = 3;

    private ScanScoring() {}

    public enum Band {
        GOED,
        AANDACHT,
        KNELPUNT
    }

    public record DimensionScore(String code, int score, Band band) {}

    /** The whole profile, in the order of the scan's dimensions, and the points to act on first. */
    public record Profile(List<DimensionScore> scores, List<DimensionScore> priorities) {}

    /**
     * @param answers one value per statement, in statement order, from 0 ("Nooit") to {@code scan.maxAnswer()}
     */
    public static Profile score(QuickScan scan, List<Integer> answers) {
        if (answers.size() != scan.statements().size()) {
            throw new IllegalArgumentException(
                    "Expected " + scan.statements().size() + " answers, got " + answers.size());
        }
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        scan.dimensions().forEach(d -> shares.put(d.code(), new ArrayList<>()));
        for (int i = 0; i < answers.size(); i++) {
            int answer = answers.get(i);
            if (answer < 0 || answer > scan.maxAnswer()) {
                throw new IllegalArgumentException("Answer " + (i + 1) + " is out of range: " + answer);
            }
            QuickScan.Statement statement = scan.statements().get(i);
            double share = answer / (double) scan.maxAnswer();
            shares.get(statement.dimension()).add(statement.positive() ? share : 1 - share);
        }
        List<DimensionScore> scores = shares.entrySet().stream()
                .map(e -> {
                    int score = (int) Math.round(100
                            * e.getValue().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .average()
                                    .orElse(1));
                    return new DimensionScore(e.getKey(), score, band(score));
                })
                .toList();
        return new Profile(scores, priorities(scan, scores));
    }

    /**
     * The (at most three) weakest dimensions below "good", then ordered quick wins first: what is urgent decides
     * what is on the list, what is easy decides where to start.
     */
    static List<DimensionScore> priorities(QuickScan scan, List<DimensionScore> scores) {
        return scores.stream()
                .filter(s -> s.score() < GOOD)
                .sorted(Comparator.comparingInt(DimensionScore::score))
                .limit(MAX_PRIORITIES)
                .sorted(Comparator.comparing(
                                (DimensionScore s) -> scan.dimension(s.code()).effort())
                        .thenComparingInt(DimensionScore::score))
                .toList();
    }

    static Band band(int score) {
        return score >= GOOD ? Band.GOED : score <= SORE ? Band.KNELPUNT : Band.AANDACHT;
    }
}
