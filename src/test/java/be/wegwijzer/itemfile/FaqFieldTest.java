package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code vragen} field of measures and tools: read, checked with file and line, refused on other types. */
class FaqFieldTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("werkdruk"),
            Set.of("werkgevers"),
            Set.of("bouw"),
            Set.of("vlaanderen"),
            Map.of("kenniscentrum-werk", ItemType.ORGANISATIE, "werkstress-scan", ItemType.TOOL));

    private static final String TOOL = """
            ---
            titel: Werkstress-scan
            samenvatting: Meet hoe je team werkdruk ervaart.
            themas: [werkdruk]
            doelgroepen: [werkgevers]
            organisatie: kenniscentrum-werk
            bron: Testcorpus
            bron_datum: 2026-11-01
            vorm: scan
            vragen:
              - vraag: Is de scan anoniem?
                antwoord: Ja, je ziet alleen de resultaten van het hele team.
              - vraag: Wat kost het?
            ---
            Een scan.
            """;

    @Test
    void aToolReadsItsQuestionsInOrder() {
        String complete =
                TOOL.replace("  - vraag: Wat kost het?\n", "  - vraag: Wat kost het?\n    antwoord: Niets.\n");
        ItemFile.Parsed parsed =
                ItemFile.parse(ItemType.TOOL, "werkstress-scan", "tools/werkstress-scan.md", complete, VOCABULARY);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.source().orElseThrow().details(ToolSource.class).faq())
                .containsExactly(
                        new FaqSource("Is de scan anoniem?", "Ja, je ziet alleen de resultaten van het hele team."),
                        new FaqSource("Wat kost het?", "Niets."));
    }

    @Test
    void aQuestionWithoutAnAnswerIsReportedAtItsLineWithHowToFixIt() {
        ItemFile.Parsed parsed =
                ItemFile.parse(ItemType.TOOL, "werkstress-scan", "tools/werkstress-scan.md", TOOL, VOCABULARY);

        assertThat(parsed.source()).isEmpty();
        assertThat(parsed.problems())
                .extracting(ContentProblem::format)
                .containsExactly(
                        "tools/werkstress-scan.md:13: Vraag 2 in 'vragen' heeft geen antwoord. — Schrijf onder 'antwoord:' een kort "
                                + "antwoord in gewone taal, of verwijder de vraag.");
    }

    @Test
    void aFicheHasNoQuestionsField() {
        String fiche = TOOL.replace("vorm: scan\n", "").replace("Een scan.", "## Starter\n\n## Gevorderd\n\n## Expert");
        ItemFile.Parsed parsed =
                ItemFile.parse(ItemType.FICHE, "werkstress-scan", "fiches/werkstress-scan.md", fiche, VOCABULARY);

        assertThat(parsed.problems())
                .extracting(ContentProblem::format)
                .anyMatch(p -> p.startsWith("fiches/werkstress-scan.md:9: Onbekend veld 'vragen'."));
    }
}
