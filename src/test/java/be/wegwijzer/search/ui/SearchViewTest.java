package be.wegwijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.UiTest;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class SearchViewTest extends UiTest {

    @Test
    void showsCountHighlightedResultsAndFacets() {
        SearchView view = open("zoeken?q=werkdruk", SearchView.class);
        assertThat(view.result.total()).isPositive();
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.matches("\\d+ resultaten voor ‘werkdruk’"));
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref).contains("/fiche/werkdruk", "/praktijk/bakkerij-limburg");
        assertThat($view(Paragraph.class).all()).anyMatch(p -> String.valueOf(p.getElement().getProperty("innerHTML"))
                .contains("<mark>werkdruk</mark>"));
        assertThat($view(TextField.class).single().getValue()).isEqualTo("werkdruk");
    }

    @Test
    void choosingAFacetValuePutsItInTheUrl() {
        open("zoeken?q=werkdruk", SearchView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<FacetValue> types = $view(CheckboxGroup.class).all().stream()
                .filter(g -> Facet.TYPE.label().equals(g.getAriaLabel().orElse(""))).findFirst().orElseThrow();
        FacetValue tools = types.getListDataView().getItems().filter(v -> v.code().equals("tool")).findFirst().orElseThrow();
        test(types).selectItem(types.getItemLabelGenerator().apply(tools));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("zoeken?q=werkdruk&type=tool");
        SearchView view = (SearchView) getCurrentView();
        assertThat(view.result.hits()).allMatch(h -> h.type().segment().equals("tool"));
    }

    @Test
    void aSearchFromAnAudiencePageRanksItsItemsHigherAndCanBeUndone() {
        SearchView view = open("zoeken?thema=telewerk&voor=werknemers", SearchView.class);
        assertThat(view.result.request().audience()).isEqualTo("werknemers");
        assertThat(view.result.hits().getFirst().slug()).isIn("telewerkkaart", "webinar-telewerk");
        Button undo = $view(Button.class).all().stream().filter(b -> b.getText().startsWith("Afgestemd op werknemers"))
                .findFirst().orElseThrow();
        test(undo).click();
        assertThat(((SearchView) getCurrentView()).result.request().audience()).isNull();
    }

    @Test
    void searchingWithoutResultsOffersAWayOut() {
        open("zoeken?q=xylofoonzeppelin&type=tool", SearchView.class);
        assertThat(texts(Paragraph.class)).contains("Geen resultaten voor ‘xylofoonzeppelin’");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getText).contains("Alle filters wissen", "Bekijk alle items");
    }
}
