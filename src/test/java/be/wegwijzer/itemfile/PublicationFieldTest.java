package be.wegwijzer.itemfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fields of a publication (library item): read, checked with file and line and a hint, owner optional. */
class PublicationFieldTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(
            Set.of("werkstress"),
            Set.of("werkgevers"),
            Set.of("bouw"),
            Set.of("vlaanderen"),
            Map.of("fod-waso", ItemType.ORGANISATIE, "werkstress-scan", ItemType.TOOL));

    private static final String CAO = """
            ---
            titel: Cao nr. 72 over stress op het werk
            samenvatting: Elke werkgever pakt stress aan binnen zijn preventiebeleid.
            themas: [werkstress]
            doelgroepen: [werkgevers]
            bron: Testcorpus
            bron_datum: 2026-11-01
            soort: cao
            uitgever: Nationale Arbeidsraad
            jaar: 1999
            taal: [nl, fr]
            lezen: https://example.org/cao-72.pdf
            ---
            ## Wat betekent dit voor jou
            """;

    private static ItemFile.Parsed parse(String text) {
        return ItemFile.parse(ItemType.PUBLICATIE, "cao-72", "publicaties/cao-72.md", text, VOCABULARY);
    }

    private static List<String> problems(String text) {
        return parse(text).problems().stream().map(ContentProblem::format).toList();
    }

    @Test
    void aPublicationReadsItsFieldsAndNeedsNoOwner() {
        ItemFile.Parsed parsed = parse(CAO);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.source().orElseThrow().owner()).isNull();
        assertThat(parsed.source().orElseThrow().details(PublicationSource.class))
                .isEqualTo(new PublicationSource(
                        "cao", "Nationale Arbeidsraad", 1999, List.of("nl", "fr"), "https://example.org/cao-72.pdf"));
    }

    @Test
    void anOwnerThatIsGivenMustBeAnOrganisation() {
        assertThat(parse(CAO.replace("bron:", "organisatie: fod-waso\nbron:")).problems())
                .isEmpty();
        assertThat(problems(CAO.replace("bron:", "organisatie: werkstress-scan\nbron:")))
                .containsExactly("publicaties/cao-72.md:6: 'werkstress-scan' is geen organisatie maar een tool. — "
                        + "Verwijs naar een bestand in de map organisaties/.");
    }

    @Test
    void theKindAndThePublisherAreRequired() {
        assertThat(problems(CAO.replace("soort: cao\n", "").replace("uitgever: Nationale Arbeidsraad\n", "")))
                .containsExactlyInAnyOrder(
                        "publicaties/cao-72.md:2: Het veld 'soort' ontbreekt. — Kies uit: regelgeving, cao, convenant, "
                                + "actieplan, onderzoeksrapport, gids, brochure, toolkit.",
                        "publicaties/cao-72.md:2: Het veld 'uitgever' ontbreekt. — Schrijf wie de publicatie uitgeeft, "
                                + "zoals de publicatie het zelf zegt, bv. 'Nationale Arbeidsraad'.");
    }

    @Test
    void anUnknownKindIsNamedWithTheKindsThatExist() {
        assertThat(problems(CAO.replace("soort: cao", "soort: wet")))
                .containsExactly("publicaties/cao-72.md:8: Onbekende waarde 'wet' voor soort. — Kies uit: regelgeving, "
                        + "cao, convenant, actieplan, onderzoeksrapport, gids, brochure, toolkit.");
    }

    @Test
    void aYearOutsideFourDigitsALanguageTwiceOrUnknownAndAnAddressThatIsNoWebAddressAreRefused() {
        assertThat(problems(CAO.replace("jaar: 1999", "jaar: 99")
                        .replace("taal: [nl, fr]", "taal: [nl, nl, es]")
                        .replace("lezen: https://example.org/cao-72.pdf", "lezen: www.example.org/cao-72.pdf")))
                .containsExactlyInAnyOrder(
                        "publicaties/cao-72.md:10: '99' is geen geldig jaar van verschijnen. — Schrijf het jaar met "
                                + "vier cijfers, bv. 2019, of laat 'jaar' weg als de bron het niet geeft.",
                        "publicaties/cao-72.md:11: De taal 'nl' staat er twee keer in. — Verwijder de tweede.",
                        "publicaties/cao-72.md:11: Onbekende taalcode 'es'. — Gebruik nl, fr, en of de.",
                        "publicaties/cao-72.md:12: 'www.example.org/cao-72.pdf' is geen geldig webadres. — Schrijf een "
                                + "volledig adres dat begint met https://.");
    }

    @Test
    void aPublisherIsOneLineOfPlainText() {
        assertThat(problems(CAO.replace("uitgever: Nationale Arbeidsraad", "uitgever: <b>NAR</b>")))
                .singleElement()
                .asString()
                .startsWith("publicaties/cao-72.md:9: ");
    }

    @Test
    void otherTypesStillNeedAnOwner() {
        String tool = CAO.replace("soort: cao\n", "vorm: scan\n")
                .replace("uitgever: Nationale Arbeidsraad\njaar: 1999\n", "")
                .replace("lezen: https://example.org/cao-72.pdf\n", "");
        assertThat(ItemFile.parse(ItemType.TOOL, "cao-72", "tools/cao-72.md", tool, VOCABULARY)
                        .problems())
                .extracting(ContentProblem::format)
                .anyMatch(p -> p.contains("Het veld 'organisatie' ontbreekt."));
    }
}
