package be.wegwijzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.TaxonomyService.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the taxonomy snapshot every search and page reads. */
class TaxonomySnapshotTest {

    private static final List<Term> REGIONS = List.of(
            new Term("belgie", "België", null, null, 0),
            new Term("vlaanderen", "Vlaanderen", null, "belgie", 1),
            new Term("limburg", "Limburg", null, "vlaanderen", 2));

    @Test
    void aRegionComesWithEveryRegionItLiesInNearestFirst() {
        TaxonomyService.Snapshot snapshot = snapshot(List.of());

        assertThat(snapshot.regionAndAncestors("limburg")).containsExactly("limburg", "vlaanderen", "belgie");
        assertThat(snapshot.regionAndAncestors("belgie")).containsExactly("belgie");
    }

    @Test
    void anUnknownRegionIsOnlyItself() {
        assertThat(snapshot(List.of()).regionAndAncestors("atlantis")).containsExactly("atlantis");
    }

    @Test
    void anUnknownCodeIsShownAsItselfInsteadOfALabel() {
        TaxonomyService.Snapshot snapshot = snapshot(List.of());

        assertThat(snapshot.regionLabel("limburg")).isEqualTo("Limburg");
        assertThat(snapshot.regionLabel("atlantis")).isEqualTo("atlantis");
        assertThat(snapshot.sectorLabel("horeca")).isEqualTo("Horeca");
        assertThat(snapshot.sectorLabel("ruimtevaart")).isEqualTo("ruimtevaart");
    }

    @Test
    void theMainThemesAreTheOutcomesAndRiskFactorsInsteadOfTheirGroupsThenTheOtherTopThemes() {
        List<Term> themes = new ArrayList<>();
        themes.add(new Term("uitkomsten", "Uitkomsten", null, null, 0));
        Theme.OUTCOMES.forEach(code -> themes.add(new Term(code, code, null, "uitkomsten", 1)));
        themes.add(new Term("risicofactoren", "Risicofactoren", null, null, 0));
        Theme.RISK_FACTORS.forEach(code -> themes.add(new Term(code, code, null, "risicofactoren", 1)));
        themes.add(new Term("diversiteit", "Diversiteit", null, null, 0));
        themes.add(new Term("inclusie", "Inclusie", null, "diversiteit", 1));

        List<String> expected = new ArrayList<>(Theme.OUTCOMES);
        expected.addAll(Theme.RISK_FACTORS);
        expected.add("diversiteit");
        assertThat(snapshot(themes).mainThemes()).extracting(Term::code).containsExactlyElementsOf(expected);
    }

    @Test
    void aGroupWithAnyOtherChildStaysAMainThemeItself() {
        List<Term> themes = List.of(
                new Term("psychosociaal", "Psychosociaal", null, null, 0),
                new Term("werkdruk", "Werkdruk", null, "psychosociaal", 1),
                new Term("pesten", "Pesten", null, "psychosociaal", 1));

        assertThat(snapshot(themes).mainThemes()).extracting(Term::code).containsExactly("psychosociaal");
        assertThat(snapshot(themes).childThemes("psychosociaal"))
                .extracting(Term::code)
                .containsExactly("werkdruk", "pesten");
    }

    private static TaxonomyService.Snapshot snapshot(List<Term> themes) {
        return new TaxonomyService.Snapshot(
                themes,
                List.of(),
                List.of(new Term("horeca", "Horeca", null, null, 0)),
                REGIONS,
                Map.of("horeca", List.of("302")));
    }
}
