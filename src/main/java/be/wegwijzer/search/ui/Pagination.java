package be.wegwijzer.search.ui;

import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** "Vorige · Pagina 2 van 5 · Volgende" as plain links, so crawlers and the back button follow them; empty for one page. */
class Pagination extends Nav {

    Pagination(SearchResult result) {
        SearchRequest request = result.request();
        addClassName("pagination");
        getElement().setAttribute("aria-label", getTranslation("search.pagination.label"));
        int pages = result.pageCount();
        if (pages <= 1) {
            return;
        }
        if (request.page() > 0) {
            add(link(request.withPage(request.page() - 1), "search.pagination.previous", "prev"));
        }
        add(new Span(getTranslation("search.pagination.page", request.page() + 1, pages)));
        if (request.page() + 1 < pages) {
            add(link(request.withPage(request.page() + 1), "search.pagination.next", "next"));
        }
    }

    private Anchor link(SearchRequest page, String textKey, String rel) {
        Anchor link = new Anchor(SearchUrl.href(page), getTranslation(textKey));
        link.getElement().setAttribute("rel", rel);
        return link;
    }
}
