package be.wegwijzer.contentimport;

import be.wegwijzer.itemfile.YamlWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Writes a {@link TaxonomySource} as the five files of {@code taxonomie/}, entries in the given order. The
 * reader gives an entry without {@code volgorde} its position in the file, so a file whose entries are all in
 * that order gets no {@code volgorde}; otherwise every entry has one.
 */
public final class TaxonomyWriter {

    private static final String HEADER = "# Format: docs/content-format.md\n\n";
    /** A file with only comments reads as "no data"; an empty list is what an empty taxonomy is. */
    private static final String EMPTY = "[]\n";

    private TaxonomyWriter() {}

    /** Path in a content folder ({@code taxonomie/themas.yml}, …) to the text of that file. */
    public static Map<String, String> write(TaxonomySource taxonomy) {
        Map<String, String> files = new LinkedHashMap<>();
        boolean themeOrder = needsOrder(taxonomy.themes(), TaxonomySource.ThemeSource::order);
        files.put(
                path(ContentParser.THEMES_FILE),
                list(
                        taxonomy.themes(),
                        t -> new YamlWriter()
                                .text("code", t.code())
                                .text("label", t.label())
                                .text("uitleg", t.explanation())
                                .text("ouder", t.parent())
                                .integer("volgorde", themeOrder ? t.order() : null)));
        boolean audienceOrder = needsOrder(taxonomy.audiences(), TaxonomySource.AudienceSource::order);
        files.put(
                path(ContentParser.AUDIENCES_FILE),
                list(
                        taxonomy.audiences(),
                        a -> new YamlWriter()
                                .text("code", a.code())
                                .text("label", a.label())
                                .text("uitleg", a.explanation())
                                .integer("volgorde", audienceOrder ? a.order() : null)
                                .prose("intro", a.intro())
                                .mappings(
                                        "ik_wil",
                                        a.entries().stream()
                                                .map(e -> new YamlWriter()
                                                        .text("label", e.label())
                                                        .text("zoek", e.words())
                                                        .codesByKey("filters", e.filters()))
                                                .toList())
                                .lines("uitgelicht", a.highlights())));
        boolean sectorOrder = needsOrder(taxonomy.sectors(), TaxonomySource.SectorSource::order);
        files.put(
                path(ContentParser.SECTORS_FILE),
                list(
                        taxonomy.sectors(),
                        s -> new YamlWriter()
                                .text("code", s.code())
                                .text("label", s.label())
                                .quotedCodes("pc", s.jointCommittees())
                                .text("uitleg", s.explanation())
                                .integer("volgorde", sectorOrder ? s.order() : null)));
        boolean regionOrder = needsOrder(taxonomy.regions(), TaxonomySource.RegionSource::order);
        files.put(
                path(ContentParser.REGIONS_FILE),
                list(
                        taxonomy.regions(),
                        r -> new YamlWriter()
                                .text("code", r.code())
                                .text("label", r.label())
                                .text("ouder", r.parent())
                                .integer("volgorde", regionOrder ? r.order() : null)));
        StringBuilder synonyms = new StringBuilder(HEADER);
        taxonomy.synonymGroups().forEach(words -> synonyms.append(YamlWriter.wordsAsListElement(words)));
        files.put(
                path(ContentParser.SYNONYMS_FILE),
                taxonomy.synonymGroups().isEmpty() ? HEADER + EMPTY : synonyms.toString());
        return files;
    }

    private static <T> boolean needsOrder(List<T> entries, ToIntFunction<T> order) {
        return IntStream.range(0, entries.size()).anyMatch(i -> order.applyAsInt(entries.get(i)) != i);
    }

    private static <T> String list(List<T> entries, Function<T, YamlWriter> fields) {
        StringBuilder out = new StringBuilder(HEADER);
        entries.forEach(e -> out.append(fields.apply(e).toListElement()));
        return entries.isEmpty() ? out + EMPTY : out.toString();
    }

    private static String path(String file) {
        return ContentParser.TAXONOMY_FOLDER + "/" + file;
    }
}
