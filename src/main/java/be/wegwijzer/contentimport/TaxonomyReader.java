package be.wegwijzer.contentimport;

import static be.wegwijzer.contentimport.ContentParser.AUDIENCES_FILE;
import static be.wegwijzer.contentimport.ContentParser.REGIONS_FILE;
import static be.wegwijzer.contentimport.ContentParser.ROUTING_FILE;
import static be.wegwijzer.contentimport.ContentParser.SECTORS_FILE;
import static be.wegwijzer.contentimport.ContentParser.SYNONYMS_FILE;
import static be.wegwijzer.contentimport.ContentParser.TAXONOMY_FOLDER;
import static be.wegwijzer.contentimport.ContentParser.THEMES_FILE;

import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemFile;
import be.wegwijzer.itemfile.YamlMapping;
import be.wegwijzer.questions.RoutingRuleService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the taxonomy files of a content folder for {@link ContentParser}, adding every problem to its list. */
final class TaxonomyReader {

    private final Path root;
    private final List<ContentProblem> problems;
    /** Reads a file's text (size limit, UTF-8, fingerprint) or reports why it cannot. */
    private final BiFunction<Path, String, Optional<String>> readText;
    /** The audiences with their lines, kept for checking their pages once the items are known. */
    private List<Located<TaxonomySource.AudienceSource>> locatedAudiences = List.of();
    /** Taxonomy files that failed to parse as a whole; codes of that kind are then not checked in items. */
    private final Set<String> brokenTaxonomyFiles = new LinkedHashSet<>();

    TaxonomyReader(Path root, List<ContentProblem> problems, BiFunction<Path, String, Optional<String>> readText) {
        this.root = root;
        this.problems = problems;
        this.readText = readText;
    }

    /** The audiences as read by {@link #readTaxonomy()}, with their lines. */
    List<Located<TaxonomySource.AudienceSource>> locatedAudiences() {
        return locatedAudiences;
    }

    TaxonomySource readTaxonomy() {
        List<Located<TaxonomySource.ThemeSource>> themes = readList(
                THEMES_FILE,
                Set.of("code", "label", "uitleg", "ouder", "volgorde"),
                (m, i) -> new TaxonomySource.ThemeSource(
                        m.text("code"), m.text("label"), m.text("uitleg"), m.text("ouder"), orderOf(m, i)));
        List<Located<TaxonomySource.AudienceSource>> audiences = readList(
                AUDIENCES_FILE,
                Set.of("code", "label", "uitleg", "volgorde", "intro", "ik_wil", "uitgelicht"),
                (m, i) -> new TaxonomySource.AudienceSource(
                        m.text("code"),
                        m.text("label"),
                        m.text("uitleg"),
                        orderOf(m, i),
                        m.text("intro"),
                        m.mappings("ik_wil").stream()
                                .map(e -> {
                                    e.rejectUnknownFields(Set.of("label", "zoek", "filters"));
                                    return new TaxonomySource.EntrySource(
                                            e.text("label"), e.text("zoek"), e.listsByKey("filters"));
                                })
                                .toList(),
                        m.texts("uitgelicht")));
        List<Located<TaxonomySource.SectorSource>> sectors = readList(
                SECTORS_FILE,
                Set.of("code", "label", "pc", "uitleg", "volgorde"),
                (m, i) -> new TaxonomySource.SectorSource(
                        m.text("code"), m.text("label"), m.text("uitleg"), m.texts("pc"), orderOf(m, i)));
        List<Located<TaxonomySource.RegionSource>> regions = readList(
                REGIONS_FILE,
                Set.of("code", "label", "ouder", "volgorde"),
                (m, i) -> new TaxonomySource.RegionSource(
                        m.text("code"), m.text("label"), m.text("ouder"), orderOf(m, i)));
        problems.addAll(TaxonomyValidator.validate(themes, audiences, sectors, regions));
        locatedAudiences = audiences;
        return new TaxonomySource(values(themes), values(audiences), values(sectors), values(regions), readSynonyms());
    }

    private static int orderOf(YamlMapping m, int index) {
        Integer order = m.integer("volgorde");
        return order != null ? order : index;
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    /** A taxonomy entry with the file and the line of each of its fields. */
    record Located<T>(T value, String file, int line, Map<String, Integer> lines) {
        int lineOf(String field) {
            return lines.getOrDefault(field, line);
        }
    }

    private interface EntryReader<T> {
        T read(YamlMapping mapping, int index);
    }

    private <T> List<Located<T>> readList(String fileName, Set<String> allowed, EntryReader<T> reader) {
        String relative = TAXONOMY_FOLDER + "/" + fileName;
        Path file = root.resolve(TAXONOMY_FOLDER).resolve(fileName);
        if (!Files.exists(file)) {
            problems.add(new ContentProblem(
                    relative,
                    0,
                    "Het taxonomiebestand ontbreekt.",
                    "Maak " + relative + " aan (zie docs/content-format.md)."));
            brokenTaxonomyFiles.add(fileName);
            return List.of();
        }
        Optional<Node> node = readText.apply(file, relative).flatMap(t -> compose(t, relative, 0));
        if (node.isEmpty()) {
            brokenTaxonomyFiles.add(fileName);
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            problems.add(new ContentProblem(
                    relative, 1, "Het bestand moet een lijst zijn.", "Begin elk element met '- code: ...'."));
            brokenTaxonomyFiles.add(fileName);
            return List.of();
        }
        List<Located<T>> result = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            Map<String, Integer> lines = new HashMap<>();
            Optional<YamlMapping> mapping = YamlMapping.root(element, relative, 0, problems, lines);
            if (mapping.isPresent()) {
                mapping.get().rejectUnknownFields(allowed);
                T entry = reader.read(mapping.get(), result.size());
                result.add(new Located<>(entry, relative, mapping.get().line(), lines));
            }
        }
        return result;
    }

    private List<List<String>> readSynonyms() {
        String relative = TAXONOMY_FOLDER + "/" + SYNONYMS_FILE;
        Path file = root.resolve(TAXONOMY_FOLDER).resolve(SYNONYMS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        Optional<Node> node = readText.apply(file, relative).flatMap(t -> compose(t, relative, 0));
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            problems.add(new ContentProblem(
                    relative,
                    1,
                    "Het bestand moet een lijst van groepen zijn.",
                    "Schrijf elke groep als '- [werkdruk, stress, werkstress]'."));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            int line = element.getStartMark().getLine() + 1;
            if (element instanceof SequenceNode group
                    && group.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                List<String> words = group.getValue().stream()
                        .map(n -> ((ScalarNode) n).getValue().strip().toLowerCase())
                        .filter(w -> !w.isEmpty())
                        .distinct()
                        .toList();
                if (words.size() < 2) {
                    problems.add(new ContentProblem(
                            relative,
                            line,
                            "Een synoniemengroep heeft minstens twee woorden nodig.",
                            "Voeg een woord toe of verwijder de groep."));
                } else {
                    groups.add(words);
                }
            } else {
                problems.add(new ContentProblem(
                        relative,
                        line,
                        "Een synoniemengroep moet een lijst van woorden zijn.",
                        "Schrijf de groep als '- [thuiswerk, telewerk]'."));
            }
        }
        return groups;
    }

    /** One entry of {@code vraagroutering.yml}: an organisation and the codes it answers, empty lists for "every". */
    record RoutingEntry(String organisation, List<String> themes, List<String> sectors, List<String> regions) {

        /** One rule per combination of the codes; an empty list stands for "every value". */
        List<RoutingRuleService.RuleSource> rules() {
            List<RoutingRuleService.RuleSource> rules = new ArrayList<>();
            for (String theme : orEvery(themes)) {
                for (String sector : orEvery(sectors)) {
                    for (String region : orEvery(regions)) {
                        rules.add(new RoutingRuleService.RuleSource(organisation, theme, sector, region));
                    }
                }
            }
            return rules;
        }

        private static List<String> orEvery(List<String> codes) {
            return codes.isEmpty() ? Collections.singletonList(null) : codes;
        }
    }

    /** The question routing rules ({@code vraagroutering.yml}); the file is optional. */
    List<Located<RoutingEntry>> readRouting() {
        if (!Files.exists(root.resolve(TAXONOMY_FOLDER).resolve(ROUTING_FILE))) {
            return List.of();
        }
        return readList(
                ROUTING_FILE,
                Set.of("organisatie", "themas", "sectoren", "regios"),
                (m, i) -> new RoutingEntry(
                        m.text("organisatie"), m.texts("themas"), m.texts("sectoren"), m.texts("regios")));
    }

    /** The codes in one taxonomy file, or null when that file could not be read (its codes are then not checked). */
    <T> Set<String> codesOrNull(List<T> entries, Function<T, String> code, String fileName) {
        if (brokenTaxonomyFiles.contains(fileName)) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        entries.stream().map(code).filter(c -> c != null).forEach(codes::add);
        return codes;
    }

    private Optional<Node> compose(String yaml, String relative, int lineOffset) {
        return ItemFile.compose(yaml, relative, lineOffset, problems);
    }
}
