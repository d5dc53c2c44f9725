package be.wegwijzer.benchmark;

import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One corpus size: generate and load the synthetic corpus, mass-index it the way the portal does, then measure the
 * query mix at the service the UI calls, at raw Lucene on the same index, and with the MariaDB baselines.
 */
final class SearchBenchmark {

    /**
     * @param warmUp      per engine, before measuring
     * @param perLevel    measuring time per thread count
     * @param threads     thread counts for the service and raw Lucene
     * @param baseline    measuring time per baseline (each still runs the whole mix at least once)
     * @param repetitions per query, for the single-thread breakdown per query
     */
    record Settings(Duration warmUp, Duration perLevel, int[] threads, Duration baseline, int repetitions) {
        static Settings full() {
            return new Settings(
                    Duration.ofSeconds(10), Duration.ofSeconds(15), new int[] {1, 2, 4, 8}, Duration.ofSeconds(20), 15);
        }

        /** For trying the benchmark out and for the smoke test: seconds instead of minutes, figures not meaningful. */
        static Settings quick() {
            return new Settings(Duration.ofMillis(300), Duration.ofMillis(500), new int[] {1, 2}, Duration.ZERO, 1);
        }
    }

    record EngineRun(int threads, LatencyStats stats) {}

    record Result(
            int size,
            SyntheticCorpus.Loaded loaded,
            double importItemsPerSecond,
            long indexNanos,
            long indexBytes,
            Map<String, List<EngineRun>> engines,
            Map<String, LatencyStats> baselines,
            long fulltextBuildNanos,
            int mismatches) {
        double indexItemsPerSecond() {
            return size / (indexNanos / 1e9);
        }

        LatencyStats single(String engine) {
            return engines.get(engine).getFirst().stats();
        }
    }

    static final String SERVICE = "SearchService";
    static final String RAW = "raw Lucene";
    static final String FULLTEXT_PAGE = "FULLTEXT, page + total";
    static final String FULLTEXT_FACETS = "FULLTEXT, page + total + facets";
    static final String LIKE_PAGE = "LIKE, page + total";
    static final String LIKE_FACETS = "LIKE, page + total + facets";

    private SearchBenchmark() {}

    static Result run(int size, Settings settings, Path contentDir, Report report) throws Exception {
        report.heading("Search at " + Report.num(size, 0) + " items");
        try (PortalContext context = PortalContext.startFresh("synthetic-" + size)) {
            ImportReport imported = context.bean(ContentImporter.class).importFolder(contentDir);
            if (!imported.succeeded()) {
                throw new IllegalStateException(imported.format());
            }
            double importRate = imported.itemCount() / (imported.duration().toMillis() / 1000.0);
            SyntheticCorpus.Loaded loaded =
                    new SyntheticCorpus(SyntheticCorpus.SEED).replaceItems(context.dataSource(), size);

            long started = System.nanoTime();
            MachineLoad.Snapshot load = MachineLoad.now();
            long indexed = context.bean(SearchIndexAdmin.class).reindexAll();
            long indexNanos = System.nanoTime() - started;
            double otherCores = MachineLoad.otherCores(load, MachineLoad.now());
            if (indexed != size) {
                throw new IllegalStateException("Indexed " + indexed + " items instead of " + size);
            }
            report.line(String.format(
                    "Loaded %,d items (%,d taxonomy links) with JDBC batches in %.1f s (%,.0f items/s); "
                            + "mass indexing (`SearchIndexAdmin.reindexAll`) %.1f s = **%,.0f items/s** (other processes used %s "
                            + "meanwhile).",
                    size,
                    loaded.joinRows(),
                    loaded.nanos() / 1e9,
                    loaded.itemsPerSecond(),
                    indexNanos / 1e9,
                    size / (indexNanos / 1e9),
                    Report.cores(otherCores)));

            SearchService service = context.bean(SearchService.class);
            LocalDate today = LocalDate.now(context.bean(Clock.class));
            List<QueryMix.Query> mix = QueryMix.QUERIES;
            Map<String, List<EngineRun>> engines = new LinkedHashMap<>();
            int mismatches;
            try (RawLuceneSearch raw = new RawLuceneSearch(context.indexDir(), today)) {
                mismatches = compare(mix, service, raw, report);
                Consumer<QueryMix.Query> viaService = q -> service.search(q.request());
                Consumer<QueryMix.Query> viaLucene = q -> raw.search(q.request());
                LatencyRun.warmUp(mix, viaService, settings.warmUp());
                LatencyRun.warmUp(mix, viaLucene, settings.warmUp());
                for (int threads : settings.threads()) {
                    engines.computeIfAbsent(SERVICE, k -> new ArrayList<>())
                            .add(new EngineRun(
                                    threads, LatencyRun.measure(mix, viaService, threads, settings.perLevel(), 0)));
                    engines.computeIfAbsent(RAW, k -> new ArrayList<>())
                            .add(new EngineRun(
                                    threads, LatencyRun.measure(mix, viaLucene, threads, settings.perLevel(), 0)));
                }
                perQuery(mix, viaService, viaLucene, settings.repetitions(), report);
            }

            // measured after the searches: right after mass indexing, segments being merged are counted twice
            long indexBytes = PortalContext.sizeOnDisk(context.indexDir());
            report.line("Index on disk: " + Report.mb(indexBytes) + ".");
            Map<String, LatencyStats> baselines = new LinkedHashMap<>();
            long fulltextBuild;
            try (SqlBaseline sql = new SqlBaseline(context.dataSource(), today)) {
                fulltextBuild = sql.buildNanos();
                baselines.put(
                        FULLTEXT_PAGE,
                        baseline(
                                mix,
                                q -> sql.search(q.request(), SqlBaseline.Method.FULLTEXT, SqlBaseline.Work.PAGE),
                                settings));
                baselines.put(
                        FULLTEXT_FACETS,
                        baseline(
                                mix,
                                q -> sql.search(
                                        q.request(), SqlBaseline.Method.FULLTEXT, SqlBaseline.Work.PAGE_AND_FACETS),
                                settings));
                baselines.put(
                        LIKE_PAGE,
                        baseline(
                                mix,
                                q -> sql.search(q.request(), SqlBaseline.Method.LIKE, SqlBaseline.Work.PAGE),
                                settings));
                baselines.put(
                        LIKE_FACETS,
                        baseline(
                                mix,
                                q -> sql.search(q.request(), SqlBaseline.Method.LIKE, SqlBaseline.Work.PAGE_AND_FACETS),
                                settings));
            }
            Result result = new Result(
                    size, loaded, importRate, indexNanos, indexBytes, engines, baselines, fulltextBuild, mismatches);
            print(result, report);
            return result;
        }
    }

    private static LatencyStats baseline(List<QueryMix.Query> mix, Consumer<QueryMix.Query> search, Settings settings) {
        // one untimed pass warms the buffer pool and the FULLTEXT cache
        mix.forEach(search);
        return LatencyRun.measure(mix, search, 1, settings.baseline(), 1);
    }

    /**
     * Checks that raw Lucene really does the same search where it can: without words (browsing, filters, sorting,
     * deep pages) the same totals, first ten hits and open-measure counts. With words the service expands the query
     * (synonyms, compound parts, typos, title and type boosts; see docs/search.md) and the floor runs the plain
     * words, so those differ by design; they are listed, not counted as mismatches.
     *
     * @return the searches without words that differ
     */
    private static int compare(List<QueryMix.Query> mix, SearchService service, RawLuceneSearch raw, Report report) {
        int mismatches = 0;
        int withWords = 0;
        int expanded = 0;
        for (QueryMix.Query q : mix) {
            SearchResult ours = service.search(q.request());
            RawLuceneSearch.Result floor = raw.search(q.request());
            List<String> oursTop =
                    ours.hits().stream().map(ItemHit::slug).limit(10).toList();
            List<String> floorTop = floor.slugs().stream().limit(10).toList();
            boolean hasWords = !q.request().query().isBlank();
            withWords += hasWords ? 1 : 0;
            if (ours.total() != floor.total()
                    || !oursTop.equals(floorTop)
                    || ours.openMeasures() != floor.openMeasures()) {
                if (hasWords) {
                    expanded++;
                } else {
                    mismatches++;
                }
                report.line("- raw Lucene differs from the service for `" + q.name() + "`: totals " + ours.total()
                        + " / " + floor.total() + ", open measures " + ours.openMeasures() + " / "
                        + floor.openMeasures());
            }
        }
        report.line(
                mismatches == 0
                        ? "Without words, raw Lucene returns the same totals, first ten hits and open-measure counts as the service for all "
                                + (mix.size() - withWords) + " such searches of the mix."
                        : mismatches + " of " + (mix.size() - withWords)
                                + " searches without words differ between raw Lucene and the service (listed above).");
        report.line(
                expanded + " of " + withWords
                        + " searches with words differ: the service expands them (synonyms, compound"
                        + " parts, typos, boosts), the raw floor runs the plain words, so it is a lower bound, not the same work.");
        return mismatches;
    }

    private static void perQuery(
            List<QueryMix.Query> mix,
            Consumer<QueryMix.Query> service,
            Consumer<QueryMix.Query> raw,
            int repetitions,
            Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (QueryMix.Query q : mix) {
            LatencyStats ours = LatencyRun.measure(List.of(q), service, 1, Duration.ZERO, repetitions);
            LatencyStats floor = LatencyRun.measure(List.of(q), raw, 1, Duration.ZERO, repetitions);
            rows.add(List.of(
                    "`" + q.name() + "`",
                    q.kind(),
                    Report.ms(ours.p50()),
                    Report.ms(floor.p50()),
                    Report.ratio(floor.p50(), ours.p50())));
        }
        report.subheading("Per search, one thread (median of " + repetitions + ")");
        report.table(List.of("search", "kind", "service p50 ms", "raw Lucene p50 ms", "service / raw"), rows);
    }

    private static void print(Result result, Report report) {
        report.subheading("Service and raw Lucene, " + Report.num(result.size(), 0) + " items");
        List<List<String>> rows = new ArrayList<>();
        result.engines()
                .forEach((engine, runs) -> runs.forEach(run -> rows.add(List.of(
                        engine,
                        String.valueOf(run.threads()),
                        Report.ms(run.stats().p50()),
                        Report.ms(run.stats().p95()),
                        Report.ms(run.stats().p99()),
                        Report.num(run.stats().throughput(), 0),
                        Report.num(run.stats().count(), 0),
                        Report.cores(run.stats().otherCores())))));
        report.table(
                List.of(
                        "engine",
                        "threads",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "searches/s",
                        "searches",
                        "other processes' CPU"),
                rows);
        List<List<String>> ratios = new ArrayList<>();
        List<EngineRun> service = result.engines().get(SERVICE);
        List<EngineRun> raw = result.engines().get(RAW);
        for (int i = 0; i < service.size(); i++) {
            ratios.add(List.of(
                    String.valueOf(service.get(i).threads()),
                    Report.ratio(
                            raw.get(i).stats().p50(), service.get(i).stats().p50()),
                    Report.ratio(
                            raw.get(i).stats().p95(), service.get(i).stats().p95()),
                    Report.ratio(
                            service.get(i).stats().throughput(),
                            raw.get(i).stats().throughput())));
        }
        report.line("\nService relative to raw Lucene (how many times slower):");
        report.table(List.of("threads", "p50", "p95", "throughput (raw / service)"), ratios);

        report.subheading("MariaDB baselines, one thread, " + Report.num(result.size(), 0) + " items");
        report.line(String.format("FULLTEXT index built in %.1f s.", result.fulltextBuildNanos() / 1e9));
        LatencyStats ours = result.single(SERVICE);
        List<List<String>> baseRows = new ArrayList<>();
        baseRows.add(List.of(
                SERVICE + " (ours)",
                Report.ms(ours.p50()),
                Report.ms(ours.p95()),
                "1.0×",
                "1.0×",
                Report.num(ours.count(), 0),
                Report.cores(ours.otherCores())));
        result.baselines()
                .forEach((name, stats) -> baseRows.add(List.of(
                        name,
                        Report.ms(stats.p50()),
                        Report.ms(stats.p95()),
                        Report.ratio(ours.p50(), stats.p50()),
                        Report.ratio(ours.p95(), stats.p95()),
                        Report.num(stats.count(), 0),
                        Report.cores(stats.otherCores()))));
        report.table(
                List.of("engine", "p50 ms", "p95 ms", "p50 vs ours", "p95 vs ours", "searches", "other processes' CPU"),
                baseRows);
    }
}
