package be.wegwijzer.itemfile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed values out of a YAML mapping node while remembering the line of every field, so that each
 * problem can be reported as file:line. Type problems (not a date, not a list, unknown field) are reported
 * here; content rules are checked later by {@link ItemValidator} on the parsed values.
 */
public final class YamlMapping {

    private final String file;
    private final int lineOffset;
    private final String path;
    private final List<ContentProblem> problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Map<String, Integer> lines;
    private final int ownLine;

    private YamlMapping(
            MappingNode node,
            String file,
            int lineOffset,
            String path,
            List<ContentProblem> problems,
            Map<String, Integer> lines) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.path = path;
        this.problems = problems;
        this.lines = lines;
        this.ownLine = line(node);
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problem(line(tuple.getKeyNode()), "Een veldnaam moet gewone tekst zijn.", "Schrijf veldnaam: waarde.");
            } else if (fields.containsKey(key)) {
                problem(
                        line(tuple.getKeyNode()),
                        "Het veld '" + key + "' staat er twee keer in.",
                        "Houd één '" + key + ":' over en voeg de waarden samen.");
            } else {
                fields.put(key, tuple);
                lines.put(fieldPath(key), line(tuple.getKeyNode()));
            }
        }
    }

    /** Wraps a root node; reports a problem and returns empty when it is not a mapping. */
    public static Optional<YamlMapping> root(
            Node node, String file, int lineOffset, List<ContentProblem> problems, Map<String, Integer> lines) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, file, lineOffset, "", problems, lines));
        }
        problems.add(new ContentProblem(
                file,
                node == null ? 1 : node.getStartMark().getLine() + 1 + lineOffset,
                "De kop bevat geen velden.",
                "Schrijf elk veld op een eigen regel als 'veldnaam: waarde'."));
        return Optional.empty();
    }

    public int line() {
        return ownLine;
    }

    /** Line of a field, or of this mapping when the field is absent. */
    public int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? ownLine : line(tuple.getKeyNode());
    }

    public boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key).getValueNode());
    }

    /** Reports every field that is not in {@code allowed}, with the closest allowed name as a hint. */
    public void rejectUnknownFields(Set<String> allowed) {
        rejectUnknownFields(allowed, Map.of());
    }

    /**
     * Reports every field that is not in {@code allowed}; a field that the format no longer has ({@code retired}:
     * key to message and hint) gets its own explanation instead of a guess.
     */
    public void rejectUnknownFields(Set<String> allowed, Map<String, FieldProblem> retired) {
        fields.forEach((key, tuple) -> {
            FieldProblem explanation = retired.get(key);
            if (explanation != null) {
                problem(line(tuple.getKeyNode()), explanation.message(), explanation.hint());
            } else if (!allowed.contains(key)) {
                String hint = Suggestions.closest(key, allowed)
                        .map(s -> "Bedoel je '" + s + "'? Toegelaten velden: " + String.join(", ", allowed) + ".")
                        .orElse("Toegelaten velden: " + String.join(", ", allowed) + ".");
                problem(line(tuple.getKeyNode()), "Onbekend veld '" + fieldPath(key) + "'.", hint);
            }
        });
    }

    public String text(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? null : text;
        }
        problem(
                line(value),
                "Het veld '" + fieldPath(key) + "' moet een tekst zijn.",
                "Zet de waarde achter de dubbele punt, of gebruik '>-' voor tekst over meerdere regels.");
        return null;
    }

    public List<String> texts(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            // A single value without brackets is accepted as a list of one: forgiving for editors.
            lines.put(fieldPath(key) + "[0]", line(scalar));
            String text = scalar.getValue().strip();
            return text.isEmpty() ? List.of() : List.of(text);
        }
        if (value instanceof SequenceNode sequence) {
            List<String> result = new ArrayList<>();
            for (Node element : sequence.getValue()) {
                if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    lines.put(fieldPath(key) + "[" + result.size() + "]", line(scalar));
                    result.add(scalar.getValue().strip());
                } else {
                    problem(
                            line(element),
                            "Elk element van '" + fieldPath(key) + "' moet een korte tekst zijn.",
                            "Schrijf de lijst als [a, b, c] of zet elk element op een regel met '- '.");
                }
            }
            return result;
        }
        problem(
                line(value),
                "Het veld '" + fieldPath(key) + "' moet een lijst zijn.",
                "Schrijf de lijst als [a, b, c].");
        return List.of();
    }

    public LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(
                    lineOf(key),
                    "'" + text + "' in '" + fieldPath(key) + "' is geen geldige datum.",
                    "Schrijf datums als jjjj-mm-dd, bijvoorbeeld 2026-11-22.");
            return null;
        }
    }

    public Integer integer(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace("_", ""));
        } catch (NumberFormatException e) {
            problem(
                    lineOf(key),
                    "'" + text + "' in '" + fieldPath(key) + "' is geen geheel getal.",
                    "Schrijf alleen cijfers, zonder punt, euroteken of spaties: 10000.");
            return null;
        }
    }

    public Boolean bool(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase()) {
            case "true", "ja", "yes" -> Boolean.TRUE;
            case "false", "nee", "no" -> Boolean.FALSE;
            default -> {
                problem(
                        lineOf(key),
                        "'" + text + "' in '" + fieldPath(key) + "' is geen ja/nee-waarde.",
                        "Schrijf true of false.");
                yield null;
            }
        };
    }

    /** A mapping whose own keys are data (e.g. filter names), each holding a list of short texts. */
    public Map<String, List<String>> listsByKey(String key) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        mapping(key).ifPresent(m -> m.fields.keySet().forEach(k -> result.put(k, m.texts(k))));
        return result;
    }

    public Optional<YamlMapping> mapping(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, file, lineOffset, fieldPath(key), problems, lines));
        }
        problem(
                line(value),
                "Het veld '" + fieldPath(key) + "' moet ingesprongen velden bevatten.",
                "Zet de velden eronder op nieuwe regels, twee spaties ingesprongen.");
        return Optional.empty();
    }

    public List<YamlMapping> mappings(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            List<YamlMapping> result = new ArrayList<>();
            for (Node element : sequence.getValue()) {
                String elementPath = fieldPath(key) + "[" + result.size() + "]";
                if (element instanceof MappingNode mapping) {
                    lines.put(elementPath, line(mapping));
                    result.add(new YamlMapping(mapping, file, lineOffset, elementPath, problems, lines));
                } else {
                    problem(
                            line(element),
                            "Elk element van '" + fieldPath(key) + "' moet velden bevatten.",
                            "Schrijf elk element als '- label: ...' met de andere velden eronder.");
                }
            }
            return result;
        }
        problem(
                line(value),
                "Het veld '" + fieldPath(key) + "' moet een lijst zijn.",
                "Schrijf elk element op een nieuwe regel die begint met '- '.");
        return List.of();
    }

    private Node value(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        return tuple.getValueNode();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    private String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private int line(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    private void problem(int line, String message, String hint) {
        problems.add(new ContentProblem(file, line, message, hint));
    }
}
