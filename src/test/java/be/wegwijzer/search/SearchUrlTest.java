package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchUrlTest {

    @Test
    void aRequestSurvivesTheRoundTripThroughTheUrl() {
        SearchRequest request = SearchRequest.of("werkdruk")
                .withFilter(Facet.THEME, "werkdruk", "autonomie")
                .withFilter(Facet.TYPE, "tool")
                .withOpenOnly(true)
                .withSort(SearchSort.DEADLINE)
                .withPage(2);
        SearchRequest parsed = SearchUrl.parse(SearchUrl.toParameters(request));
        assertThat(parsed).isEqualTo(request);
        assertThat(SearchUrl.href(request))
                .startsWith("/zoeken?")
                .contains(
                        "q=werkdruk",
                        "type=tool",
                        "thema=autonomie&thema=werkdruk",
                        "open=ja",
                        "sortering=deadline",
                        "pagina=3");
    }

    @Test
    void ignoresNonsenseInsteadOfFailing() {
        SearchRequest parsed = SearchUrl.parse(new QueryParameters(
                Map.of("pagina", List.of("veel"), "sortering", List.of("willekeurig"), "onbekend", List.of("x"))));
        assertThat(parsed.page()).isZero();
        assertThat(parsed.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(parsed.filters()).isEmpty();
    }

    @Test
    void pageNumbersInTheUrlStartAtOne() {
        assertThat(SearchUrl.parse(new QueryParameters(Map.of("pagina", List.of("3"))))
                        .page())
                .isEqualTo(2);
        assertThat(SearchUrl.parse(new QueryParameters(Map.of("pagina", List.of("-4"))))
                        .page())
                .isZero();
    }

    @Test
    void theStrictReadingNamesWhatThePageIgnores() {
        SearchUrl.Reading reading = SearchUrl.read(Map.of(
                "pagina", List.of("-1"),
                "sortering", List.of("willekeurig"),
                "type", List.of("boek", "tool"),
                "open", List.of("misschien"),
                "thema", List.of(" ")));
        assertThat(reading.problems())
                .extracting(SearchUrl.Problem::parameter)
                .containsExactlyInAnyOrder("pagina", "sortering", "type", "open", "thema");
        assertThat(reading.problems())
                .filteredOn(p -> p.parameter().equals("type"))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("'boek' bestaat niet", "tool, fiche"));
        // the page searches with what it could read, as before
        assertThat(reading.request().page()).isZero();
        assertThat(reading.request().sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(reading.request().selected(Facet.TYPE)).containsExactlyInAnyOrder("boek", "tool");
        assertThat(SearchUrl.read(Map.of("q", List.of("werkdruk"), "pagina", List.of("2")))
                        .problems())
                .isEmpty();
        assertThat(SearchUrl.read(Map.of("pagina", List.of("600"))).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("hoogstens 500"));
    }
}
