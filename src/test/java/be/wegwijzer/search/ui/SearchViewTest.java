package be.wegwijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchViewTest extends UiTest {

    @Test
    void showsCountHighlightedResultsAndFacets() {
        SearchView view = open("zoeken?q=werkdruk", SearchView.class);
        assertThat(view.page.result().total()).isPositive();
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.matches("\\d+ resultaten voor ‘werkdruk’"));
        assertThat($view(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains("/fiche/werkdruk", "/praktijk/bakkerij-limburg");
        assertThat($view(Paragraph.class).all())
                .anyMatch(p ->
                        String.valueOf(p.getElement().getProperty("innerHTML")).contains("<mark>werkdruk</mark>"));
        assertThat($view(TextField.class).single().getValue()).isEqualTo("werkdruk");
    }

    @Test
    void choosingAFacetValuePutsItInTheUrl() {
        open("zoeken?q=werkdruk", SearchView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<FacetValue> types = $view(CheckboxGroup.class).all().stream()
                .filter(g -> Facet.TYPE.label().equals(g.getAriaLabel().orElse("")))
                .findFirst()
                .orElseThrow();
        FacetValue tools = types.getListDataView()
                .getItems()
                .filter(v -> v.code().equals("tool"))
                .findFirst()
                .orElseThrow();
        test(types).selectItem(types.getItemLabelGenerator().apply(tools));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("zoeken?q=werkdruk&type=tool");
        SearchView view = (SearchView) getCurrentView();
        assertThat(view.page.result().hits()).allMatch(h -> h.type().segment().equals("tool"));
    }

    @Test
    void aSearchFromAnAudiencePageRanksItsItemsHigherAndCanBeUndone() {
        SearchView view = open("zoeken?thema=telewerk&voor=werknemers", SearchView.class);
        assertThat(view.page.result().request().audience()).isEqualTo("werknemers");
        assertThat(view.page.result().hits().getFirst().slug()).isIn("telewerkkaart", "webinar-telewerk");
        Button undo = $view(Button.class).all().stream()
                .filter(b -> b.getText().startsWith("Afgestemd op werknemers"))
                .findFirst()
                .orElseThrow();
        test(undo).click();
        assertThat(((SearchView) getCurrentView()).page.result().request().audience())
                .isNull();
    }

    @Test
    void searchingWithoutResultsOffersAWayOut() {
        open("zoeken?q=xylofoonzeppelin&type=tool", SearchView.class);
        assertThat(texts(Paragraph.class)).contains("Geen resultaten voor ‘xylofoonzeppelin’");
        assertThat($view(Anchor.class).all())
                .extracting(Anchor::getText)
                .contains("Alle filters wissen", "Bekijk alle items");
    }

    @Test
    void aQueryWithoutResultsOffersSpellingThemesAndAPerson() {
        open("zoeken?q=xylofoonzeppelin&type=praktijk", SearchView.class);
        List<String> texts =
                $view(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(texts).contains("Alle filters wissen", "Wie helpt?");
        // related themes, and an organisation from Wie helpt with a link to its page
        assertThat(links()).anyMatch(href -> href.startsWith("/thema/"));
        assertThat(links()).anyMatch(href -> href.startsWith("/organisatie/"));
    }

    @Test
    void aBetterSpelledQueryIsOfferedAsALinkThatKeepsTheFilters() {
        SearchView view = open("zoeken?q=bakkrij&type=praktijk", SearchView.class);
        assertThat(view.page.result().didYouMean()).isEqualTo("bakkerij");
        Anchor link = $view(Anchor.class).all().stream()
                .filter(a -> a.hasClassName("did-you-mean-link"))
                .findFirst()
                .orElseThrow();
        assertThat(link.getText()).isEqualTo("bakkerij");
        assertThat(link.getHref()).isEqualTo("/zoeken?q=bakkerij&type=praktijk");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Bedoelde je"));
    }

    @Test
    void typingInTheSearchBoxSuggestsThemesAndItemsAsLinks() {
        open("zoeken", SearchView.class);
        SearchBox box = $view(SearchBox.class).single();
        box.showSuggestions("w");
        assertThat(box.suggestionLinks()).isEmpty();

        box.showSuggestions("werks");
        assertThat(box.suggestionLinks()).extracting(Anchor::getHref).contains("tool/werkstress-scan");
        box.showSuggestions("Telew");
        assertThat(box.suggestionLinks()).extracting(Anchor::getHref).contains("tool/telewerkkaart", "thema/telewerk");
        // the first item is the theme, shown with its kind
        assertThat(box.suggestionLinks().getFirst().getHref()).isEqualTo("thema/telewerk");
        assertThat(texts(Span.class)).contains("Thema", "Tool");

        box.hideSuggestions();
        assertThat($view(UnorderedList.class).all())
                .filteredOn(l -> l.hasClassName("search-suggestions"))
                .allSatisfy(l -> assertThat(l.isVisible()).isFalse());
    }
}
