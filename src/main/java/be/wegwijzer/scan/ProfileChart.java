package be.wegwijzer.scan;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.nodes.Entities;

/**
 * The scan profile as an SVG bar chart, drawn on the server (no chart library in the browser). One bar per
 * dimension on a 0–100 scale; the colour repeats the band, and the text says it too, so colour is never the
 * only carrier of meaning.
 */
public final class ProfileChart {

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 250;
    static final int BAR_WIDTH = 380;
    static final int ROW = 34;
    private static final String[] BAND_COLOURS = {"#2e7d32", "#a15c00", "#b3261e"};

    private ProfileChart() {}

    /**
     * @param label     display name of a dimension code
     * @param bandLabel display name of a band
     */
    public static String svg(
            List<ScanScoring.DimensionScore> scores,
            Function<String, String> label,
            Function<ScanScoring.Band, String> bandLabel,
            String title) {
        int height = ROW * scores.size() + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"profiel-titel profiel-desc\""
                        + " class=\"profile-chart\" preserveAspectRatio=\"xMinYMin meet\">",
                WIDTH,
                height));
        svg.append("<title id=\"profiel-titel\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"profiel-desc\">");
        scores.forEach(s -> svg.append(escape(label.apply(s.code())))
                .append(": ")
                .append(s.score())
                .append(" op 100, ")
                .append(escape(bandLabel.apply(s.band())))
                .append(". "));
        svg.append("</desc>");
        // grid lines at the band limits
        for (int limit : new int[] {0, ScanScoring.SORE, ScanScoring.GOOD, 100}) {
            int x = LABEL_WIDTH + limit * BAR_WIDTH / 100;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"#c4c8cc\" stroke-dasharray=\"3 3\"/>",
                    x,
                    x,
                    ROW * scores.size()));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#4a4a48\">%d</text>",
                    x,
                    ROW * scores.size() + 18,
                    limit));
        }
        for (int i = 0; i < scores.size(); i++) {
            ScanScoring.DimensionScore s = scores.get(i);
            int y = i * ROW;
            int barWidth = Math.max(2, s.score() * BAR_WIDTH / 100);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"14\" text-anchor=\"end\" fill=\"#1d1d1b\">%s</text>",
                    LABEL_WIDTH - 10,
                    y + 22,
                    escape(label.apply(s.code()))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" rx=\"3\" fill=\"%s\"/>",
                    LABEL_WIDTH,
                    y + 7,
                    barWidth,
                    BAND_COLOURS[s.band().ordinal()]));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1d1d1b\">%d · %s</text>",
                    LABEL_WIDTH + barWidth + 6,
                    y + 22,
                    s.score(),
                    escape(bandLabel.apply(s.band()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
