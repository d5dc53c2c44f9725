package be.wegwijzer.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's output: Markdown, printed as it is produced and kept in a file, so a long run that fails late
 * still leaves the figures it had.
 */
final class Report {

    private final StringBuilder text = new StringBuilder();
    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    void heading(String title) {
        append("\n## " + title + "\n");
        append(String.format(
                Locale.ROOT,
                "(load average %.2f at the start of this part)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    void subheading(String title) {
        append("\n### " + title + "\n");
    }

    void line(String line) {
        append(line + "\n");
    }

    void table(List<String> headers, List<List<String>> rows) {
        StringBuilder table =
                new StringBuilder("\n| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> table.append("---|"));
        table.append('\n');
        rows.forEach(row -> table.append("| ").append(String.join(" | ", row)).append(" |\n"));
        append(table.toString());
    }

    String text() {
        return text.toString();
    }

    private synchronized void append(String part) {
        System.out.print(part);
        System.out.flush();
        text.append(part);
        if (file != null) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String ratio(double ours, double theirs) {
        return ours <= 0 ? "–" : String.format(Locale.ROOT, "%.1f×", theirs / ours);
    }

    /** CPU used by other processes during a measurement, in cores of the machine's two. */
    static String cores(double cores) {
        return cores < 0 ? "–" : String.format(Locale.ROOT, "%.2f cores", cores);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
