package be.wegwijzer.search.ui;

import be.wegwijzer.search.SearchRequest;
import com.vaadin.flow.component.button.Button;
import java.util.Set;

/**
 * On small screens the filters fold away behind this button so the results come first; wide screens show both
 * and hide the button (style sheet).
 */
class FiltersToggle extends Button {

    FiltersToggle(FacetPanel facets, SearchRequest request) {
        long active = request.filters().values().stream().mapToLong(Set::size).sum();
        setText(
                active == 0
                        ? getTranslation("search.filters.show")
                        : getTranslation("search.filters.show.active", active));
        addClassName("filters-toggle");
        getElement().setAttribute("aria-expanded", "false");
        getElement().setAttribute("aria-controls", FacetPanel.ID);
        addClickListener(e -> {
            boolean collapsed = facets.hasClassName(FacetPanel.COLLAPSED);
            facets.setClassName(FacetPanel.COLLAPSED, !collapsed);
            getElement().setAttribute("aria-expanded", String.valueOf(collapsed));
        });
    }
}
