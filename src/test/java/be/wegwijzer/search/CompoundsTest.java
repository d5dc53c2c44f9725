package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CompoundsTest {

    Compounds compounds = new Compounds(Set.of(
            "werk",
            "werkbaarheid",
            "cheque",
            "check",
            "thuiswerk",
            "regels",
            "stress",
            "opleiding",
            "plan",
            "opleidingsplan"));

    @Test
    void aCompoundSplitsIntoKnownWords() {
        assertThat(compounds.split("werkbaarheidscheck")).containsExactly("werkbaarheid", "check");
        assertThat(compounds.split("Werkbaarheidscheque")).containsExactly("werkbaarheid", "cheque");
        assertThat(compounds.split("thuiswerkregels")).containsExactly("thuiswerk", "regels");
        assertThat(compounds.split("werkstress")).containsExactly("werk", "stress");
    }

    @Test
    void aLinkingSIsAllowedBetweenParts() {
        assertThat(compounds.split("opleidingsplan")).containsExactly("opleiding", "plan");
    }

    @Test
    void unknownOrShortWordsAreNotSplit() {
        assertThat(compounds.split("werkgever")).isEmpty();
        assertThat(compounds.split("stress")).isEmpty();
        assertThat(compounds.split("fietsdag")).isEmpty();
    }

    @Test
    void anUnlistedLastPartIsKeptWhenNothingElseFits() {
        Compounds withLeadership = new Compounds(Set.of("leiderschap", "werk", "training", "werkdruk"));
        assertThat(new Compounds(Set.of("leiderschap")).split("leiderschapstraining"))
                .containsExactly("leiderschap", "training");
        // a split into listed words wins over one with an unlisted tail
        assertThat(withLeadership.split("werkdrukmeting")).containsExactly("werkdruk", "meting");
        assertThat(withLeadership.split("leiderschapstraining")).containsExactly("leiderschap", "training");
        // a short leftover is not a word
        assertThat(new Compounds(Set.of("werk")).split("werkgever")).isEmpty();
    }

    @Test
    void theFewestPartsWin() {
        Compounds withThree = new Compounds(Set.of("werk", "baarheid", "werkbaarheid", "cheque"));
        assertThat(withThree.split("werkbaarheidscheque")).containsExactly("werkbaarheid", "cheque");
    }

    @Test
    void theShippedWordListLoads() {
        assertThat(Compounds.load().split("werkbaarheidscheque")).containsExactly("werkbaarheid", "cheque");
    }
}
