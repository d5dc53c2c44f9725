package be.wegwijzer.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
        "werk, 1",
        "stress, 1",
        "werkdruk, 2",
        "bedrijf, 2", // ij is one vowel
        "tijd, 1",
        "ijs, 1",
        "mensen, 2",
        "huis, 1", // ui
        "goed, 1", // oe
        "koud, 1", // ou
        "auto, 2", // au
        "leuk, 1", // eu
        "niet, 1", // ie
        "maatregel, 3", // aa
        "steunmaatregel, 4",
        "werkbaarheid, 3", // aa, ei
        "loopbaan, 2", // oo, aa
        "uur, 1", // uu
        "nieuw, 1", // ieu
        "eeuw, 1", // eeu
        "mooi, 1", // ooi
        "groeien, 2", // oei + e
        "saai, 1", // aai
        "reageren, 4", // e-a are two syllables
        "video, 3",
        "geïnteresseerd, 5", // the diaeresis starts a syllable
        "ideeën, 3",
        "type, 2", // y is a vowel
        "kmo, 1",
        "HR, 1", // no vowel: still a word of one syllable
        "2026, 1",
        "burn-out, 2",
        "werkbaarheidscheque, 6" // a loanword: vowel groups overcount 'que', as any formula of this kind does
    })
    void countsDutchSyllablesByVowelGroups(String word, int expected) {
        assertThat(Readability.syllables(word)).isEqualTo(expected);
    }

    @Test
    void scoresWithTheFleschDoumaFormula() {
        // 8 words, 1 sentence, 15 syllables (wij hel-pen klei-ne be-drij-ven met min-der werk-druk ver-der)
        Readability r = Readability.of("Wij helpen kleine bedrijven met minder werkdruk verder.");
        assertThat(r.words()).isEqualTo(8);
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.syllables()).isEqualTo(15);
        assertThat(r.score()).isCloseTo(206.835 - 0.93 * 8 - 77 * 15 / 8.0, within(0.001));
    }

    @Test
    void shortSentencesWithShortWordsReadEasierThanOneLongSentenceWithLongWords() {
        Readability plain = Readability.of("Je team heeft te veel werk. Praat erover. Kies samen één ding om te doen.");
        Readability dense = Readability.of("Organisatieontwikkelingstrajecten betreffende werkbaarheidsverbeteringen "
                + "veronderstellen een geïntegreerde benadering waarbij psychosociale risicofactoren systematisch "
                + "geïnventariseerd en geprioriteerd worden.");
        assertThat(plain.score()).isGreaterThan(80);
        assertThat(plain.level()).isEqualTo(Readability.Level.EASY);
        assertThat(plain.level().plainEnough()).isTrue();
        assertThat(dense.score()).isLessThan(30);
        assertThat(dense.level()).isEqualTo(Readability.Level.VERY_HARD);
        assertThat(dense.level().plainEnough()).isFalse();
    }

    @Test
    void labelsFollowTheUsualBands() {
        assertThat(Readability.Level.of(85).label()).isEqualTo("makkelijk leesbaar");
        assertThat(Readability.Level.of(75).label()).isEqualTo("vlot leesbaar");
        assertThat(Readability.Level.of(65).label()).isEqualTo("gemiddeld leesbaar");
        assertThat(Readability.Level.of(50).label()).isEqualTo("vrij moeilijk leesbaar");
        assertThat(Readability.Level.of(35).label()).isEqualTo("moeilijk leesbaar");
        assertThat(Readability.Level.of(-12).label()).isEqualTo("zeer moeilijk leesbaar");
    }

    @Test
    void anEmptyTextHasNoScore() {
        assertThat(Readability.of("  ").score()).isNaN();
        assertThat(Readability.of(null).level()).isEqualTo(Readability.Level.NONE);
    }

    @Test
    void markdownHeadingsAndListItemsAreSentencesAndLinkAddressesAreNoWords() {
        Readability r = Readability.of("""
                ## Wat kan je doen

                - Maak een planning
                - Vraag [de gratis scan](https://www.example.org/een/heel/lang/adres) aan

                Lees meer op https://www.werk.be/werkbaar-werk.
                """);
        // heading, two list items, one sentence
        assertThat(r.sentences()).isEqualTo(4);
        // Wat kan je doen / Maak een planning / Vraag de gratis scan aan / Lees meer op
        assertThat(r.words()).isEqualTo(4 + 3 + 5 + 3);
    }

    @Test
    void abbreviationLikeStopsInsideASentenceDoNotEndIt() {
        assertThat(Readability.of("Werkdruk, stress en burn-out: versie 2.0 van de gids.")
                        .sentences())
                .isEqualTo(1);
    }
}
