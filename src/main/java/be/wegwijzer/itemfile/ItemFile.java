package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.ItemType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One item file (docs/content-format.md): front matter between two lines {@code ---}, then the Markdown body.
 * Reading it gives an {@link ItemSource} or every problem with its line; the folder import, the editor's proposals and
 * the zip import all read files through here. {@link ItemSourceWriter} writes them.
 */
public final class ItemFile {

    /** The top-level keys every item file may have; each type adds its own ({@link TypeSource}). */
    static final Set<String> COMMON_FIELDS = new LinkedHashSet<>(List.of(
            "titel",
            "samenvatting",
            "themas",
            "doelgroepen",
            "sectoren",
            "regios",
            "grootte",
            "niveau",
            "kosten",
            "organisatie",
            "gerelateerd",
            "links",
            "bron",
            "bron_adres",
            "bron_datum",
            "nagekeken_op",
            "nagekeken_door",
            "herzien_tegen",
            "te_verifieren",
            "verificatie"));
    /** Keys the format once had, with what to write instead. */
    static final Map<String, FieldProblem> RETIRED_FIELDS = Map.of(
            "laatst_nagekeken",
            new FieldProblem(
                    "laatst_nagekeken",
                    "Het veld 'laatst_nagekeken' bestaat niet meer: het beweerde een controle die vaak nooit gebeurde.",
                    "Schrijf de datum van de bron in 'bron_datum:' (bv. bron_datum: 2021 of 2021-06-15). Alleen wie de"
                            + " inhoud echt naging, schrijft 'nagekeken_op:' met 'nagekeken_door:' (de organisatie)."));

    /** An item file's text read: its source when it has no problem, and the SHA-256 of the text. */
    public record Parsed(Optional<ItemSource> source, List<ContentProblem> problems, String contentHash) {}

    private ItemFile() {}

    /**
     * Reads and checks one item file's text: its source, or its problems with file and line. {@code relative} is the
     * file's path as problems name it, e.g. {@code tools/werkbaarheidsmonitor.md}.
     */
    public static Parsed parse(ItemType type, String slug, String relative, String text, Vocabulary vocabulary) {
        List<ContentProblem> problems = new ArrayList<>();
        Optional<ItemSource> source = read(type, slug, relative, text, vocabulary, problems);
        return new Parsed(source, List.copyOf(problems), sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<ItemSource> read(
            ItemType type,
            String slug,
            String relative,
            String text,
            Vocabulary vocabulary,
            List<ContentProblem> problems) {
        String content = text.replace("\r\n", "\n");
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (!content.startsWith("---\n")) {
            problems.add(new ContentProblem(
                    relative,
                    1,
                    "Het bestand begint niet met '---'.",
                    "Zet de velden tussen twee regels '---' bovenaan, en de tekst daaronder."));
            return Optional.empty();
        }
        int end = content.indexOf("\n---\n", 3);
        if (end < 0 && content.endsWith("\n---")) {
            end = content.length() - 4;
        }
        if (end < 0) {
            problems.add(new ContentProblem(
                    relative,
                    1,
                    "De kop wordt niet afgesloten met een regel '---'.",
                    "Zet een regel met alleen '---' tussen de velden en de tekst."));
            return Optional.empty();
        }
        String frontMatter = content.substring(4, end + 1);
        String body = end + 5 <= content.length() ? content.substring(end + 5) : "";
        int bodyStartLine = (int) content.substring(0, Math.min(content.length(), end + 5))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;

        List<ContentProblem> before = List.copyOf(problems);
        Optional<Node> node = compose(frontMatter, relative, 1, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new HashMap<>();
        Optional<YamlMapping> mapping = YamlMapping.root(node.get(), relative, 1, problems, lines);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping fm = mapping.get();
        Set<String> allowed = new LinkedHashSet<>(COMMON_FIELDS);
        allowed.addAll(TypeFormats.fields(type));
        fm.rejectUnknownFields(allowed, RETIRED_FIELDS);

        ItemSource source = ItemSourceReader.read(type, slug, fm, body.strip());
        // A value that could not be read (a broken date) is also "missing" for the validator: report its line once.
        Set<Integer> linesWithProblems = new HashSet<>();
        problems.subList(before.size(), problems.size()).forEach(p -> linesWithProblems.add(p.line()));
        for (FieldProblem p : ItemValidator.validate(source, vocabulary)) {
            int line = lineOf(p.field(), lines, bodyStartLine, fm);
            if (!linesWithProblems.contains(line) || line <= 1) {
                problems.add(new ContentProblem(relative, line, p.message(), p.hint()));
            }
        }
        return problems.size() == before.size() ? Optional.of(source) : Optional.empty();
    }

    /** Turns a validator field path into a file line: exact for fields and list elements, body lines too. */
    private static int lineOf(String field, Map<String, Integer> lines, int bodyStartLine, YamlMapping fm) {
        if (field.startsWith("body[")) {
            return bodyStartLine + Integer.parseInt(field.substring(5, field.length() - 1)) - 1;
        }
        if (field.equals("body")) {
            return bodyStartLine;
        }
        if (field.equals("slug")) {
            return 1;
        }
        for (String candidate = field; !candidate.isEmpty(); candidate = parent(candidate)) {
            Integer line = lines.get(candidate);
            if (line != null) {
                return line;
            }
        }
        return fm.line();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Parses YAML into a node tree with line marks; syntax errors become a problem at their line. */
    public static Optional<Node> compose(String yaml, String relative, int lineOffset, List<ContentProblem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMapping with a clearer message
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Node node = new Yaml(options).compose(new StringReader(yaml));
            if (node == null) {
                problems.add(new ContentProblem(
                        relative,
                        1 + lineOffset,
                        "Het bestand bevat geen gegevens.",
                        "Vul de velden in volgens docs/content-format.md."));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (MarkedYAMLException e) {
            problems.add(YamlErrors.problem(relative, yaml, lineOffset, e));
        } catch (YAMLException e) {
            problems.add(new ContentProblem(
                    relative,
                    lineOffset + 1,
                    "Ongeldige YAML: " + e.getMessage(),
                    "Controleer inspringing en dubbele punten."));
        }
        return Optional.empty();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
