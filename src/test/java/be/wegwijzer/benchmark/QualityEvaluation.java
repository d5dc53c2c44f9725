package be.wegwijzer.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs the judged queries through one search and averages nDCG@10, MRR (first relevant result within the first 10),
 * recall@10 and the share of queries without any result, per query kind and overall.
 */
final class QualityEvaluation {

    static final int CUTOFF = 10;
    static final String OVERALL = "overall";

    /** What one search returned: the total number of results and the ranked slugs of (at least) the first page. */
    record Ranking(long total, List<String> slugs) {}

    record Scores(int queries, double ndcg, double mrr, double recall, double zeroResultRate) {}

    /** One line per query, for finding out what to improve. */
    record PerQuery(JudgedQuery query, Ranking ranking, double ndcg, double mrr, double recall) {}

    record Report(Map<String, Scores> byKind, List<PerQuery> perQuery) {
        Scores overall() {
            return byKind.get(OVERALL);
        }
    }

    private QualityEvaluation() {}

    static Report evaluate(List<JudgedQuery> queries, Function<String, Ranking> search) {
        List<PerQuery> perQuery = new ArrayList<>();
        for (JudgedQuery query : queries) {
            Ranking ranking = search.apply(query.query());
            perQuery.add(new PerQuery(
                    query,
                    ranking,
                    RankingMetrics.ndcgAt(CUTOFF, ranking.slugs(), query.grades()),
                    RankingMetrics.reciprocalRankAt(CUTOFF, ranking.slugs(), query.grades()),
                    RankingMetrics.recallAt(CUTOFF, ranking.slugs(), query.grades())));
        }
        Map<String, List<PerQuery>> groups = new TreeMap<>();
        perQuery.forEach(p ->
                groups.computeIfAbsent(p.query().kind(), k -> new ArrayList<>()).add(p));
        Map<String, Scores> byKind = new LinkedHashMap<>();
        groups.forEach((kind, list) -> byKind.put(kind, average(list)));
        byKind.put(OVERALL, average(perQuery));
        return new Report(byKind, perQuery);
    }

    private static Scores average(List<PerQuery> list) {
        int n = list.size();
        return new Scores(
                n,
                list.stream().mapToDouble(PerQuery::ndcg).sum() / n,
                list.stream().mapToDouble(PerQuery::mrr).sum() / n,
                list.stream().mapToDouble(PerQuery::recall).sum() / n,
                (double) list.stream().filter(p -> p.ranking().total() == 0).count() / n);
    }
}
