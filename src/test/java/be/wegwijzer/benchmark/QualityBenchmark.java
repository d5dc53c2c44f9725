package be.wegwijzer.benchmark;

import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SuggestionService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The real corpus: content import throughput with the real {@link ContentImporter}, and search quality on the judged
 * query set for our search (through {@link SearchService}) and for MariaDB FULLTEXT and LIKE on the same data.
 */
final class QualityBenchmark {

    static final String OURS = "ours (SearchService)";
    static final String FULLTEXT = "MariaDB FULLTEXT";
    static final String LIKE = "MariaDB LIKE";

    record Result(
            ImportReport firstImport, ImportReport unchangedImport, Map<String, QualityEvaluation.Report> quality) {}

    private QualityBenchmark() {}

    static Result run(Path contentDir, Report report) throws Exception {
        report.heading("Real corpus: content import and search quality");
        try (PortalContext context = PortalContext.startFresh("real")) {
            ContentImporter importer = context.bean(ContentImporter.class);
            ImportReport first = importer.importFolder(contentDir);
            ImportReport again = importer.importFolder(contentDir);
            if (!first.succeeded()) {
                throw new IllegalStateException(first.format());
            }
            report.line(String.format(
                    "Content import (`ContentImporter.importFolder` on `%s`, empty database): %d items in %.2f s "
                            + "= **%.0f items/s** (parse, validate, write, index); again with nothing changed: %.2f s.",
                    contentDir,
                    first.itemCount(),
                    first.duration().toMillis() / 1000.0,
                    first.itemCount() / (first.duration().toMillis() / 1000.0),
                    again.duration().toMillis() / 1000.0));

            List<JudgedQuery> judged = JudgedQuery.load();
            SearchService service = context.bean(SearchService.class);
            LocalDate today = LocalDate.now(context.bean(Clock.class));
            Map<String, QualityEvaluation.Report> quality = new LinkedHashMap<>();
            quality.put(OURS, QualityEvaluation.evaluate(judged, q -> {
                SearchResult result = service.search(SearchRequest.of(q));
                return new QualityEvaluation.Ranking(
                        result.total(),
                        result.hits().stream().map(ItemHit::slug).toList());
            }));
            try (SqlBaseline sql = new SqlBaseline(context.dataSource(), today)) {
                quality.put(
                        FULLTEXT,
                        QualityEvaluation.evaluate(
                                judged,
                                q -> ranking(sql.search(
                                        SearchRequest.of(q), SqlBaseline.Method.FULLTEXT, SqlBaseline.Work.PAGE))));
                quality.put(
                        LIKE,
                        QualityEvaluation.evaluate(
                                judged,
                                q -> ranking(sql.search(
                                        SearchRequest.of(q),
                                        SqlBaseline.Method.LIKE,
                                        SqlBaseline.Work.PAGE_AND_FACETS))));
            }
            print(judged, quality, report);
            suggestions(judged, context.bean(SuggestionService.class), report);
            return new Result(first, again, quality);
        }
    }

    /**
     * Search as you type on the real corpus: every prefix of 2 to 12 characters of every judged query, as someone
     * typing it would send them, through the service the search box calls. Three warm-up rounds, then one measured.
     */
    static void suggestions(List<JudgedQuery> judged, SuggestionService suggestions, Report report) {
        List<String> prefixes = judged.stream()
                .map(JudgedQuery::query)
                .flatMap(q -> IntStream.rangeClosed(2, Math.min(12, q.length())).mapToObj(n -> q.substring(0, n)))
                .toList();
        for (int round = 0; round < 3; round++) {
            prefixes.forEach(p -> suggestions.suggest(p, 8));
        }
        org.HdrHistogram.Histogram micros = LatencyStats.newHistogram();
        long shown = 0;
        long wall = System.nanoTime();
        for (String prefix : prefixes) {
            long started = System.nanoTime();
            shown += suggestions.suggest(prefix, 8).size();
            LatencyStats.record(micros, System.nanoTime() - started);
        }
        LatencyStats stats = LatencyStats.of(micros, System.nanoTime() - wall);
        report.subheading("Search as you type (SuggestionService, real corpus)");
        report.line(String.format(
                "%d prefixes (2–12 characters of the judged queries), %.1f suggestions each on average: "
                        + "p50 **%.2f ms**, p95 **%.2f ms**, p99 %.2f ms, max %.2f ms (server time, one thread).",
                prefixes.size(), shown / (double) prefixes.size(), stats.p50(), stats.p95(), stats.p99(), stats.max()));
    }

    private static QualityEvaluation.Ranking ranking(SqlBaseline.Result result) {
        return new QualityEvaluation.Ranking(result.total(), result.slugs());
    }

    static void print(List<JudgedQuery> judged, Map<String, QualityEvaluation.Report> quality, Report report) {
        report.subheading(
                "Judged query set: " + judged.size() + " queries (src/test/resources" + JudgedQuery.RESOURCE + ")");
        List<List<String>> rows = new ArrayList<>();
        QualityEvaluation.Report ours = quality.get(OURS);
        for (String kind : ours.byKind().keySet()) {
            quality.forEach((engine, r) -> {
                QualityEvaluation.Scores s = r.byKind().get(kind);
                rows.add(List.of(
                        kind.equals(QualityEvaluation.OVERALL) ? "**overall**" : kind,
                        String.valueOf(s.queries()),
                        engine,
                        Report.num(s.ndcg(), 3),
                        Report.num(s.mrr(), 3),
                        Report.num(s.recall(), 3),
                        Report.num(s.zeroResultRate(), 3)));
            });
        }
        report.table(List.of("kind", "queries", "engine", "nDCG@10", "MRR@10", "recall@10", "zero-result rate"), rows);

        report.subheading("Per query (nDCG@10; ours' first three results)");
        List<List<String>> perQuery = new ArrayList<>();
        List<QualityEvaluation.PerQuery> ourQueries = ours.perQuery();
        for (int i = 0; i < ourQueries.size(); i++) {
            QualityEvaluation.PerQuery q = ourQueries.get(i);
            List<String> row = new ArrayList<>(
                    List.of("`" + q.query().query() + "`", q.query().kind()));
            for (QualityEvaluation.Report r : quality.values()) {
                QualityEvaluation.PerQuery p = r.perQuery().get(i);
                row.add(Report.num(p.ndcg(), 2) + (p.ranking().total() == 0 ? " (0 results)" : ""));
            }
            row.add(String.join(", ", q.ranking().slugs().stream().limit(3).toList()));
            perQuery.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("query", "kind"));
        headers.addAll(quality.keySet());
        headers.add("ours: top 3");
        report.table(headers, perQuery);
    }
}
