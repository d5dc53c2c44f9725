package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemFile;
import be.wegwijzer.itemfile.Suggestions;
import be.wegwijzer.itemfile.Vocabulary;
import be.wegwijzer.questions.RoutingRuleService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a content folder (layout in docs/content-format.md) into a {@link ContentSet}. It never stops at
 * the first problem: every file is read and every problem is collected with its file and line.
 */
public final class ContentParser {

    static final String TAXONOMY_FOLDER = "taxonomie";
    static final String THEMES_FILE = "themas.yml";
    static final String AUDIENCES_FILE = "doelgroepen.yml";
    static final String SECTORS_FILE = "sectoren.yml";
    static final String REGIONS_FILE = "regios.yml";
    static final String SYNONYMS_FILE = "synoniemen.yml";
    static final String ROUTING_FILE = "vraagroutering.yml";

    /** Default of {@code wegwijzer.content.max-file-size}: far above any item or taxonomy file we have (the largest is ~20 KB). */
    public static final long DEFAULT_MAX_FILE_SIZE = 256 * 1024;
    /** Operating-system leftovers that sit in content folders without anyone putting them there; not reported. */
    private static final Set<String> SYSTEM_FILES = Set.of("__MACOSX", "Thumbs.db", "desktop.ini");

    private final Path root;
    private final long maxFileSize;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> fileHashes = new TreeMap<>();

    private ContentParser(Path root, long maxFileSize) {
        this.root = root;
        this.maxFileSize = maxFileSize;
    }

    /** Reads and checks the whole folder, with the default file size limit. */
    public static ContentSet parse(Path root) {
        return parse(root, DEFAULT_MAX_FILE_SIZE);
    }

    /** Reads and checks the whole folder; a file larger than {@code maxFileSize} bytes is a problem. */
    public static ContentSet parse(Path root, long maxFileSize) {
        return new ContentParser(root, maxFileSize).read();
    }

    private ContentSet read() {
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(
                    root.toString(),
                    0,
                    "De contentmap bestaat niet.",
                    "Geef een map met de submappen taxonomie/, tools/, fiches/, ... (zie docs/content-format.md)."));
            return new ContentSet(emptyTaxonomy(), List.of(), List.copyOf(problems), "");
        }
        reportFilesOutsideTheTypeFolders();
        TaxonomyReader taxonomies = new TaxonomyReader(root, problems, this::readText);
        TaxonomySource taxonomy = taxonomies.readTaxonomy();
        Map<String, ItemType> slugs = listItemFiles();
        Vocabulary vocabulary = new Vocabulary(
                taxonomies.codesOrNull(taxonomy.themes(), TaxonomySource.ThemeSource::code, THEMES_FILE),
                taxonomies.codesOrNull(taxonomy.audiences(), TaxonomySource.AudienceSource::code, AUDIENCES_FILE),
                taxonomies.codesOrNull(taxonomy.sectors(), TaxonomySource.SectorSource::code, SECTORS_FILE),
                taxonomies.codesOrNull(taxonomy.regions(), TaxonomySource.RegionSource::code, REGIONS_FILE),
                slugs);
        problems.addAll(AudiencePageValidator.validate(taxonomies.locatedAudiences(), vocabulary));
        List<RoutingRuleService.RuleSource> routingRules = routingRules(taxonomies.readRouting(), vocabulary);
        List<ContentSet.ParsedItem> items = new ArrayList<>();
        for (ItemType type : ItemType.values()) {
            for (Path file : itemFiles(type)) {
                readItem(type, file, vocabulary).ifPresent(items::add);
            }
        }
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return new ContentSet(taxonomy, List.copyOf(items), List.copyOf(problems), fingerprint(), routingRules);
    }

    /** The routing rules of {@code vraagroutering.yml}, each code checked against the files' taxonomy and items. */
    private List<RoutingRuleService.RuleSource> routingRules(
            List<TaxonomyReader.Located<TaxonomyReader.RoutingEntry>> entries, Vocabulary vocabulary) {
        List<RoutingRuleService.RuleSource> rules = new ArrayList<>();
        for (TaxonomyReader.Located<TaxonomyReader.RoutingEntry> located : entries) {
            TaxonomyReader.RoutingEntry entry = located.value();
            int before = problems.size();
            if (entry.organisation() == null
                    || vocabulary.itemsBySlug().get(entry.organisation()) != ItemType.ORGANISATIE) {
                problems.add(new ContentProblem(
                        located.file(),
                        located.lineOf("organisatie"),
                        entry.organisation() == null
                                ? "Deze regel heeft geen organisatie."
                                : "De organisatie '" + entry.organisation() + "' staat niet in organisaties/.",
                        "Geef de slug van een organisatie, bv. 'organisatie: sectorfonds-voeding'."));
            }
            checkCodes(located, "themas", entry.themes(), vocabulary.themes(), THEMES_FILE);
            checkCodes(located, "sectoren", entry.sectors(), vocabulary.sectors(), SECTORS_FILE);
            checkCodes(located, "regios", entry.regions(), vocabulary.regions(), REGIONS_FILE);
            if (problems.size() == before) {
                rules.addAll(entry.rules());
            }
        }
        return List.copyOf(rules);
    }

    private void checkCodes(
            TaxonomyReader.Located<TaxonomyReader.RoutingEntry> located,
            String field,
            List<String> codes,
            Set<String> known,
            String file) {
        if (known == null) {
            return;
        }
        codes.stream()
                .filter(c -> !known.contains(c))
                .forEach(c -> problems.add(new ContentProblem(
                        located.file(),
                        located.lineOf(field),
                        "De code '" + c + "' in " + field + " staat niet in " + TAXONOMY_FOLDER + "/" + file + ".",
                        "Gebruik een code uit " + TAXONOMY_FOLDER + "/" + file
                                + " of laat de lijst leeg voor 'alle'.")));
    }

    // ---- files the importer would not read ----------------------------------------------------------------

    /**
     * Every file that is neither a taxonomy file nor an item file directly in a type folder is a problem: an editor who
     * put a measure in {@code maatregel/} or {@code tools/oud/} expects it on the portal, and a batch that silently
     * leaves it out would look like a successful import. Hidden files and operating-system leftovers are ignored.
     */
    private void reportFilesOutsideTheTypeFolders() {
        Set<String> typeFolders = new LinkedHashSet<>();
        for (ItemType type : ItemType.values()) {
            typeFolders.add(type.folder());
        }
        Set<String> topFolders = new LinkedHashSet<>(typeFolders);
        topFolders.add(TAXONOMY_FOLDER);
        Set<String> taxonomyFiles =
                orderedSet(THEMES_FILE, AUDIENCES_FILE, SECTORS_FILE, REGIONS_FILE, SYNONYMS_FILE, ROUTING_FILE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !isSystemFile(root.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ContentProblem(
                    root.toString(),
                    0,
                    "De contentmap kan niet helemaal gelezen worden: " + e.getMessage(),
                    "Controleer de rechten op de mappen."));
            return;
        }
        for (Path file : files) {
            Path path = root.relativize(file);
            String relative = relative(file);
            String name = path.getFileName().toString();
            String top = path.getName(0).toString();
            if (path.getNameCount() == 1) {
                problems.add(new ContentProblem(
                        relative,
                        0,
                        "Dit bestand staat niet in een map van de contentmap en wordt niet ingelezen.",
                        "Zet een item in de map van zijn soort (" + String.join("/, ", typeFolders)
                                + "/) of verwijder het bestand."));
            } else if (!topFolders.contains(top)) {
                String hint = Suggestions.closest(top, topFolders)
                        .map(s -> "Bedoel je de map '" + s + "/'? Verplaats het bestand daarheen, of verwijder het.")
                        .orElse("Gebruik alleen de mappen " + String.join("/, ", topFolders)
                                + "/; verplaats of verwijder het bestand.");
                problems.add(new ContentProblem(
                        relative,
                        0,
                        "De map '" + top + "/' is geen map van de contentmap; dit bestand wordt niet ingelezen.",
                        hint));
            } else if (path.getNameCount() > 2) {
                problems.add(new ContentProblem(
                        relative,
                        0,
                        "Bestanden in een submap van '" + top + "/' worden niet ingelezen.",
                        "Zet het bestand rechtstreeks in " + top + "/, of verwijder het als het er niet meer hoort."));
            } else if (top.equals(TAXONOMY_FOLDER) && !taxonomyFiles.contains(name)) {
                problems.add(new ContentProblem(
                        relative,
                        0,
                        "Onbekend taxonomiebestand; het wordt niet ingelezen.",
                        Suggestions.closest(name, taxonomyFiles)
                                        .map(s -> "Bedoel je '" + s + "'? ")
                                        .orElse("") + "De taxonomie bestaat uit " + String.join(", ", taxonomyFiles)
                                + "."));
            } else if (!top.equals(TAXONOMY_FOLDER) && !name.endsWith(".md")) {
                String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                problems.add(new ContentProblem(
                        relative,
                        0,
                        "Alleen .md-bestanden in " + top + "/ worden ingelezen; dit bestand niet.",
                        "Is het een item? Hernoem het naar " + stem.toLowerCase(Locale.ROOT) + ".md. Afbeeldingen en "
                                + "pdf's horen niet in de contentmap: verwijs ernaar met een link."));
            }
        }
    }

    private static boolean isSystemFile(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || SYSTEM_FILES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- items ------------------------------------------------------------------------------------------

    /** All item files by slug; duplicate and malformed slugs are reported here. */
    private Map<String, ItemType> listItemFiles() {
        Map<String, ItemType> slugs = new HashMap<>();
        Map<String, String> firstFile = new HashMap<>();
        for (ItemType type : ItemType.values()) {
            for (Path file : itemFiles(type)) {
                String slug = slugOf(file);
                String relative = relative(file);
                if (firstFile.containsKey(slug)) {
                    problems.add(
                            new ContentProblem(
                                    relative,
                                    1,
                                    "De slug '" + slug + "' bestaat al: " + firstFile.get(slug) + ".",
                                    "Elke bestandsnaam moet uniek zijn over alle mappen heen; geef een van beide een andere naam."));
                } else {
                    firstFile.put(slug, relative);
                    slugs.put(slug, type);
                }
            }
        }
        return slugs;
    }

    private List<Path> itemFiles(ItemType type) {
        Path folder = root.resolve(type.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    type.folder(), 0, "De map kan niet gelezen worden: " + e.getMessage(), "Controleer de rechten."));
            return List.of();
        }
    }

    private Optional<ContentSet.ParsedItem> readItem(ItemType type, Path file, Vocabulary vocabulary) {
        String relative = relative(file);
        Optional<String> text = readText(file, relative);
        return text.isEmpty() ? Optional.empty() : readItem(type, slugOf(file), relative, text.get(), vocabulary);
    }

    private Optional<ContentSet.ParsedItem> readItem(
            ItemType type, String slug, String relative, String text, Vocabulary vocabulary) {
        ItemFile.Parsed parsed = ItemFile.parse(type, slug, relative, text, vocabulary);
        problems.addAll(parsed.problems());
        return parsed.source().map(source -> new ContentSet.ParsedItem(source, relative, parsed.contentHash()));
    }

    // ---- files and YAML ---------------------------------------------------------------------------------

    private Optional<String> readText(Path file, String relative) {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                problems.add(
                        new ContentProblem(
                                relative,
                                0,
                                "Het bestand is te groot: " + kilobytes(size) + " KB, de grens is "
                                        + kilobytes(maxFileSize) + " KB.",
                                "Kort de tekst in of verdeel hem over meer items; afbeeldingen en "
                                        + "pdf's horen niet in een contentbestand. De grens staat in wegwijzer.content.max-file-size."));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            fileHashes.put(relative, sha256(bytes));
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(
                    relative,
                    0,
                    "Het bestand is niet in UTF-8 opgeslagen.",
                    "Sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan met codering' > UTF-8)."));
        } catch (IOException e) {
            problems.add(new ContentProblem(
                    relative,
                    0,
                    "Het bestand kan niet gelezen worden: " + e.getMessage(),
                    "Controleer of het bestand bestaat en leesbaar is."));
        }
        return Optional.empty();
    }

    private static String kilobytes(long bytes) {
        return bytes % 1024 == 0
                ? String.valueOf(bytes / 1024)
                : String.format(Locale.forLanguageTag("nl-BE"), "%.1f", bytes / 1024.0);
    }

    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        fileHashes.forEach(
                (file, hash) -> all.append(file).append('=').append(hash).append('\n'));
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static TaxonomySource emptyTaxonomy() {
        return new TaxonomySource(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static String sha256(byte[] bytes) {
        return ItemFile.sha256(bytes);
    }

    private static Set<String> orderedSet(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
