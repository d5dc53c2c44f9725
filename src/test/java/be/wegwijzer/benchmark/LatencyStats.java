package be.wegwijzer.benchmark;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Latency percentiles and throughput of one measured run. Latencies are recorded in microseconds in an
 * HdrHistogram (3 significant digits, so a percentile is exact to 0.1 %) and reported in milliseconds.
 *
 * @param count      measured operations
 * @param throughput operations per second over the wall-clock time of the run
 * @param otherCores CPU that other processes on the machine used meanwhile, in cores ({@link MachineLoad}); -1 unknown
 */
record LatencyStats(
        long count, double p50, double p95, double p99, double max, double mean, double throughput, double otherCores) {

    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    static LatencyStats of(Histogram micros, long wallNanos) {
        double seconds = wallNanos / 1e9;
        return new LatencyStats(
                micros.getTotalCount(),
                millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()),
                micros.getTotalCount() == 0 ? 0 : micros.getMean() / 1000.0,
                seconds <= 0 ? 0 : micros.getTotalCount() / seconds,
                -1);
    }

    LatencyStats withOtherCores(double cores) {
        return new LatencyStats(count, p50, p95, p99, max, mean, throughput, cores);
    }

    /** Records one latency measured in nanoseconds, clamped to the histogram's range. */
    static void record(Histogram micros, long nanos) {
        micros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
