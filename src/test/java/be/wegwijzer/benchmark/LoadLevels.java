package be.wegwijzer.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The stepped load of the load test (LoadSimulation, {@code ./mvnw -Pload verify}): plateaus of a fixed number of
 * concurrent visitors, each lasting {@code plateauMillis}, with a ramp of {@code rampMillis} between them. Records each
 * round trip a visitor waits for under the plateau it started in (round trips that start during a ramp count for no
 * level) and tells the highest level the portal held: p95 under the bound and no error, at that level and every
 * level below. Thread-safe; time in milliseconds since {@link #start}.
 */
final class LoadLevels {

    record Level(int visitors, LatencyStats stats, long errors) {
        boolean held(double p95BoundMillis) {
            return stats.count() > 0 && errors == 0 && stats.p95() < p95BoundMillis;
        }
    }

    private final int[] visitors;
    private final long plateauMillis;
    private final long rampMillis;
    private final Histogram[] histograms;
    private final AtomicLong[] errors;
    private final AtomicLong outsidePlateaus = new AtomicLong();
    private final AtomicLong outsideErrors = new AtomicLong();
    private volatile long startMillis = -1;

    LoadLevels(int[] visitors, long plateauMillis, long rampMillis) {
        this.visitors = visitors.clone();
        this.plateauMillis = plateauMillis;
        this.rampMillis = rampMillis;
        this.histograms = new Histogram[visitors.length];
        this.errors = new AtomicLong[visitors.length];
        for (int i = 0; i < visitors.length; i++) {
            histograms[i] = LatencyStats.newHistogram();
            errors[i] = new AtomicLong();
        }
    }

    /** The moment the first visitor starts; later calls change nothing. */
    synchronized void start(long nowMillis) {
        if (startMillis < 0) {
            startMillis = nowMillis;
        }
    }

    /** The level whose plateau holds this moment, or -1 (before the start, in a ramp, after the last level). */
    int levelAt(long nowMillis) {
        if (startMillis < 0 || nowMillis < startMillis) {
            return -1;
        }
        long sinceStart = nowMillis - startMillis;
        long step = plateauMillis + rampMillis;
        int level = (int) (sinceStart / step);
        return level < visitors.length && sinceStart % step < plateauMillis ? level : -1;
    }

    void record(long startedMillis, long durationNanos, boolean ok) {
        int level = levelAt(startedMillis);
        if (level < 0) {
            outsidePlateaus.incrementAndGet();
            if (!ok) {
                outsideErrors.incrementAndGet();
            }
            return;
        }
        synchronized (histograms[level]) {
            LatencyStats.record(histograms[level], durationNanos);
        }
        if (!ok) {
            errors[level].incrementAndGet();
        }
    }

    /** Levels whose plateau has begun, in order. */
    List<Level> levels() {
        List<Level> result = new ArrayList<>();
        for (int i = 0; i < visitors.length; i++) {
            synchronized (histograms[i]) {
                if (histograms[i].getTotalCount() > 0 || errors[i].get() > 0) {
                    result.add(new Level(
                            visitors[i],
                            LatencyStats.of(histograms[i].copy(), plateauMillis * 1_000_000),
                            errors[i].get()));
                }
            }
        }
        return result;
    }

    /** The most concurrent visitors held with p95 under the bound and no error, counting up from the first level; 0 if none. */
    int held(double p95BoundMillis) {
        int held = 0;
        for (Level level : levels()) {
            if (!level.held(p95BoundMillis)) {
                break;
            }
            held = level.visitors();
        }
        return held;
    }

    /**
     * Two finished levels in a row missed the bound: the knee is behind us and higher levels would only pile up
     * waiting visitors, so the test stops adding them.
     */
    boolean pastTheLimit(long nowMillis, double p95BoundMillis) {
        int current = startMillis < 0 ? -1 : (int) ((nowMillis - startMillis) / (plateauMillis + rampMillis));
        List<Level> all = levels();
        int missed = 0;
        for (int i = 0; i < Math.min(current, all.size()); i++) {
            missed = all.get(i).held(p95BoundMillis) ? 0 : missed + 1;
            if (missed >= 2) {
                return true;
            }
        }
        return false;
    }

    long outsidePlateaus() {
        return outsidePlateaus.get();
    }

    long outsideErrors() {
        return outsideErrors.get();
    }
}
