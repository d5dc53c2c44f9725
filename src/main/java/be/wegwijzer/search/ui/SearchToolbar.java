package be.wegwijzer.search.ui;

import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchSort;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;

/** Above the hits: the sort order and "only support open now"; a change goes to the first page of the new search. */
class SearchToolbar extends Div {

    SearchToolbar(SearchResult result, Consumer<SearchRequest> go) {
        SearchRequest request = result.request();
        addClassName("search-toolbar");
        Select<SearchSort> sort = new Select<>();
        sort.setLabel(getTranslation("search.sort.label"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(SearchSort::label);
        sort.setValue(request.sort());
        sort.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != request.sort()) {
                go.accept(request.withSort(e.getValue()).withPage(0));
            }
        });
        Checkbox open = new Checkbox(getTranslation("search.open.label", result.openMeasures()));
        open.setValue(request.openOnly());
        open.addValueChangeListener(e -> {
            if (e.getValue() != request.openOnly()) {
                go.accept(request.withOpenOnly(e.getValue()).withPage(0));
            }
        });
        add(sort, open);
    }
}
