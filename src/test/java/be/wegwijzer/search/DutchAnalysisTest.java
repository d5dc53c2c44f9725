package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The analysis chain decides what matches what; these cases are the ones Dutch searchers run into. */
class DutchAnalysisTest {

    private final Analyzer index = DutchAnalysis.index();
    private final Analyzer query = DutchAnalysis.query();

    @Test
    void caseDoesNotMatter() {
        assertThat(terms(query, "WERKDRUK")).isEqualTo(terms(query, "werkdruk"));
    }

    @Test
    void accentsAreFolded() {
        assertThat(terms(query, "café")).isEqualTo(terms(query, "cafe"));
        assertThat(terms(query, "geïnteresseerd")).isEqualTo(terms(query, "geinteresseerd"));
    }

    @Test
    void singularAndPluralMeetInOneStem() {
        assertThat(terms(query, "verpleegkundigen")).isEqualTo(terms(query, "verpleegkundige"));
        assertThat(terms(query, "werkgevers")).isEqualTo(terms(query, "werkgever"));
        assertThat(terms(query, "kinderen")).isEqualTo(terms(query, "kind"));
    }

    @Test
    void thePluralOfAnAbbreviationIsTheAbbreviation() {
        assertThat(terms(query, "kmo's")).isEqualTo(terms(query, "kmo"));
        assertThat(terms(query, "kmo’s")).isEqualTo(terms(query, "kmo"));
    }

    @Test
    void aCompoundIsAlsoIndexedUnderItsParts() {
        List<String> indexed = terms(index, "werkstress");
        assertThat(indexed).containsAll(terms(query, "stress"));
        assertThat(indexed).containsAll(terms(query, "werkstress"));
    }

    @Test
    void partsOfACompoundInAQueryFindTheCompound() {
        List<String> indexed = terms(index, "werkbaarheidscheque");
        assertThat(indexed).containsAll(terms(query, "cheque"));
        assertThat(indexed).containsAll(terms(query, "werkbaarheid"));
    }

    @Test
    void queriesAreNotSplitSoTheyStayPrecise() {
        assertThat(terms(query, "werkstress")).hasSize(1);
    }

    @Test
    void stopWordsAreDropped() {
        assertThat(terms(query, "hoe verlaag ik de werkdruk"))
                .doesNotContain("hoe", "ik", "de")
                .hasSize(2);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return Synonyms.analyse(analyzer, text);
    }
}
