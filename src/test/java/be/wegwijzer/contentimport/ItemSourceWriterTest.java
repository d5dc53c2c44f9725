package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.FaqSource;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.ItemSourceWriter;
import be.wegwijzer.itemfile.SampleSources;
import be.wegwijzer.itemfile.ToolSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemSourceWriterTest {

    /** Values that break naive YAML: separators, comment signs, quotes, indicators at the start, lookalikes. */
    static final List<String> NASTY_TITLES = List.of(
            "Gids: voor kmo's \"zonder\" HR # geen commentaar",
            "# begint met een hekje",
            "- begint met een streepje",
            "[haakjes] en {accolades}",
            "* ster",
            "& anker",
            "! tag",
            "| pijp",
            "> groter",
            "% procent",
            "@ apenstaart",
            "` backtick",
            "? vraag",
            "'enkel'",
            "\"dubbel\"",
            "yes",
            "no",
            "null",
            "~",
            "true",
            "123",
            "1_000",
            "0x1F",
            "2026-01-01",
            "---",
            "...",
            "a: b: c",
            "Café, crème brûlée en één 😀 emoji",
            "dubbele  spatie",
            "back\\slash",
            "Zo'n 50%: 'werkbaar'?");

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedFormat() {
        ItemSource tool = new ItemSource(
                ItemType.TOOL,
                "werkstress-scan",
                "Werkstress-scan",
                "Meet in twintig minuten hoe je team werkdruk ervaart.",
                List.of("werkstress", "werkdruk"),
                List.of("werkgevers"),
                List.of("alle"),
                List.of(),
                List.of(),
                "starter",
                "gratis",
                "kenniscentrum-werk",
                List.of("fiches/werkdruk"),
                List.of(new ItemSource.LinkSource("Officiële pagina", "https://example.org/scan")),
                "Testcorpus, r. 1-5",
                null,
                "2026-11-01",
                null,
                null,
                null,
                false,
                null,
                new ToolSource(
                        "scan",
                        "20 minuten",
                        List.of("nl"),
                        List.of(new FaqSource(
                                "Is de scan anoniem?", "Ja. Je ziet alleen de resultaten van het hele team."))),
                "## Wat is het\n\nEen scan.");

        assertThat(ItemSourceWriter.path(tool)).isEqualTo("tools/werkstress-scan.md");
        assertThat(ItemSourceWriter.write(tool)).isEqualTo("""
                ---
                titel: Werkstress-scan
                samenvatting: >-
                  Meet in twintig minuten hoe je team werkdruk ervaart.
                themas: [werkstress, werkdruk]
                doelgroepen: [werkgevers]
                sectoren: [alle]
                niveau: starter
                kosten: gratis
                organisatie: kenniscentrum-werk
                gerelateerd:
                  - fiches/werkdruk
                links:
                  - label: Officiële pagina
                    url: https://example.org/scan
                bron: Testcorpus, r. 1-5
                bron_datum: 2026-11-01
                vorm: scan
                duur: 20 minuten
                taal: [nl]
                vragen:
                  - vraag: Is de scan anoniem?
                    antwoord: >-
                      Ja. Je ziet alleen de resultaten van het hele team.
                ---
                ## Wat is het

                Een scan.
                """);
    }

    @Test
    void leavesOutEmptyListsAndAbsentFields() {
        ItemSource fiche = SampleSources.fiche("lege-velden", "Leeg", "Kort.");

        String text = ItemSourceWriter.write(fiche);

        assertThat(text)
                .doesNotContain(
                        "sectoren",
                        "regios",
                        "grootte",
                        "niveau",
                        "kosten",
                        "gerelateerd",
                        "links",
                        "herzien_tegen",
                        "te_verifieren",
                        "verificatie",
                        "null",
                        "[]");
        assertThat(readBack(List.of(fiche))).containsExactly(fiche);
    }

    @Test
    void nastyTitlesSummariesAndTextsSurviveWritingAndReadingBack() {
        List<ItemSource> written = new ArrayList<>();
        for (int i = 0; i < NASTY_TITLES.size(); i++) {
            String nasty = NASTY_TITLES.get(i);
            written.add(SampleSources.fiche(
                    "nasty-" + i,
                    nasty,
                    nasty + "\nTweede regel: met # en 'quotes'.\n\n  Ingesprongen na een lege regel."));
        }
        written.add(SampleSources.fiche(
                "lange-samenvatting",
                "Lang",
                ("Een samenvatting die lang genoeg is om over meerdere regels gevouwen te worden, met: dubbele punten, "
                                + "# hekjes en \"aanhalingstekens\". ")
                        .repeat(2)
                        .strip()));
        written.add(SampleSources.fiche(
                "spaties-aan-regeleinde", "Spaties", "Regel met spatie aan het eind \nen  twee spaties ertussen."));

        assertThat(readBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void everyTypeWithAllItsDetailsSurvivesWritingAndReadingBack() {
        List<ItemSource> written = List.of(
                SampleSources.fullMeasure(),
                SampleSources.fullPractice(),
                SampleSources.fullTool(),
                SampleSources.fullOrganisation(),
                SampleSources.fullActivity(),
                SampleSources.fullPublication(),
                SampleSources.fiche("volle-fiche", "Fiche: alles", "Met 😀 en é."));

        assertThat(readBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void everyFileOfTheRealCorpusSurvivesWritingAndReadingBack() {
        ContentSet original = ContentParser.parse(Path.of("content"));
        assertThat(original.problems()).isEmpty();
        TaxonomyWriter.write(original.taxonomy()).forEach((path, text) -> TestContent.write(dir, path, text));
        original.items()
                .forEach(i ->
                        TestContent.write(dir, ItemSourceWriter.path(i.source()), ItemSourceWriter.write(i.source())));

        ContentSet copy = ContentParser.parse(dir);

        assertThat(copy.problems()).isEmpty();
        assertThat(copy.taxonomy()).isEqualTo(original.taxonomy());
        assertThat(bySlug(copy)).hasSize(original.items().size()).isEqualTo(bySlug(original));
    }

    @Test
    void nastyTaxonomyValuesSurviveWritingAndReadingBack() {
        TaxonomySource test = ContentParser.parse(TestContent.CORPUS).taxonomy();
        List<TaxonomySource.ThemeSource> themes = new ArrayList<>(test.themes());
        TaxonomySource.ThemeSource first = themes.getFirst();
        themes.set(
                0,
                new TaxonomySource.ThemeSource(
                        first.code(), "Pijlers: \"vier\" # één 😀", "- Uitleg: met 'quotes'", null, 7));
        List<TaxonomySource.AudienceSource> audiences = new ArrayList<>(test.audiences());
        TaxonomySource.AudienceSource employers = audiences.getFirst();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", List.of("tool", "praktijk"));
        filters.put("thema", List.of("werkdruk"));
        List<TaxonomySource.EntrySource> entries = new ArrayList<>(employers.entries());
        entries.set(0, new TaxonomySource.EntrySource("Ik wil: minder \"druk\"", "werkdruk & stress: 100%", filters));
        audiences.set(
                0,
                new TaxonomySource.AudienceSource(
                        employers.code(),
                        employers.label(),
                        employers.explanation(),
                        0,
                        "Intro over twee regels:\nmet # en een lege regel\n\nerna.",
                        entries,
                        employers.highlights()));
        List<TaxonomySource.SectorSource> sectors = new ArrayList<>(test.sectors());
        sectors.add(
                new TaxonomySource.SectorSource("hout", "Hout & meubel: \"alles\"", null, List.of("125", "125.01"), 3));
        List<List<String>> synonyms =
                List.of(List.of("kmo", "kmo'er", "kleine onderneming"), List.of("ja", "no", "123"));
        TaxonomySource nasty = new TaxonomySource(themes, audiences, sectors, test.regions(), synonyms);

        TestContent.copyTo(dir);
        TaxonomyWriter.write(nasty).forEach((path, text) -> TestContent.write(dir, path, text));
        ContentSet copy = ContentParser.parse(dir);

        assertThat(copy.problems()).isEmpty();
        assertThat(copy.taxonomy()).isEqualTo(nasty);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Writes the items into a copy of the test corpus and parses the folder again, as the importer does. */
    private List<ItemSource> readBack(List<ItemSource> sources) {
        TestContent.copyTo(dir);
        sources.forEach(s -> TestContent.write(dir, ItemSourceWriter.path(s), ItemSourceWriter.write(s)));
        ContentSet set = ContentParser.parse(dir);
        assertThat(set.problems()).isEmpty();
        Map<String, ItemSource> read = bySlug(set);
        return sources.stream().map(s -> read.get(s.slug())).toList();
    }

    private static Map<String, ItemSource> bySlug(ContentSet set) {
        return set.items().stream()
                .map(ContentSet.ParsedItem::source)
                .collect(Collectors.toMap(ItemSource::slug, Function.identity()));
    }
}
