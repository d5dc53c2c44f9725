package be.wegwijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchSort;
import be.wegwijzer.search.ZeroResultHelp;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parts of the search page on their own, where the corpus is too small to show them (paging) or to vary them. */
class SearchPageComponentsTest extends UiTest {

    @Test
    void theFiltersButtonFoldsThePanelOpenAndShutAndSaysSo() {
        open("zoeken?q=werkdruk&type=tool&type=fiche", SearchView.class);
        Button toggle = $view(Button.class).all().stream()
                .filter(b -> b.hasClassName("filters-toggle"))
                .findFirst()
                .orElseThrow();
        Aside facets = $view(Aside.class).single();
        assertThat(toggle.getText()).isEqualTo("Filters tonen (2 actief)");
        assertThat(toggle.getElement().getAttribute("aria-controls"))
                .isEqualTo(facets.getId().orElseThrow());
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(facets.hasClassName("collapsed")).isTrue();

        test(toggle).click();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(facets.hasClassName("collapsed")).isFalse();
        test(toggle).click();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(facets.hasClassName("collapsed")).isTrue();
    }

    @Test
    void pagingLinksKeepTheSearchAndTellWhichWayTheyGo() {
        open("zoeken", SearchView.class);
        Pagination middle =
                new Pagination(result(new SearchRequest("werkdruk", Map.of(), false, SearchSort.NEWEST, 1, 2), 5));
        assertThat(middle.getElement().getAttribute("aria-label")).isEqualTo("Paginering");
        List<Anchor> links = children(middle, Anchor.class);
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly(
                        "/zoeken?q=werkdruk&sortering=nieuwste", "/zoeken?pagina=3&q=werkdruk&sortering=nieuwste");
        assertThat(links).extracting(a -> a.getElement().getAttribute("rel")).containsExactly("prev", "next");
        assertThat(links).extracting(Anchor::getText).containsExactly("Vorige", "Volgende");
        assertThat(children(middle, Span.class)).extracting(Span::getText).containsExactly("Pagina 2 van 3");

        Pagination only = new Pagination(result(SearchRequest.of("werkdruk"), 5));
        assertThat(only.getChildren()).as("one page needs no paging").isEmpty();
    }

    @Test
    void withoutMoreHelpTheZeroResultPanelStillOffersAllItemsAndWieHelpt() {
        open("zoeken", SearchView.class);
        ZeroResultPanel panel = new ZeroResultPanel(new ZeroResultHelp(null, null, List.of(), null));
        assertThat(descendants(panel)
                        .filter(Anchor.class::isInstance)
                        .map(Anchor.class::cast)
                        .map(Anchor::getHref))
                .containsExactly("/zoeken", "/wie-helpt");
    }

    private static SearchResult result(SearchRequest request, long total) {
        return new SearchResult(request, total, List.of(), Map.of(), 0, false, false, null, 0, 0);
    }

    private static <T extends Component> List<T> children(Component parent, Class<T> type) {
        return parent.getChildren().filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<Component> descendants(Component parent) {
        return parent.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
