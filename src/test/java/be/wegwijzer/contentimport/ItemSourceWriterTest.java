package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.nio.file.Path;
import java.time.LocalDate;
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
            "# begint met een hekje", "- begint met een streepje", "[haakjes] en {accolades}", "* ster", "& anker",
            "! tag", "| pijp", "> groter", "% procent", "@ apenstaart", "` backtick", "? vraag", "'enkel'", "\"dubbel\"",
            "yes", "no", "null", "~", "true", "123", "1_000", "0x1F", "2026-01-01", "---", "...", "a: b: c",
            "Café, crème brûlée en één 😀 emoji", "dubbele  spatie", "back\\slash", "Zo'n 50%: 'werkbaar'?");

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedFormat() {
        ItemSource tool = new ItemSource(ItemType.TOOL, "werkstress-scan", "Werkstress-scan",
                "Meet in twintig minuten hoe je team werkdruk ervaart.", List.of("werkstress", "werkdruk"),
                List.of("werkgevers"), List.of("alle"), List.of(), List.of(), "starter", "gratis", "kenniscentrum-werk",
                List.of("fiches/werkdruk"), List.of(new ItemSource.LinkSource("Officiële pagina", "https://example.org/scan")),
                "Testcorpus, r. 1-5", LocalDate.of(2026, 11, 1), null, false, null,
                null, null, new ItemSource.ToolSource("scan", "20 minuten", List.of("nl")), null, null,
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
                laatst_nagekeken: 2026-11-01
                vorm: scan
                duur: 20 minuten
                taal: [nl]
                ---
                ## Wat is het

                Een scan.
                """);
    }

    @Test
    void leavesOutEmptyListsAndAbsentFields() {
        ItemSource fiche = fiche("lege-velden", "Leeg", "Kort.");

        String text = ItemSourceWriter.write(fiche);

        assertThat(text).doesNotContain("sectoren", "regios", "grootte", "niveau", "kosten", "gerelateerd", "links",
                "herzien_tegen", "te_verifieren", "verificatie", "null", "[]");
        assertThat(readBack(List.of(fiche))).containsExactly(fiche);
    }

    @Test
    void nastyTitlesSummariesAndTextsSurviveWritingAndReadingBack() {
        List<ItemSource> written = new ArrayList<>();
        for (int i = 0; i < NASTY_TITLES.size(); i++) {
            String nasty = NASTY_TITLES.get(i);
            written.add(fiche("nasty-" + i, nasty, nasty + "\nTweede regel: met # en 'quotes'.\n\n  Ingesprongen na een lege regel."));
        }
        written.add(fiche("lange-samenvatting", "Lang",
                ("Een samenvatting die lang genoeg is om over meerdere regels gevouwen te worden, met: dubbele punten, "
                        + "# hekjes en \"aanhalingstekens\". ").repeat(2).strip()));
        written.add(fiche("spaties-aan-regeleinde", "Spaties", "Regel met spatie aan het eind \nen  twee spaties ertussen."));

        assertThat(readBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void everyTypeWithAllItsDetailsSurvivesWritingAndReadingBack() {
        List<ItemSource> written = List.of(fullMeasure(), fullPractice(), fullTool(), fullOrganisation(), fullActivity(),
                fiche("volle-fiche", "Fiche: alles", "Met 😀 en é."));

        assertThat(readBack(written)).containsExactlyElementsOf(written);
    }

    @Test
    void everyFileOfTheRealCorpusSurvivesWritingAndReadingBack() {
        ContentSet original = ContentParser.parse(Path.of("content"));
        assertThat(original.problems()).isEmpty();
        TaxonomyWriter.write(original.taxonomy()).forEach((path, text) -> TestContent.write(dir, path, text));
        original.items().forEach(i -> TestContent.write(dir, ItemSourceWriter.path(i.source()), ItemSourceWriter.write(i.source())));

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
        themes.set(0, new TaxonomySource.ThemeSource(first.code(), "Pijlers: \"vier\" # één 😀", "- Uitleg: met 'quotes'",
                null, 7));
        List<TaxonomySource.AudienceSource> audiences = new ArrayList<>(test.audiences());
        TaxonomySource.AudienceSource employers = audiences.getFirst();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", List.of("tool", "praktijk"));
        filters.put("thema", List.of("werkdruk"));
        List<TaxonomySource.EntrySource> entries = new ArrayList<>(employers.entries());
        entries.set(0, new TaxonomySource.EntrySource("Ik wil: minder \"druk\"", "werkdruk & stress: 100%", filters));
        audiences.set(0, new TaxonomySource.AudienceSource(employers.code(), employers.label(), employers.explanation(), 0,
                "Intro over twee regels:\nmet # en een lege regel\n\nerna.", entries, employers.highlights()));
        List<TaxonomySource.SectorSource> sectors = new ArrayList<>(test.sectors());
        sectors.add(new TaxonomySource.SectorSource("hout", "Hout & meubel: \"alles\"", null, List.of("125", "125.01"), 3));
        List<List<String>> synonyms = List.of(List.of("kmo", "kmo'er", "kleine onderneming"), List.of("ja", "no", "123"));
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
        return set.items().stream().map(ContentSet.ParsedItem::source)
                .collect(Collectors.toMap(ItemSource::slug, Function.identity()));
    }

    static ItemSource fiche(String slug, String title, String summary) {
        return new ItemSource(ItemType.FICHE, slug, title, summary, List.of("werkdruk"), List.of("werkgevers"),
                List.of(), List.of(), List.of(), null, null, "kenniscentrum-werk", List.of(), List.of(),
                "Bron: \"test\" # 1", LocalDate.of(2026, 11, 1), null, false, null, null, null, null, null, null,
                "## Starter\n\nBegin.\n\n---\n\n## Gevorderd\n\ntitel: geen kop\n\n## Expert\n\n- Verder.");
    }

    static ItemSource fullMeasure() {
        return common(ItemType.MAATREGEL, "volle-maatregel",
                new ItemSource.MeasureSource("cheque", "vlaams", 10_000, 50, "Subsidie: 50% van de kosten, tot € 10.000.",
                        "https://example.org/aanvragen?x=1&y=2#form", "De werkgever, of een sectorconsulent: namens de werkgever.",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), "maatregelen/oude-oproep",
                        List.of("werkgever", "zelfstandige"), 1, 249, List.of("voeding", "horeca"), List.of("vlaanderen"),
                        List.of("- Je bedrijf heeft een zetel in Vlaanderen.", "Meer dan 10 werknemers? Ja: ga door.")),
                null, null, null, null);
    }

    static ItemSource fullPractice() {
        return common(ItemType.PRAKTIJK, "volle-praktijk", null,
                new ItemSource.PracticeSource("Bakkerij \"De Korst\": bv", "voeding", "micro", "limburg", 5000,
                        "Zes maanden", "Minder verzuim:\nvan 8% naar 3%.", "€ 5.000 # terugverdiend in één jaar"),
                null, null, null);
    }

    static ItemSource fullTool() {
        return common(ItemType.TOOL, "volle-tool", null, null, new ItemSource.ToolSource("scan", "20 minuten: of 30", List.of("nl", "fr")),
                null, null);
    }

    static ItemSource fullOrganisation() {
        ItemSource base = common(ItemType.ORGANISATIE, "volle-organisatie", null, null, null,
                new ItemSource.OrganisationSource("sectorfonds", List.of("vlaanderen", "brussel"), "https://example.org/#contact",
                        "info@example.org", "+32 2 123 45 67"), null);
        return new ItemSource(base.type(), base.slug(), base.title(), base.summary(), base.themes(), base.audiences(),
                base.sectors(), base.regions(), base.sizes(), base.level(), base.cost(), null, base.related(), base.links(),
                base.source(), base.lastVerified(), base.reviewBy(), base.needsVerification(), base.verificationNote(),
                null, null, null, base.organisation(), null, base.body());
    }

    static ItemSource fullActivity() {
        return common(ItemType.ACTIVITEIT, "volle-activiteit", null, null, null, null,
                new ItemSource.ActivitySource("webinar", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 19), "Gent: ICC",
                        false, "https://example.org/inschrijven?id=1"));
    }

    private static ItemSource common(ItemType type, String slug, ItemSource.MeasureSource measure,
                                     ItemSource.PracticeSource practice, ItemSource.ToolSource tool,
                                     ItemSource.OrganisationSource organisation, ItemSource.ActivitySource activity) {
        return new ItemSource(type, slug, "Titel: " + slug + " # \"alles\"",
                "Samenvatting: met alles erop en eraan.\nOok een tweede regel.", List.of("werkdruk", "motivatie"),
                List.of("werkgevers", "werknemers"), List.of("voeding", "bouw"), List.of("vlaanderen"),
                List.of("micro", "klein"), "gevorderd", "betalend", "kenniscentrum-werk",
                List.of("tools/telewerkkaart", "fiches/werkdruk"),
                List.of(new ItemSource.LinkSource("Site: officieel", "https://example.org/a?b=c#d"),
                        new ItemSource.LinkSource("# Tweede", "http://example.org")),
                "004 Evaluatie (IDEA: 2025), r. 1-2; \"citaat\"", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 5, 1), true,
                "Na te gaan: het bedrag.\nEn de termijn.", measure, practice, tool, organisation, activity,
                "## Voor wie\n\nVoor iedereen: ook jij.\n\n---\n\n```yaml\nkey: value\n```");
    }
}
