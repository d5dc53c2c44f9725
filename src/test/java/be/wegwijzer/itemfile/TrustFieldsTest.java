package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The date rules of an item file (docs/content-format.md, "Dates: the source versus a check"): the source's own date
 * is required and no more precise than the source, a check needs a day and an organisation, and nothing claims a check
 * that did not happen.
 */
class TrustFieldsTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("werkdruk"),
            Set.of("werkgevers"),
            Set.of("bouw"),
            Set.of("vlaanderen"),
            Map.of("departement-wse", ItemType.ORGANISATIE, "werkstress-scan", ItemType.TOOL));

    private static final String TOOL = """
            ---
            titel: Werkstress-scan
            samenvatting: Meet hoe je team werkdruk ervaart.
            themas: [werkdruk]
            doelgroepen: [werkgevers]
            organisatie: departement-wse
            bron: "001 Actualisering actieplan werkbaar werk, r. 130-180"
            bron_datum: 2021
            vorm: scan
            ---
            Een scan.
            """;

    private static ItemFile.Parsed parse(String text) {
        return ItemFile.parse(ItemType.TOOL, "werkstress-scan", "tools/werkstress-scan.md", text, VOCABULARY);
    }

    private static String with(String line) {
        return TOOL.replace("vorm: scan\n", line + "vorm: scan\n");
    }

    @Test
    void aSourceDateIsAYearAMonthOrADayAsTheSourceGivesIt() {
        for (String date : new String[] {"2021", "2021-06", "2021-06-15"}) {
            ItemFile.Parsed parsed = parse(TOOL.replace("bron_datum: 2021", "bron_datum: " + date));
            assertThat(parsed.problems()).as(date).isEmpty();
            ItemSource source = parsed.source().orElseThrow();
            assertThat(source.sourceDate()).isEqualTo(date);
            assertThat(source.verifiedOn()).isNull();
            assertThat(ItemSourceWriter.write(source)).contains("\nbron_datum: " + date + "\n");
        }
    }

    @Test
    void aMissingOrMalformedSourceDateIsReportedAtItsLine() {
        assertThat(parse(TOOL.replace("bron_datum: 2021\n", "")).problems())
                .extracting(ContentProblem::format)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("tools/werkstress-scan.md:")
                        .contains("Het veld 'bron_datum' ontbreekt.")
                        .contains("bron_datum: 2021 of 2021-06 of 2021-06-15"));
        for (String wrong : new String[] {"2021-13", "2021-02-30", "juni 2021", "21", "2021/06"}) {
            assertThat(parse(TOOL.replace("bron_datum: 2021", "bron_datum: " + wrong))
                            .problems())
                    .as(wrong)
                    .extracting(ContentProblem::format)
                    .containsExactly("tools/werkstress-scan.md:8: '" + wrong
                            + "' in 'bron_datum' is geen geldige datum. — Schrijf een jaar, een maand of een dag: 2021,"
                            + " 2021-06 of 2021-06-15.");
        }
    }

    @Test
    void theRetiredLastCheckedKeyIsRefusedWithWhatToWriteInstead() {
        assertThat(parse(with("laatst_nagekeken: 2026-11-22\n")).problems())
                .extracting(ContentProblem::format)
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("tools/werkstress-scan.md:9: Het veld 'laatst_nagekeken' bestaat niet meer")
                        .contains("bron_datum")
                        .contains("nagekeken_op"));
    }

    @Test
    void aCheckNamesItsDayAndTheOrganisationThatChecked() {
        ItemFile.Parsed parsed = parse(
                with(
                        "bron_adres: https://www.vlaanderen.be/werkstress\nnagekeken_op: 2026-12-01\nnagekeken_door: departement-wse\n"));
        assertThat(parsed.problems()).isEmpty();
        ItemSource source = parsed.source().orElseThrow();
        assertThat(source.verifiedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(source.verifiedBy()).isEqualTo("departement-wse");
        assertThat(source.sourceAddress()).isEqualTo("https://www.vlaanderen.be/werkstress");

        assertThat(parse(with("nagekeken_op: 2026-12-01\n")).problems())
                .extracting(ContentProblem::message)
                .containsExactly("'nagekeken_op' staat er, maar niet wie nakeek.");
        assertThat(parse(with("nagekeken_door: departement-wse\n")).problems())
                .extracting(ContentProblem::message)
                .containsExactly("'nagekeken_door' staat er, maar niet wanneer.");
        assertThat(parse(with("nagekeken_op: 2026-12-01\nnagekeken_door: werkstress-scan\n"))
                        .problems())
                .extracting(ContentProblem::message)
                .containsExactly("'werkstress-scan' is geen organisatie maar een tool.");
        assertThat(parse(with("nagekeken_op: 2026-12-01\nnagekeken_door: departement-ws\n"))
                        .problems())
                .extracting(ContentProblem::format)
                .containsExactly(
                        "tools/werkstress-scan.md:10: De organisatie 'departement-ws' bestaat niet. — Bedoel je"
                                + " 'departement-wse'?");
    }

    @Test
    void anItemStillToBeVerifiedCannotCarryACheck() {
        assertThat(parse(with("nagekeken_op: 2026-12-01\nnagekeken_door: departement-wse\nte_verifieren: true\n"
                                + "verificatie: Het bedrag staat niet in de bron.\n"))
                        .problems())
                .extracting(ContentProblem::message)
                .containsExactly("Het item is nagekeken en staat toch op 'te_verifieren'.");
    }

    @Test
    void aCheckCannotPrecedeItsSourceNorTheReviewTheCheck() {
        assertThat(parse(TOOL.replace("bron_datum: 2021", "bron_datum: 2026-12")
                                .replace(
                                        "vorm: scan\n",
                                        "nagekeken_op: 2026-11-30\nnagekeken_door: departement-wse\nvorm: scan\n"))
                        .problems())
                .extracting(ContentProblem::message)
                .containsExactly("'nagekeken_op' (2026-11-30) ligt vóór de datum van de bron (2026-12).");
        assertThat(parse(with("nagekeken_op: 2026-12-01\nnagekeken_door: departement-wse\nherzien_tegen: 2026-11-01\n"))
                        .problems())
                .extracting(ContentProblem::message)
                .containsExactly("'herzien_tegen' (2026-11-01) ligt vóór 'nagekeken_op' (2026-12-01).");
    }

    @Test
    void aSourceAddressIsAWebAddress() {
        assertThat(parse(with("bron_adres: www.vlaanderen.be\n")).problems())
                .extracting(ContentProblem::message)
                .containsExactly("'www.vlaanderen.be' is geen geldig webadres.");
    }
}
