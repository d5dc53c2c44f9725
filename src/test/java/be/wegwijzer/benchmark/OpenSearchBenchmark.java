package be.wegwijzer.benchmark;

import be.wegwijzer.OpenSearchTestNode;
import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.search.SearchIndexAdmin;
import be.wegwijzer.search.SearchService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizing figures for docs/deployment.md: the portal on the OpenSearch backend (outbox-polling coordination, as
 * production with several nodes) against one OpenSearch 2.19 node in a JVM of its own (1 GB heap) on the same
 * machine — mass-indexing throughput, index size per item and single-thread search latency over the query mix.
 */
final class OpenSearchBenchmark {

    private static final Pattern STORE_BYTES =
            Pattern.compile("\\\"primaries\\\".*?\\\"size_in_bytes\\\"\\s*:\\s*(\\d+)", Pattern.DOTALL);

    private OpenSearchBenchmark() {}

    static void run(int[] sizes, Path contentDir, SearchBenchmark.Settings settings, Report report) throws Exception {
        report.heading("OpenSearch backend (sizing)");
        OpenSearchTestNode node = OpenSearchTestNode.start(
                PortalContext.DATA_ROOT.resolve("opensearch").toAbsolutePath());
        List<List<String>> rows = new ArrayList<>();
        try {
            for (int size : sizes) {
                String prefix = "bench" + size + "-";
                try (PortalContext context = PortalContext.startFresh(
                        "opensearch-" + size,
                        "--wegwijzer.search.backend=opensearch",
                        "--wegwijzer.search.opensearch-uris=" + node.uri(),
                        "--wegwijzer.search.opensearch-index-prefix=" + prefix)) {
                    ImportReport imported = context.bean(ContentImporter.class).importFolder(contentDir);
                    if (!imported.succeeded()) {
                        throw new IllegalStateException(imported.format());
                    }
                    new SyntheticCorpus(SyntheticCorpus.SEED).replaceItems(context.dataSource(), size);
                    long started = System.nanoTime();
                    long indexed = context.bean(SearchIndexAdmin.class).reindexAll();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    if (indexed != size) {
                        throw new IllegalStateException("Indexed " + indexed + " items instead of " + size);
                    }
                    SearchService service = context.bean(SearchService.class);
                    Consumer<QueryMix.Query> search = q -> service.search(q.request());
                    LatencyRun.warmUp(QueryMix.QUERIES, search, settings.warmUp());
                    LatencyStats one = LatencyRun.measure(QueryMix.QUERIES, search, 1, settings.perLevel(), 0);
                    LatencyStats four = LatencyRun.measure(QueryMix.QUERIES, search, 4, settings.perLevel(), 0);
                    node.get("/" + prefix + "item-read/_refresh");
                    long bytes = storeBytes(node.get("/" + prefix + "item-read/_stats/store"));
                    rows.add(List.of(
                            Report.num(size, 0),
                            Report.num(seconds, 1) + " s",
                            "**" + Report.num(size / seconds, 0) + "**",
                            Report.mb(bytes),
                            Report.mb(bytes * 10_000 / size),
                            Report.ms(one.p50()) + " / " + Report.ms(one.p95()) + " / " + Report.ms(one.p99()),
                            Report.num(four.throughput(), 0)));
                }
            }
        } finally {
            node.stop();
        }
        report.table(
                List.of(
                        "items",
                        "mass indexing",
                        "items/s",
                        "index (primary store)",
                        "per 10k items",
                        "search p50 / p95 / p99 (1 thread)",
                        "searches/s (4 threads)"),
                rows);
        report.line("The OpenSearch node runs on the same 2 cores as the portal and the database: on separate machines "
                + "indexing and searching compete less.");
    }

    static long storeBytes(String statsJson) {
        Matcher m = STORE_BYTES.matcher(statsJson);
        if (!m.find()) {
            throw new IllegalStateException("No store size in " + statsJson);
        }
        return Long.parseLong(m.group(1));
    }
}
