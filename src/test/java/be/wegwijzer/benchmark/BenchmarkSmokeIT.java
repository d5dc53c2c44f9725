package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark machinery end to end on a small synthetic corpus, so it does not rot between benchmark runs. It
 * asserts that every figure is produced and that raw Lucene does the same search as the service; it asserts no
 * timing (the figures of so short a run mean nothing). Runs in its own context and data folder, not the shared
 * test context, and learns from the small test corpus instead of {@code content/} to stay fast.
 */
class BenchmarkSmokeIT {

    @Test
    void producesEveryFigureForASmallSyntheticCorpus() throws Exception {
        Report report = new Report(null);
        SearchBenchmark.Result result = SearchBenchmark.run(
                300, SearchBenchmark.Settings.quick(), Path.of("src/test/resources/testcontent"), report);

        assertThat(result.size()).isEqualTo(300);
        assertThat(result.loaded().items()).isEqualTo(300);
        assertThat(result.loaded().joinRows()).isGreaterThan(300);
        assertThat(result.indexItemsPerSecond()).isPositive();
        assertThat(result.indexBytes()).isPositive();
        assertThat(result.mismatches())
                .as("without words, raw Lucene returns what the service returns")
                .isZero();
        assertThat(result.engines()).containsOnlyKeys(SearchBenchmark.SERVICE, SearchBenchmark.RAW);
        result.engines()
                .values()
                .forEach(runs -> assertThat(runs).allSatisfy(run -> {
                    assertThat(run.stats().count()).isPositive();
                    assertThat(run.stats().p95())
                            .isGreaterThanOrEqualTo(run.stats().p50());
                }));
        assertThat(result.baselines())
                .containsOnlyKeys(
                        SearchBenchmark.FULLTEXT_PAGE,
                        SearchBenchmark.FULLTEXT_FACETS,
                        SearchBenchmark.LIKE_PAGE,
                        SearchBenchmark.LIKE_FACETS);
        result.baselines()
                .values()
                .forEach(stats -> assertThat(stats.count()).isGreaterThanOrEqualTo(QueryMix.QUERIES.size()));
        assertThat(report.text()).contains("Service and raw Lucene", "MariaDB baselines", "Per search");
    }
}
