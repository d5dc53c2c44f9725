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
}
