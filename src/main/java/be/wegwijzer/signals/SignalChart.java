package be.wegwijzer.signals;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * A horizontal bar chart as SVG, drawn on the server in the house style of the scan's profile chart. A figure under
 * the small-cell minimum has no bar and says "minder dan 5"; the table beside the chart gives every figure in words.
 */
public final class SignalChart {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 250;
    static final int BAR_WIDTH = 380;
    static final int ROW = 30;
    private static final String BAR_COLOUR = "#1f5f8b";

    private SignalChart() {}

    /**
     * @param id     unique on the page, for the title and description ids
     * @param labels one per bar
     * @param values one per bar; null when hidden by the small-cell rule
     */
    public static String svg(String id, String title, List<String> labels, List<Long> values) {
        long max = Math.max(
                1,
                values.stream()
                        .filter(v -> v != null)
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        int height = ROW * Math.max(1, labels.size()) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-labelledby=\"%s-titel %s-desc\" class=\"signal-chart\" preserveAspectRatio=\"xMinYMin meet\">",
                WIDTH,
                height,
                id,
                id));
        svg.append("<title id=\"")
                .append(id)
                .append("-titel\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">");
        for (int i = 0; i < labels.size(); i++) {
            svg.append(escape(labels.get(i)))
                    .append(": ")
                    .append(figure(values.get(i)))
                    .append(". ");
        }
        svg.append("</desc>");
        for (int i = 0; i < labels.size(); i++) {
            Long value = values.get(i);
            int y = i * ROW;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"14\" text-anchor=\"end\" fill=\"#1d1d1b\">%s</text>",
                    LABEL_WIDTH - 10,
                    y + 20,
                    escape(labels.get(i))));
            int barWidth = value == null ? 0 : (int) Math.max(2, value * BAR_WIDTH / max);
            if (value != null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"3\" fill=\"%s\"/>",
                        LABEL_WIDTH,
                        y + 6,
                        barWidth,
                        BAR_COLOUR));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1d1d1b\">%s</text>",
                    LABEL_WIDTH + barWidth + 6,
                    y + 20,
                    escape(figure(value))));
        }
        return svg.append("</svg>").toString();
    }

    /** A figure as the page and the CSV write it. */
    public static String figure(Long value) {
        return value == null ? "minder dan " + SignalService.MIN_CELL : String.valueOf(value);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
