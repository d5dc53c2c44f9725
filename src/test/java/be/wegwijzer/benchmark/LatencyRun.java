package be.wegwijzer.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Runs a fixed list of operations round-robin on N threads for a fixed time (closed loop: each thread starts its
 * next operation when the previous one returns) and reports latency percentiles and throughput. Each thread starts
 * at a different place in the list so that the threads do not run the same search at the same moment.
 */
final class LatencyRun {

    private LatencyRun() {}

    /**
     * @param minPasses the run goes on past {@code duration} until every operation ran this often (on one thread),
     *                  so that slow baselines still measure the whole mix
     */
    static <T> LatencyStats measure(
            List<T> operations, Consumer<T> operation, int threads, Duration duration, int minPasses) {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong failures = new AtomicLong();
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        List<Future<Histogram>> parts = new ArrayList<>();
        long started = System.nanoTime();
        MachineLoad.Snapshot load = MachineLoad.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int first = t * operations.size() / threads;
                parts.add(pool.submit(() -> {
                    Histogram histogram = LatencyStats.newHistogram();
                    long done = 0;
                    int i = first;
                    while (System.nanoTime() < deadline || done < (long) minPasses * operations.size()) {
                        T next = operations.get(i);
                        long start = System.nanoTime();
                        try {
                            operation.accept(next);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                        LatencyStats.record(histogram, System.nanoTime() - start);
                        done++;
                        i = (i + 1) % operations.size();
                    }
                    return histogram;
                }));
            }
        }
        long wall = System.nanoTime() - started;
        Histogram total = LatencyStats.newHistogram();
        for (Future<Histogram> part : parts) {
            total.add(part.resultNow());
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " operations failed", firstFailure.get());
        }
        return LatencyStats.of(total, wall).withOtherCores(MachineLoad.otherCores(load, MachineLoad.now()));
    }

    /** Runs the operations for a while so the JIT, caches and the OS page cache are warm; nothing is recorded. */
    static <T> void warmUp(List<T> operations, Consumer<T> operation, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        int i = 0;
        int passes = 0;
        while (System.nanoTime() < deadline || passes < 1) {
            operation.accept(operations.get(i));
            i = (i + 1) % operations.size();
            if (i == 0) {
                passes++;
            }
        }
    }
}
