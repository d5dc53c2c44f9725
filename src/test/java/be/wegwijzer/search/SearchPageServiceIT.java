package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.searchlog.SearchLogService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the search page gets for a request: the help when nothing is found, and the search log, on the real index. */
@IntegrationTest
class SearchPageServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    SearchPageService searchPages;

    @Autowired
    SearchLogService searchLog;

    @Autowired
    JdbcTemplate jdbc;

    private final List<SearchPage> logged = new ArrayList<>();

    @AfterEach
    void forgetTheLoggedSearches() {
        searchLog.awaitWrites(WAIT);
        logged.forEach(page -> jdbc.update(
                "delete from search_event where search_id = ?", page.searchId().toString()));
    }

    @Test
    void aSearchWithHitsNeedsNoHelp() {
        SearchPage page = search(SearchRequest.of("werkdruk"), null);
        assertThat(page.result().hits()).isNotEmpty();
        assertThat(page.help()).isNull();
    }

    @Test
    void aMisspelledSearchThatFindsNothingOffersTheBetterSpellingWithTheSameFiltersAndThemes() {
        // among the organisations "bakkrij" finds nothing, "bakkerij" finds the one for bakers
        SearchRequest request = SearchRequest.of("bakkrij").withFilter(Facet.TYPE, "organisatie");
        SearchPage page = search(request, null);
        assertThat(page.result().hits()).isEmpty();
        ZeroResultHelp help = page.help();
        assertThat(help.betterSpelling()).isEqualTo(SearchRequest.of("bakkerij").withFilter(Facet.TYPE, "organisatie"));
        assertThat(help.withoutFilters()).isEqualTo(SearchRequest.of("bakkrij"));
        assertThat(help.themes()).isNotEmpty();
        assertThat(help.organisation())
                .as("no sector, region or theme chosen: any organisation")
                .isNotNull();
    }

    @Test
    void whenFiltersFoundNothingTheyCanBeClearedAndAnOrganisationForTheChoicesHelps() {
        SearchRequest request = SearchRequest.of("xylofoonzeppelin").withFilter(Facet.SECTOR, "voeding");
        ZeroResultHelp help = search(request, null).help();
        assertThat(help.betterSpelling()).isNull();
        assertThat(help.withoutFilters()).isEqualTo(SearchRequest.of("xylofoonzeppelin"));
        assertThat(help.organisation().type()).isEqualTo(ItemType.ORGANISATIE);
        assertThat(help.organisation().slug()).isEqualTo("sectorfonds-voeding");
        // no theme is near the words, so the main themes
        assertThat(help.themes())
                .isNotEmpty()
                .extracting(TaxonomyService.Term::depth)
                .containsOnly(0);

        ZeroResultHelp openOnly = search(SearchRequest.of("xylofoonzeppelin").withOpenOnly(true), null)
                .help();
        assertThat(openOnly.withoutFilters())
                .as("'only open support' is a filter too")
                .isEqualTo(SearchRequest.of("xylofoonzeppelin"));
    }

    @Test
    void anotherSortOrPageIsTheSameLoggedSearchAndAClickCountsItsRankOverAllPages() {
        SearchRequest second = new SearchRequest("werkdruk", Map.of(), false, SearchSort.RELEVANCE, 1, 2);
        SearchPage page = search(second, null);
        SearchPage resorted = search(second.withSort(SearchSort.NEWEST).withPage(0), page);
        assertThat(resorted.searchId()).isEqualTo(page.searchId());
        SearchPage other = search(SearchRequest.of("werkdruk").withFilter(Facet.TYPE, "tool"), resorted);
        assertThat(other.searchId()).isNotEqualTo(page.searchId());

        searchPages.recordClick(page, page.result().hits().getFirst());
        searchLog.awaitWrites(WAIT);
        assertThat(jdbc.queryForObject(
                        "select clicked_rank from search_event where search_id = ?",
                        Integer.class,
                        page.searchId().toString()))
                .as("the first hit of the second page of two")
                .isEqualTo(3);
    }

    private SearchPage search(SearchRequest request, SearchPage previous) {
        SearchPage page = searchPages.search(request, previous);
        logged.add(page);
        return page;
    }
}
