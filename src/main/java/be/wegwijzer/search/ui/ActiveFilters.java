package be.wegwijzer.search.ui;

import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** The chosen filters (and the audience a search was started for) as chips that remove them, and "Filters wissen". */
class ActiveFilters extends Div {

    private final SearchRequest request;
    private final Consumer<SearchRequest> go;

    ActiveFilters(SearchResult result, Consumer<SearchRequest> go) {
        this.request = result.request();
        this.go = go;
        addClassName("active-filters");
        for (Facet facet : Facet.values()) {
            for (FacetValue value : result.facets().get(facet)) {
                if (value.selected()) {
                    chip(
                            value.label(),
                            getTranslation("search.filter.remove", value.label()),
                            without(facet, value.code()));
                }
            }
        }
        if (request.audience() != null) {
            String label = audienceLabel(result, request.audience());
            chip(
                    getTranslation("search.audience.chip", label),
                    getTranslation("search.audience.remove", label),
                    request.withAudience(null));
        }
        if (getChildren().findAny().isPresent()) {
            add(new Anchor(SearchUrl.href(request.withoutFilters()), getTranslation("search.filters.clear")));
        }
    }

    private void chip(String text, String ariaLabel, SearchRequest next) {
        Button remove = new Button(text + " ✕", e -> go.accept(next));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        remove.getElement().setAttribute("aria-label", ariaLabel);
        add(remove);
    }

    private SearchRequest without(Facet facet, String code) {
        Set<String> remaining = new LinkedHashSet<>(request.selected(facet));
        remaining.remove(code);
        return request.withFilter(facet, remaining.toArray(String[]::new)).withPage(0);
    }

    private static String audienceLabel(SearchResult result, String code) {
        return result.facets().get(Facet.AUDIENCE).stream()
                .filter(v -> v.code().equals(code))
                .map(FacetValue::label)
                .findFirst()
                .orElse(code)
                .toLowerCase(Locale.ROOT);
    }
}
