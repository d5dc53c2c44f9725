package be.wegwijzer.signals;

import java.util.Map;

/**
 * The signals as one CSV file (RFC 4180, UTF-8, comma-separated): a line per figure with its table, row and column.
 * A hidden figure is written as in the tables ("minder dan 5").
 */
public final class SignalCsv {

    private SignalCsv() {}

    /** @param titles table id → title */
    public static String of(SignalService.Signals signals, Map<String, String> titles) {
        StringBuilder csv = new StringBuilder("tabel,rij,kolom,aantal\r\n");
        append(csv, signals.questionsPerMonth(), titles);
        signals.questionsBy().values().forEach(m -> append(csv, m, titles));
        append(csv, signals.zeroResults(), titles);
        append(csv, signals.unclicked(), titles);
        append(csv, signals.gaps(), titles);
        return csv.toString();
    }

    private static void append(StringBuilder csv, Matrix matrix, Map<String, String> titles) {
        String table = titles.getOrDefault(matrix.id(), matrix.id());
        for (Matrix.Row row : matrix.rows()) {
            for (int i = 0; i < matrix.columns().size(); i++) {
                csv.append(quote(table))
                        .append(',')
                        .append(quote(row.label()))
                        .append(',')
                        .append(quote(matrix.columns().get(i)))
                        .append(',')
                        .append(quote(SignalChart.figure(row.values().get(i))))
                        .append("\r\n");
            }
        }
    }

    /** Quotes every field; a formula-like start is defused for spreadsheets. */
    static String quote(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
