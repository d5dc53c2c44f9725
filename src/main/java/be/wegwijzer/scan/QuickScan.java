package be.wegwijzer.scan;

import be.wegwijzer.catalog.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The quick scan's statements and dimensions (from {@code scan/quickscan.yml}): what is asked and how the
 * answers count. Checked when loaded, so a broken definition fails at start-up, not in front of a visitor.
 */
public record QuickScan(List<String> scale, List<Dimension> dimensions, List<Statement> statements) {

    public static final String RESOURCE = "scan/quickscan.yml";

    /** How much work a first step takes; quick wins (KLEIN) come first in the action plan. */
    public enum Effort {
        KLEIN,
        MIDDEL,
        GROOT
    }

    /**
     * @param code      a theme code: one of the four outcomes or six risk factors
     * @param related   themes to look in when this theme has little content
     * @param firstStep a concrete first step in plain words
     */
    public record Dimension(String code, Effort effort, List<String> related, String firstStep) {}

    /** @param positive true when answering "Altijd" is good */
    public record Statement(String text, String dimension, boolean positive) {}

    public QuickScan {
        List<String> codes = dimensions.stream().map(Dimension::code).toList();
        List<String> expected = Stream.concat(Theme.OUTCOMES.stream(), Theme.RISK_FACTORS.stream())
                .toList();
        if (!codes.containsAll(expected) || codes.size() != expected.size()) {
            throw new IllegalStateException(
                    "The quick scan must cover exactly the four outcomes and six risk factors: " + expected);
        }
        for (Statement s : statements) {
            if (!codes.contains(s.dimension())) {
                throw new IllegalStateException(
                        "Statement '" + s.text() + "' has an unknown dimension " + s.dimension());
            }
        }
        if (statements.size() < 12 || statements.size() > 20) {
            throw new IllegalStateException(
                    "The quick scan has " + statements.size() + " statements; keep it between 12 and 20");
        }
        if (scale.size() < 3) {
            throw new IllegalStateException("The answer scale needs at least three steps");
        }
    }

    public Dimension dimension(String code) {
        return dimensions.stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The highest answer value: answers run from 0 to this. */
    public int maxAnswer() {
        return scale.size() - 1;
    }

    @SuppressWarnings("unchecked")
    public static QuickScan load() {
        try (InputStream in = QuickScan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<String> scale = (List<String>) root.get("schaal");
            List<Dimension> dimensions = ((List<Map<String, Object>>) root.get("dimensies"))
                    .stream()
                            .map(d -> new Dimension(
                                    (String) d.get("code"),
                                    Effort.valueOf(((String) d.get("inspanning")).toUpperCase()),
                                    (List<String>) d.getOrDefault("verwant", List.of()),
                                    (String) d.get("eerste_stap")))
                            .toList();
            List<Statement> statements = ((List<Map<String, Object>>) root.get("stellingen"))
                    .stream()
                            .map(s -> new Statement(
                                    (String) s.get("tekst"), (String) s.get("dimensie"), (Boolean) s.get("positief")))
                            .toList();
            return new QuickScan(scale, dimensions, statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
