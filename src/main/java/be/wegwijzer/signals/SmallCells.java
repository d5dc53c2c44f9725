package be.wegwijzer.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The small-cell rule: a count under {@link SignalService#MIN_CELL} is not shown (zero included, so "not shown" never
 * tells whether anyone is behind it). When a row would then hide exactly one cell, its smallest shown cell is hidden
 * too, so that the chart's row total minus the shown cells does not give the hidden one away.
 */
final class SmallCells {

    private SmallCells() {}

    /** The row with small cells hidden (null). */
    static List<Long> suppress(List<Long> counts) {
        List<Long> shown = new ArrayList<>(
                counts.stream().map(c -> c < SignalService.MIN_CELL ? null : c).toList());
        long hidden = shown.stream().filter(v -> v == null).count();
        long hiddenSum = IntStream.range(0, counts.size())
                .filter(i -> shown.get(i) == null)
                .mapToLong(counts::get)
                .sum();
        if (hidden == 1 && hiddenSum > 0) {
            IntStream.range(0, shown.size())
                    .filter(i -> shown.get(i) != null)
                    .boxed()
                    .min(Comparator.comparing(shown::get))
                    .ifPresent(i -> shown.set(i, null));
        }
        return shown;
    }

    /** A single figure: itself when at least the minimum, else null. */
    static Long total(long count) {
        return count < SignalService.MIN_CELL ? null : count;
    }
}
