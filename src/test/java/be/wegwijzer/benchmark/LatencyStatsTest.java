package be.wegwijzer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesOfOneToHundredMillisecondsAreTheNearestRanks() {
        Histogram histogram = LatencyStats.newHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            LatencyStats.record(histogram, TimeUnit.MILLISECONDS.toNanos(ms));
        }
        LatencyStats stats = LatencyStats.of(histogram, TimeUnit.SECONDS.toNanos(2));
        // three significant digits: a reported value is within 0.1 % of the recorded one
        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50()).isCloseTo(50, within(0.05));
        assertThat(stats.p95()).isCloseTo(95, within(0.1));
        assertThat(stats.p99()).isCloseTo(99, within(0.1));
        assertThat(stats.max()).isCloseTo(100, within(0.1));
        assertThat(stats.mean()).isCloseTo(50.5, within(0.1));
        assertThat(stats.throughput()).isCloseTo(50, within(1e-9));
    }

    @Test
    void aSingleSlowOperationShowsAtTheTopOnly() {
        Histogram histogram = LatencyStats.newHistogram();
        for (int i = 0; i < 99; i++) {
            LatencyStats.record(histogram, TimeUnit.MILLISECONDS.toNanos(2));
        }
        LatencyStats.record(histogram, TimeUnit.MILLISECONDS.toNanos(500));
        LatencyStats stats = LatencyStats.of(histogram, TimeUnit.SECONDS.toNanos(1));
        assertThat(stats.p50()).isCloseTo(2, within(0.01));
        assertThat(stats.p99()).isCloseTo(2, within(0.01));
        assertThat(stats.max()).isCloseTo(500, within(0.5));
    }

    @Test
    void latenciesBeyondTheRangeAreClampedNotLost() {
        Histogram histogram = LatencyStats.newHistogram();
        LatencyStats.record(histogram, TimeUnit.HOURS.toNanos(1));
        LatencyStats.record(histogram, -5);
        assertThat(LatencyStats.of(histogram, 1).count()).isEqualTo(2);
    }
}
