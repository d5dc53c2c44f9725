package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.MeasureSource;
import be.wegwijzer.itemfile.PracticeSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentParserTest {

    @TempDir
    Path dir;

    @Test
    void readsTheTestCorpusWithoutProblems() {
        ContentSet set = ContentParser.parse(TestContent.CORPUS);
        assertThat(set.problems()).isEmpty();
        assertThat(set.items()).hasSize(13);
        assertThat(set.taxonomy().sectors())
                .extracting(TaxonomySource.SectorSource::code)
                .containsExactly("voeding", "horeca", "bouw");
        ItemSource cheque = source(set, "werkbaarheidscheque");
        assertThat(cheque.type()).isEqualTo(ItemType.MAATREGEL);
        assertThat(cheque.details(MeasureSource.class).statutes()).containsExactly("werkgever");
        assertThat(cheque.details(MeasureSource.class).selfChecks())
                .containsExactly("Je bedrijf heeft een zetel in Vlaanderen.");
        assertThat(source(set, "bakkerij-limburg").details(PracticeSource.class).region())
                .isEqualTo("limburg");
    }

    @Test
    void reportsEveryProblemOfABrokenFolderWithFileAndLine() {
        TestContent.breakFourWays(TestContent.copyTo(dir));
        List<String> report = ContentParser.parse(dir).problems().stream()
                .map(ContentProblem::format)
                .toList();
        assertThat(report)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("tools/werkstress-scan.md:4: Onbekende thema 'werkstres'.")
                        .contains("Bedoel je 'werkstress'?"));
        assertThat(report)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "praktijken/bakkerij-limburg.md:13: '2026-13-45' in 'bron_datum' is geen geldige datum."));
        assertThat(report)
                .anySatisfy(
                        line -> assertThat(line)
                                .startsWith(
                                        "fiches/telewerkkaart.md:1: De slug 'telewerkkaart' bestaat al: tools/telewerkkaart.md."));
        assertThat(report)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("tools/kmo-gids.md:2: Ongeldige YAML")
                        .contains("aanhalingstekens"));
        // a broken date is reported once, not again as "missing"
        assertThat(report).noneMatch(line -> line.contains("bakkerij-limburg") && line.contains("ontbreekt"));
    }

    @Test
    void namesUnknownFieldsWithTheClosestKnownName() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "tools/telewerkkaart.md", "samenvatting:", "samenvating:");
        List<ContentProblem> problems = ContentParser.parse(dir).problems();
        assertThat(problems)
                .extracting(ContentProblem::format)
                .anyMatch(p -> p.startsWith("tools/telewerkkaart.md:3: Onbekend veld 'samenvating'.")
                        && p.contains("Bedoel je 'samenvatting'?"))
                .anyMatch(p -> p.startsWith("tools/telewerkkaart.md") && p.contains("'samenvatting' ontbreekt"));
    }

    @Test
    void reportsReferencesThatPointNowhere() {
        TestContent.copyTo(dir);
        TestContent.replace(
                dir, "tools/werkstress-scan.md", "organisatie: kenniscentrum-werk", "organisatie: kenniscentrum-werkk");
        TestContent.replace(
                dir, "tools/werkstress-scan.md", "praktijken/bakkerij-limburg", "praktijken/bakkerij-antwerpen");
        TestContent.replace(dir, "fiches/werkdruk.md", "tools/werkstress-scan", "maatregelen/werkstress-scan");
        List<String> report = ContentParser.parse(dir).problems().stream()
                .map(ContentProblem::format)
                .toList();
        assertThat(report)
                .contains(
                        "tools/werkstress-scan.md:10: De organisatie 'kenniscentrum-werkk' bestaat niet. — Bedoel je 'kenniscentrum-werk'?",
                        "fiches/werkdruk.md:7: 'werkstress-scan' staat niet in maatregelen/ maar in tools/. — Schrijf tools/werkstress-scan.");
        assertThat(report)
                .anyMatch(l ->
                        l.startsWith("tools/werkstress-scan.md:11: 'praktijken/bakkerij-antwerpen' bestaat niet."));
    }

    @Test
    void refusesUnsafeHtmlAndPointsAtItsLine() {
        TestContent.copyTo(dir);
        TestContent.replace(
                dir, "tools/telewerkkaart.md", "Maak afspraken", "<script>alert(1)</script>\nMaak afspraken");
        assertThat(ContentParser.parse(dir).problems())
                .extracting(ContentProblem::format)
                .anyMatch(p -> p.startsWith("tools/telewerkkaart.md:13: Onveilige HTML"));
    }

    @Test
    void refusesMarkupInPlainTextFieldsWithFileLineAndHowToFixIt() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "tools/telewerkkaart.md", "titel: Telewerkkaart", "titel: Telewerk<b>kaart</b>");
        TestContent.replace(
                dir,
                "tools/telewerkkaart.md",
                "bron: \"Testcorpus\"",
                "links:\n  - label: \"Pagina <!-- oud -->\"\n    url: https://www.example.be\nbron: \"Testcorpus\"");
        TestContent.replace(
                dir,
                "tools/kmo-gids.md",
                "samenvatting: Praktische stappen",
                "samenvatting: Voor minder dan <10 werknemers en praktische stappen");
        List<String> report = ContentParser.parse(dir).problems().stream()
                .map(ContentProblem::format)
                .toList();
        assertThat(report)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("tools/telewerkkaart.md:2: '<b' ziet eruit als HTML-opmaak")
                        .contains(" — Verwijder de opmaak"));
        assertThat(report)
                .anySatisfy(line ->
                        assertThat(line).startsWith("tools/telewerkkaart.md:10: '<!--' ziet eruit als HTML-opmaak"));
        assertThat(report)
                .as("a < before a digit is ordinary text")
                .noneMatch(line -> line.startsWith("tools/kmo-gids.md"));
    }

    @Test
    void checksDatesSummariesAndLevelSections() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "maatregelen/oude-oproep.md", "van: 2021-12-01", "van: 2023-01-01");
        TestContent.replace(
                dir, "tools/kmo-gids.md", "samenvatting: Praktische stappen", "samenvatting: " + "Lang ".repeat(70));
        TestContent.replace(dir, "fiches/werkdruk.md", "## Expert", "## Gevorderd+");
        TestContent.replace(dir, "tools/telewerkkaart.md", "kosten: gratis", "kosten: gratis\nte_verifieren: true");
        List<String> report = ContentParser.parse(dir).problems().stream()
                .map(ContentProblem::format)
                .toList();
        assertThat(report)
                .anyMatch(l -> l.startsWith(
                        "maatregelen/oude-oproep.md:13: 'geldig.tot' (2022-12-31) ligt vóór 'geldig.van'"));
        assertThat(report)
                .anyMatch(l ->
                        l.startsWith("tools/kmo-gids.md:3: 'samenvatting' is") && l.contains("het maximum is 300"));
        assertThat(report).anyMatch(l -> l.startsWith("fiches/werkdruk.md") && l.contains("'## Expert'"));
        assertThat(report).anyMatch(l -> l.startsWith("tools/telewerkkaart.md") && l.contains("verificatie"));
    }

    @Test
    void aBrokenTaxonomyFileDoesNotBuryTheReportUnderFollowUpErrors() {
        TestContent.copyTo(dir);
        TestContent.write(dir, "taxonomie/themas.yml", "- code: werkdruk\n  label: [onaf\n");
        List<ContentProblem> problems = ContentParser.parse(dir).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo("taxonomie/themas.yml");
    }

    @Test
    void theTaxonomyMustKeepTheWorkabilityDimensions() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "taxonomie/themas.yml", "- code: autonomie", "- code: zelfstandigheid");
        assertThat(ContentParser.parse(dir).problems())
                .extracting(ContentProblem::format)
                .anyMatch(p -> p.startsWith("taxonomie/themas.yml") && p.contains("Het thema 'autonomie' ontbreekt"));
    }

    @Test
    void theFingerprintChangesWithAnyFile() {
        String before = ContentParser.parse(TestContent.copyTo(dir)).fingerprint();
        assertThat(ContentParser.parse(dir).fingerprint()).isEqualTo(before);
        TestContent.replace(dir, "tools/telewerkkaart.md", "gezond", "gezond en veilig");
        assertThat(ContentParser.parse(dir).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void reportsFilesOutsideTheTypeFoldersWithWhatToDo() {
        TestContent.copyTo(dir);
        TestContent.write(dir, "notities.md", "los bestand");
        TestContent.write(dir, "tool/nieuwe-scan.md", "---\ntitel: x\n---\n");
        TestContent.write(dir, "tools/oud/vorige-versie.md", "---\ntitel: x\n---\n");
        TestContent.write(dir, "tools/scan.txt", "tekst");
        TestContent.write(dir, "taxonomie/themas-oud.yml", "- code: x");
        TestContent.write(dir, ".git/config", "ignored");
        TestContent.write(dir, "tools/.DS_Store", "ignored");

        List<String> report = ContentParser.parse(dir).problems().stream()
                .map(ContentProblem::format)
                .toList();

        assertThat(report)
                .contains(
                        "notities.md: Dit bestand staat niet in een map van de contentmap en wordt niet ingelezen. — Zet een item in de map "
                                + "van zijn soort (tools/, fiches/, praktijken/, maatregelen/, organisaties/, activiteiten/, publicaties/) of verwijder het bestand.",
                        "tool/nieuwe-scan.md: De map 'tool/' is geen map van de contentmap; dit bestand wordt niet ingelezen. — Bedoel je de "
                                + "map 'tools/'? Verplaats het bestand daarheen, of verwijder het.",
                        "tools/oud/vorige-versie.md: Bestanden in een submap van 'tools/' worden niet ingelezen. — Zet het bestand rechtstreeks "
                                + "in tools/, of verwijder het als het er niet meer hoort.");
        assertThat(report)
                .anyMatch(l -> l.startsWith("tools/scan.txt: Alleen .md-bestanden in tools/ worden ingelezen")
                        && l.contains("Hernoem het naar scan.md"));
        assertThat(report)
                .anyMatch(l -> l.startsWith("taxonomie/themas-oud.yml: Onbekend taxonomiebestand")
                        && l.contains("Bedoel je 'themas.yml'?"));
        assertThat(report).hasSize(5);
    }

    @Test
    void refusesAFileAboveTheSizeLimitWithoutReadingIt() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "tools/kmo-gids.md", "Elke kmo kan", "Lange tekst. ".repeat(1000) + "Elke kmo kan");

        List<String> report = ContentParser.parse(dir, 8 * 1024).problems().stream()
                .map(ContentProblem::format)
                .toList();

        assertThat(report)
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("tools/kmo-gids.md: Het bestand is te groot: 13,")
                        .contains(" KB, de grens is 8 KB. — ")
                        .contains("wegwijzer.content.max-file-size"));
        assertThat(ContentParser.parse(dir).problems())
                .as("the default limit of 256 KB")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed quote          | titel: "Gids voor kmo's                 | 2 | aanhalingsteken
            unclosed list           | themas: [hr-beleid, werkdruk            | 4 | ]
            colon in a value        | titel: Gids: voor kmo's                 | 2 | aanhalingstekens
            tab indentation         | titel:\\tGids                           | 2 | tabs
            value on a wrong indent | titel: Gids\\n   extra: x               | 3 | springt verder in
            """)
    void pointsAtTheLineOfAYamlError(String description, String brokenLine, int line, String hintPart) {
        TestContent.copyTo(dir);
        String broken = brokenLine.replace("\\n", "\n").replace("\\t", "\t");
        if (broken.startsWith("themas:")) {
            TestContent.replace(dir, "tools/kmo-gids.md", "themas: [hr-beleid]", broken);
        } else {
            TestContent.replace(dir, "tools/kmo-gids.md", "titel: Gids voor kmo's zonder HR-dienst", broken);
        }

        List<ContentProblem> problems = ContentParser.parse(dir).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith("tools/kmo-gids.md:" + line + ": Ongeldige YAML");
            assertThat(p.hint()).contains(hintPart);
        });
    }

    @Test
    void pointsAtTheLineOfAYamlErrorInATaxonomyFile() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "taxonomie/regios.yml", "label: Provincie Limburg", "label: \"Provincie Limburg");
        assertThat(ContentParser.parse(dir).problems())
                .extracting(ContentProblem::format)
                .singleElement()
                .asString()
                .startsWith("taxonomie/regios.yml:13: Ongeldige YAML");
    }

    private static ItemSource source(ContentSet set, String slug) {
        return set.items().stream()
                .map(ContentSet.ParsedItem::source)
                .filter(s -> s.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }
}
