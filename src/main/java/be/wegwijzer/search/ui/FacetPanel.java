package be.wegwijzer.search.ui;

import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The filters: per facet a folding group of checkboxes; choosing a value goes to the narrowed search. */
class FacetPanel extends Aside {

    static final String ID = "zoekfilters";
    static final String COLLAPSED = "collapsed";
    /** Facet values shown before "Toon alle". */
    static final int COLLAPSED_VALUES = 8;

    private final SearchRequest request;
    private final Consumer<SearchRequest> go;

    FacetPanel(SearchResult result, Consumer<SearchRequest> go) {
        this.request = result.request();
        this.go = go;
        addClassName("search-facets");
        getElement().setAttribute("aria-labelledby", "filters-titel");
        H2 heading = new H2(getTranslation("search.filters.heading"));
        heading.setId("filters-titel");
        add(heading);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = result.facets().get(facet);
            if (facet.shownOnSearchPage() && !values.isEmpty()) {
                add(group(facet, values));
            }
        }
        // folded away on small screens (see FiltersToggle); the style sheet shows it on wide ones
        setId(ID);
        addClassName(COLLAPSED);
    }

    private NativeDetails group(Facet facet, List<FacetValue> values) {
        boolean anySelected = values.stream().anyMatch(FacetValue::selected);
        boolean expanded = anySelected || values.size() <= COLLAPSED_VALUES;
        CheckboxGroup<FacetValue> group = new CheckboxGroup<>();
        group.setAriaLabel(facet.label());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // Sub-themes and sub-regions are indented with em spaces: visible, and silent for screen readers.
        group.setItemLabelGenerator(
                value -> "\u2003".repeat(Math.min(value.depth(), 3)) + value.label() + " (" + value.count() + ")");
        group.setItems(expanded ? values : values.subList(0, COLLAPSED_VALUES));
        group.setValue(
                values.stream().filter(FacetValue::selected).collect(Collectors.toCollection(LinkedHashSet::new)));
        // Compared with the request rather than isFromClient: setting the value while rendering must not navigate.
        group.addValueChangeListener(e -> {
            Set<String> codes =
                    e.getValue().stream().map(FacetValue::code).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!codes.equals(request.selected(facet))) {
                go.accept(
                        request.withFilter(facet, codes.toArray(String[]::new)).withPage(0));
            }
        });
        Div content = new Div(group);
        NativeDetails details = new NativeDetails(facet.label(), content);
        details.addClassName("facet");
        details.setOpen(anySelected || facet == Facet.TYPE || facet == Facet.THEME || facet == Facet.AUDIENCE);
        if (!expanded) {
            Button more = new Button(getTranslation("search.filters.more", values.size()));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> {
                Set<FacetValue> selection = group.getValue();
                group.setItems(values);
                group.setValue(selection);
                more.setVisible(false);
            });
            content.add(more);
        }
        return details;
    }
}
