package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.ItemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Search over the fixed test corpus, on the real Lucene index. */
@IntegrationTest
class SearchIT {

    @Autowired
    SearchService search;

    @Test
    void findsAndHighlightsAWord() {
        SearchResult result = search.search(SearchRequest.of("werkdruk"));
        assertThat(result.total()).isGreaterThanOrEqualTo(4);
        // the item titled with the word first; items that use a synonym ("werkstress") may come between the others
        assertThat(slugs(result).getFirst()).isEqualTo("werkdruk");
        assertThat(slugs(result).subList(0, 3)).contains("bakkerij-limburg");
        ItemHit fiche = hit(result, "werkdruk");
        assertThat(fiche.summaryHighlight().getFirst()).contains("<mark>werkdruk</mark>");
        assertThat(fiche.type()).isEqualTo(ItemType.FICHE);
    }

    @Test
    void theSummaryComesBackEscapedEvenWithoutAMatchInIt() {
        ItemHit hit = hit(search.search(SearchRequest.of("vragenlijst")), "werkstress-scan");
        assertThat(hit.summaryHighlight().getFirst())
                .startsWith("Met deze korte scan")
                .doesNotContain("<mark>");
        assertThat(hit.bodyHighlight().getFirst()).contains("<mark>vragenlijst</mark>");
    }

    @Test
    void matchesRegardlessOfCase() {
        assertThat(slugs(search.search(SearchRequest.of("WERKSTRESS")))).contains("werkstress-scan");
    }

    @Test
    void matchesWithOrWithoutAccents() {
        assertThat(slugs(search.search(SearchRequest.of("cafe")))).contains("bakkerij-limburg");
        assertThat(slugs(search.search(SearchRequest.of("geinteresseerde")))).contains("zorgteam-verpleegkundigen");
    }

    @Test
    void matchesSingularAndPlural() {
        assertThat(slugs(search.search(SearchRequest.of("verpleegkundige")))).contains("zorgteam-verpleegkundigen");
        assertThat(slugs(search.search(SearchRequest.of("kmo")))).contains("kmo-gids");
        assertThat(slugs(search.search(SearchRequest.of("diensten"))))
                .contains("bakkerij-limburg", "zorgteam-verpleegkundigen");
    }

    @Test
    void findsACompoundFromItsPart() {
        assertThat(slugs(search.search(SearchRequest.of("stress")))).contains("werkstress-scan");
    }

    @Test
    void countsFacetsAndCombinesFilters() {
        SearchResult all = search.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(13);
        assertThat(count(all, Facet.TYPE, "tool")).isEqualTo(3);
        assertThat(count(all, Facet.TYPE, "maatregel")).isEqualTo(3);

        SearchResult tools = search.search(SearchRequest.of("").withFilter(Facet.TYPE, "tool"));
        assertThat(tools.total()).isEqualTo(3);
        assertThat(count(tools, Facet.TYPE, "maatregel"))
                .as("a facet is counted without its own filter")
                .isEqualTo(3);

        SearchResult toolsOrMeasures = search.search(SearchRequest.of("").withFilter(Facet.TYPE, "tool", "maatregel"));
        assertThat(toolsOrMeasures.total()).isEqualTo(6);

        SearchResult telework = search.search(
                SearchRequest.of("").withFilter(Facet.TYPE, "tool").withFilter(Facet.THEME, "telewerk"));
        assertThat(slugs(telework)).containsExactly("telewerkkaart");
    }

    @Test
    void aParentThemeIncludesItsSubThemes() {
        SearchResult result = search.search(SearchRequest.of("").withFilter(Facet.THEME, "risicofactoren"));
        assertThat(slugs(result)).contains("werkstress-scan", "zorgteam-verpleegkundigen");
    }

    @Test
    void aSectorOrRegionFilterKeepsItemsThatApplyToEveryone() {
        SearchResult food = search.search(SearchRequest.of("").withFilter(Facet.SECTOR, "voeding"));
        assertThat(slugs(food))
                .contains("bakkerij-limburg", "werkstress-scan", "werkbaarheidscheque")
                .doesNotContain("toekomstige-premie");
        SearchResult limburg = search.search(SearchRequest.of("").withFilter(Facet.REGION, "limburg"));
        assertThat(slugs(limburg)).contains("bakkerij-limburg", "werkbaarheidscheque", "telewerkkaart");
        SearchResult antwerp = search.search(SearchRequest.of("").withFilter(Facet.REGION, "antwerpen"));
        assertThat(slugs(antwerp)).contains("werkbaarheidscheque").doesNotContain("bakkerij-limburg");
    }

    @Test
    void openSupportLeavesOutEndedAndNotYetOpenMeasures() {
        SearchResult open = search.search(SearchRequest.of("").withOpenOnly(true));
        assertThat(slugs(open)).containsExactly("werkbaarheidscheque");
        assertThat(search.search(SearchRequest.of("")).openMeasures()).isEqualTo(1);
    }

    @Test
    void sortsByTheNearestComingDeadlineFirst() {
        SearchResult result = search.search(SearchRequest.of("").withSort(SearchSort.DEADLINE));
        assertThat(slugs(result).subList(0, 4))
                .containsExactly("webinar-telewerk", "toekomstige-premie", "oude-oproep", "netwerkmoment-2020");
        assertThat(result.total()).isEqualTo(13);
        assertThat(result.hits()).hasSize(13);
    }

    @Test
    void pagesThroughResults() {
        SearchRequest request = new SearchRequest("", Map.of(), false, SearchSort.NEWEST, 0, 5);
        SearchResult first = search.search(request);
        SearchResult third = search.search(request.withPage(2));
        assertThat(first.hits()).hasSize(5);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(third.hits()).hasSize(3);
        assertThat(slugs(third)).doesNotContainAnyElementsOf(slugs(first));
    }

    @Test
    void fallsBackToAnyWordWhenNoItemHasAll() {
        SearchResult result = search.search(SearchRequest.of("werkdruk zeppelin"));
        assertThat(result.relaxed()).isTrue();
        assertThat(slugs(result)).contains("werkdruk");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"werkdruk",
                "(werk",
                "werk AND OR NOT",
                "-+*~^|",
                "\\",
                "werkdruk\")(",
                "😀🔥",
                "[]{}:/",
                "' OR 1=1 --",
                "<script>alert(1)</script>",
                "   "
            })
    void anyInputIsSafe(String query) {
        assertThatCode(() -> search.search(SearchRequest.of(query))).doesNotThrowAnyException();
    }

    @Test
    void aVeryLongQueryIsShortenedNotRefused() {
        SearchResult result = search.search(SearchRequest.of("werkdruk ".repeat(1200)));
        assertThat(result.truncated()).isTrue();
        assertThat(slugs(result)).contains("werkdruk");
    }

    @Test
    void unknownFilterValuesGiveAnEmptyResultNotAnError() {
        SearchResult result = search.search(SearchRequest.of("").withFilter(Facet.TYPE, "raket"));
        assertThat(result.total()).isZero();
        assertThat(result.facets().get(Facet.TYPE)).extracting(FacetValue::code).contains("raket", "tool");
    }

    private static List<String> slugs(SearchResult result) {
        return result.hits().stream().map(ItemHit::slug).toList();
    }

    private static ItemHit hit(SearchResult result, String slug) {
        return result.hits().stream()
                .filter(h -> h.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }

    private static long count(SearchResult result, Facet facet, String code) {
        return result.facets().get(facet).stream()
                .filter(v -> v.code().equals(code))
                .mapToLong(FacetValue::count)
                .findFirst()
                .orElse(0);
    }
}
