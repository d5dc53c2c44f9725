package be.wegwijzer.itemfile;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Builds the YAML of a content file field by field, in the order given, leaving out absent and empty values.
 * Quoting is left to SnakeYAML's emitter: it writes a value plain where YAML reads it back unchanged and quotes
 * it otherwise (a ': ', a leading '#' or '-', "true", "118", line breaks …), so no value can change on the way.
 */
public final class YamlWriter {

    /** Wide enough for most single-line values, narrow enough to read a folded summary in a diff. */
    private static final int WIDTH = 110;

    private final List<NodeTuple> fields = new ArrayList<>();

    /** A text on the line of its key; one too long for that line is written like {@link #prose}. */
    public YamlWriter text(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        // Leaves room for the key and some indentation, so that a plain value is never wrapped mid-way.
        boolean fits = key.length() + value.length() < WIDTH - 10;
        return put(
                key, scalar(Tag.STR, value, fits ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.FOLDED));
    }

    /** Longer prose, written as a folded block ({@code >-}) when YAML allows it for this value. */
    public YamlWriter prose(String key, String value) {
        return value == null || value.isBlank()
                ? this
                : put(key, scalar(Tag.STR, value, DumperOptions.ScalarStyle.FOLDED));
    }

    /** Codes as {@code [a, b]}. */
    public YamlWriter codes(String key, List<String> values) {
        return isEmpty(values)
                ? this
                : put(key, sequence(values, DumperOptions.ScalarStyle.PLAIN, DumperOptions.FlowStyle.FLOW));
    }

    /** Texts that are always strings, even when they look like numbers: {@code ["118", "149.01"]}. */
    public YamlWriter quotedCodes(String key, List<String> values) {
        return isEmpty(values)
                ? this
                : put(key, sequence(values, DumperOptions.ScalarStyle.DOUBLE_QUOTED, DumperOptions.FlowStyle.FLOW));
    }

    /** Longer entries (references, sentences) one per line with {@code - }. */
    public YamlWriter lines(String key, List<String> values) {
        return isEmpty(values)
                ? this
                : put(key, sequence(values, DumperOptions.ScalarStyle.PLAIN, DumperOptions.FlowStyle.BLOCK));
    }

    /**
     * A value written as YAML reads it without quotes: {@code 2021} (an integer to YAML), {@code 2021-06} (a text),
     * {@code 2021-06-15} (a date). Readers take the text of the scalar, so all three come back as written.
     */
    public YamlWriter plain(String key, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Tag tag = new Resolver().resolve(NodeId.scalar, value, true);
        return put(key, scalar(tag, value, DumperOptions.ScalarStyle.PLAIN));
    }

    public YamlWriter date(String key, LocalDate value) {
        return value == null
                ? this
                : put(key, scalar(Tag.TIMESTAMP, value.toString(), DumperOptions.ScalarStyle.PLAIN));
    }

    public YamlWriter integer(String key, Integer value) {
        return value == null ? this : put(key, scalar(Tag.INT, value.toString(), DumperOptions.ScalarStyle.PLAIN));
    }

    public YamlWriter bool(String key, Boolean value) {
        return value == null ? this : put(key, scalar(Tag.BOOL, value.toString(), DumperOptions.ScalarStyle.PLAIN));
    }

    /** A nested mapping; left out when it has no fields. */
    public YamlWriter mapping(String key, YamlWriter nested) {
        return nested.fields.isEmpty() ? this : put(key, nested.node(DumperOptions.FlowStyle.BLOCK));
    }

    /** A list of nested mappings, e.g. {@code links}. */
    public YamlWriter mappings(String key, List<YamlWriter> entries) {
        List<Node> nodes = entries.stream()
                .map(e -> (Node) e.node(DumperOptions.FlowStyle.BLOCK))
                .toList();
        return nodes.isEmpty() ? this : put(key, new SequenceNode(Tag.SEQ, nodes, DumperOptions.FlowStyle.BLOCK));
    }

    /** Lists of codes by key on one line: {@code {thema: [werkdruk], type: [tool]}}. */
    public YamlWriter codesByKey(String key, Map<String, List<String>> values) {
        YamlWriter nested = new YamlWriter();
        values.forEach(nested::codes);
        return nested.fields.isEmpty() ? this : put(key, nested.node(DumperOptions.FlowStyle.FLOW));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The fields as a YAML block mapping, ending with a line break. */
    public String toYaml() {
        return dump(node(DumperOptions.FlowStyle.BLOCK));
    }

    /** The fields as one element of a top-level list ({@code - code: …}), as in the taxonomy files. */
    public String toListElement() {
        return asListElement(toYaml());
    }

    /** Words as one element of a top-level list: {@code - [werkdruk, stress]}. */
    public static String wordsAsListElement(List<String> words) {
        return asListElement(dump(sequence(words, DumperOptions.ScalarStyle.PLAIN, DumperOptions.FlowStyle.FLOW)));
    }

    private static String asListElement(String yaml) {
        // Shifting every line by the same amount keeps YAML's relative indentation; empty lines stay empty
        // because they are part of folded blocks.
        StringBuilder out = new StringBuilder();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            out.append(i == 0 ? "- " : lines[i].isEmpty() ? "" : "  ")
                    .append(lines[i])
                    .append('\n');
        }
        return out.toString();
    }

    private static boolean isEmpty(List<String> values) {
        return values == null || values.isEmpty();
    }

    private YamlWriter put(String key, Node value) {
        fields.add(new NodeTuple(scalar(Tag.STR, key, DumperOptions.ScalarStyle.PLAIN), value));
        return this;
    }

    private MappingNode node(DumperOptions.FlowStyle style) {
        return new MappingNode(Tag.MAP, List.copyOf(fields), style);
    }

    /** Every node is new: SnakeYAML would write a node used twice as an anchor and alias. */
    private static ScalarNode scalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
        return new ScalarNode(tag, value, null, null, style);
    }

    private static SequenceNode sequence(
            List<String> values, DumperOptions.ScalarStyle style, DumperOptions.FlowStyle flow) {
        List<Node> nodes =
                values.stream().map(v -> (Node) scalar(Tag.STR, v, style)).toList();
        return new SequenceNode(Tag.SEQ, nodes, flow);
    }

    private static String dump(Node node) {
        DumperOptions options = new DumperOptions();
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(WIDTH);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(node, out);
        return out.toString();
    }
}
