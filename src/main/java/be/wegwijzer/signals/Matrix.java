package be.wegwijzer.signals;

import java.util.List;

/**
 * One table of the signals page: rows (a theme, a sector, …) by columns (months, or kinds of figures). A value is
 * null when it is not shown because it is under {@link SignalService#MIN_CELL} (the small-cell rule).
 *
 * @param id      a stable name, for the CSV and the page's anchors
 * @param rows    in display order
 * @param chart   per row the figure the chart shows (the row's total over the columns), null when under the minimum
 */
public record Matrix(String id, List<String> columns, List<Row> rows, List<Long> chart) {

    public record Row(String label, List<Long> values) {}
}
