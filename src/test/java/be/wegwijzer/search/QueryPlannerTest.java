package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.catalog.ItemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryPlannerTest {

    QueryPlanner planner = new QueryPlanner(() -> Synonyms.of(
            List.of(
                    List.of("kmo", "kleine onderneming", "kmo'er"),
                    List.of("thuiswerk", "telewerk"),
                    List.of("subsidie", "premie", "cheque"),
                    List.of("cheque", "check")),
            DutchAnalysis.query()));

    @Test
    void aKnownPhraseIsOneConceptWithItsSynonyms() {
        QueryPlan plan = plan("kleine onderneming personeel");
        assertThat(plan.concepts())
                .extracting(QueryPlan.Concept::text)
                .containsExactly("kleine onderneming", "personeel");
        assertThat(plan.concepts().getFirst().synonyms()).containsExactlyInAnyOrder("kmo", "kmo'er");
        assertThat(plan.concepts().getFirst().isPhrase()).isTrue();
    }

    @Test
    void synonymsAreFoundInTheirAnalysedForm() {
        // "thuiswerken" stems like "thuiswerk"; "kmo's" loses its plural
        assertThat(plan("thuiswerken").concepts().getFirst().synonyms()).containsExactly("telewerk");
        assertThat(plan("kmo's").concepts().getFirst().synonyms()).contains("kleine onderneming");
    }

    @Test
    void aCompoundKeepsItsPartsWithThePartsSynonyms() {
        QueryPlan.Concept concept = plan("werkbaarheidscheck").concepts().getFirst();
        assertThat(concept.parts()).extracting(QueryPlan.Part::text).containsExactly("werkbaarheid", "check");
        assertThat(concept.parts().get(1).synonyms()).contains("cheque");
        assertThat(plan("werkdruk").concepts().getFirst().parts())
                .extracting(QueryPlan.Part::text)
                .containsExactly("werk", "druk");
    }

    @Test
    void quotesMakePhrasesAndAMinusExcludes() {
        QueryPlan plan = plan("\"werkbaar werk\" telewerk -thuis");
        assertThat(plan.phrases()).containsExactly("werkbaar werk");
        assertThat(plan.excluded()).containsExactly("thuis");
        assertThat(plan.concepts()).extracting(QueryPlan.Concept::text).containsExactly("telewerk");
        assertThat(plan.requiredCount()).isEqualTo(2);
    }

    @Test
    void stopWordsAndQuestionWordsFrameAQueryButDoNotMakeConcepts() {
        QueryPlan plan = plan("Waar vind ik een scan voor werkdruk?");
        assertThat(plan.concepts()).extracting(QueryPlan.Concept::text).containsExactly("scan", "werkdruk");
        // alone, a question word is what there is to search for
        assertThat(plan("waar").concepts()).extracting(QueryPlan.Concept::text).containsExactly("waar");
        assertThat(plan("de een het").isBlank()).isTrue();
    }

    @Test
    void aWordNamingAKindOfItemLiftsThatTypeAndIsNotRequired() {
        QueryPlan plan = plan("subsidie opleiding");
        assertThat(plan.wantedTypes()).containsExactly(ItemType.MAATREGEL);
        assertThat(plan.concepts())
                .filteredOn(QueryPlan.Concept::optional)
                .extracting(QueryPlan.Concept::text)
                .containsExactly("subsidie");
        assertThat(plan.requiredCount()).isEqualTo(1);

        assertThat(plan("voorbeelden werkdruk").wantedTypes()).containsExactly(ItemType.PRAKTIJK);
        // on its own, the type word is the subject
        QueryPlan alone = plan("subsidies");
        assertThat(alone.concepts())
                .singleElement()
                .satisfies(c -> assertThat(c.optional()).isFalse());
        assertThat(alone.requiredCount()).isEqualTo(1);
    }

    @Test
    void punctuationAroundWordsIsDroppedButHyphensStay() {
        assertThat(plan("(burn-out)!").concepts())
                .extracting(QueryPlan.Concept::text)
                .containsExactly("burn-out");
        assertThat(plan("   ").isBlank()).isTrue();
    }

    private QueryPlan plan(String text) {
        return planner.plan(QueryText.of(text));
    }
}
