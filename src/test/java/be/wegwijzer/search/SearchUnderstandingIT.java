package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the search copes with the way people type — synonyms, compounds, plurals, typos, "bedoelde je", question words,
 * type words and ranking — on the fixed test corpus and the real Lucene index.
 */
@IntegrationTest
class SearchUnderstandingIT {

    @Autowired
    SearchService search;

    @Autowired
    SynonymService synonyms;

    @Autowired
    TestAccounts accounts;

    Long editorGroup;

    @AfterEach
    void removeEditorSynonyms() {
        if (editorGroup != null) {
            accounts.loginAs(TestAccounts.ADMIN);
            synonyms.delete(editorGroup);
        }
        accounts.logout();
    }

    @Test
    void synonymsFromTheContentFileWorkBothWays() {
        assertThat(slugs("thuiswerk")).contains("telewerkkaart", "webinar-telewerk");
        assertThat(slugs("telewerk")).contains("webinar-telewerk");
        // the searcher's own word first, synonyms after
        assertThat(slugs("stress")).startsWith("werkstress-scan");
    }

    @Test
    void aSynonymAnEditorAddsWorksAtOnceWithoutReindexing() {
        assertThat(search.search(SearchRequest.of("dienstregeling")).total()).isZero();

        accounts.loginAs(TestAccounts.ADMIN);
        editorGroup = synonyms.create(List.of("dienstregeling", "rooster")).id();

        assertThat(slugs("dienstregeling")).containsExactly("zorgteam-verpleegkundigen");
    }

    @Test
    void compoundsAreFoundFromTheirPartsAndPartsFromTheCompound() {
        assertThat(slugs("stress")).contains("werkstress-scan");
        assertThat(slugs("cheque werkbaarheid")).first().isEqualTo("werkbaarheidscheque");
        assertThat(slugs("premie opleiding")).contains("toekomstige-premie");
        // a compound the index does not know as one word, with a part's synonym: check = cheque
        assertThat(slugs("werkbaarheidscheck")).first().isEqualTo("werkbaarheidscheque");
        assertThat(slugs("telewerkafspraken")).contains("telewerkkaart");
    }

    @Test
    void pluralsTheStemmerMissesMeetTheirSingular() {
        // "premies" and "premie", "organisaties" and "organisatie" stem alike only through our plural rule
        assertThat(slugs("premies")).contains("toekomstige-premie");
        assertThat(slugs("cheques")).contains("werkbaarheidscheque");
    }

    @Test
    void typosFindTheWordMeantAndExactMatchesComeFirst() {
        assertThat(slugs("werkdurk")).first().isIn("werkdruk", "bakkerij-limburg");
        assertThat(slugs("telewrk")).contains("telewerkkaart");
        assertThat(slugs("verpleegkundgen")).containsExactly("zorgteam-verpleegkundigen");
    }

    @Test
    void aFrequentWordIsNotWidenedToLookAlikes() {
        // "kaart" is in several items, so it is not matched fuzzily: look-alikes ("taart", "kaars") do not count
        SearchResult exact = search.search(SearchRequest.of("kaart"));
        assertThat(exact.hits())
                .allSatisfy(hit -> assertThat(
                                String.join(" ", hit.summaryHighlight()) + " " + String.join(" ", hit.bodyHighlight())
                                        + " " + hit.title().toLowerCase())
                        .contains("kaart"));
    }

    @Test
    void whenLittleIsFoundABetterSpelledQueryIsOffered() {
        SearchResult result = search.search(SearchRequest.of("bakkrij"));
        assertThat(result.didYouMean()).isEqualTo("bakkerij");
        assertThat(result.didYouMeanTotal())
                .isGreaterThanOrEqualTo(result.total())
                .isPositive();

        SearchResult nothing = search.search(SearchRequest.of("zorgtem roostr"));
        assertThat(nothing.didYouMean()).isEqualTo("zorgteam rooster");

        SearchResult good = search.search(SearchRequest.of("werkdruk"));
        assertThat(good.didYouMean()).isNull();
    }

    @Test
    void anExactTitleRanksFirst() {
        assertThat(slugs("Werkdruk aanpakken")).first().isEqualTo("werkdruk");
        assertThat(slugs("zorgteam plant samen")).first().isEqualTo("zorgteam-verpleegkundigen");
        assertThat(slugs("telewerkkaart")).first().isEqualTo("telewerkkaart");
    }

    @Test
    void questionsAreAnsweredByTheirSubject() {
        assertThat(slugs("waar vind ik een scan voor werkstress?")).first().isEqualTo("werkstress-scan");
        assertThat(slugs("hoe pak ik werkdruk aan")).contains("werkdruk");
    }

    @Test
    void aWordNamingAKindOfItemLiftsThatKind() {
        // "voorbeeld" is not in the good practice, yet it asks for one: it comes first without being required
        assertThat(slugs("voorbeeld werkdruk")).first().isEqualTo("bakkerij-limburg");
        assertThat(slugs("werkdruk")).first().isEqualTo("werkdruk");
    }

    private List<String> slugs(String query) {
        return search.search(SearchRequest.of(query)).hits().stream()
                .map(ItemHit::slug)
                .toList();
    }
}
