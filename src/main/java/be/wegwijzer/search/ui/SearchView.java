package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.search.SearchPage;
import be.wegwijzer.search.SearchPageService;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /zoeken}: one search over all items with facet filters, sorting and paging. Every change navigates
 * to a new URL, so the state is shareable and the browser's back button steps through it.
 */
@Route(value = SearchUrl.PATH, layout = MainLayout.class)
@Menu(title = "nav.search", order = 10)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchPageService searchPages;
    /** The page shown; kept across navigations, so that paging and sorting do not count as new searches. */
    SearchPage page;

    SearchView(SearchPageService searchPages) {
        this.searchPages = searchPages;
        addClassName("search-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = searchPages.search(SearchUrl.parse(event.getLocation().getQueryParameters()), page);
        render();
    }

    @Override
    public String getPageTitle() {
        String query = page == null ? "" : page.request().query();
        return query.isBlank() ? getTranslation("search.pagetitle") : getTranslation("search.pagetitle.query", query);
    }

    private void render() {
        SearchPage shown = page;
        removeAll();
        add(
                new H1(getTranslation("search.title")),
                new SearchBox(shown.request().query()));
        Anchor alert = new Anchor(
                AlertPaths.subscribe(SearchUrl.toParameters(shown.request()).getQueryString()),
                getTranslation("alerts.link.search"));
        alert.addClassName("alert-link");
        add(new Paragraph(alert));
        Div layout = new Div();
        layout.addClassName("search-layout");
        FacetPanel facets = new FacetPanel(shown.result(), this::go);
        // a click counts for the page it was made on (its search and rank), whatever was searched since
        layout.add(
                new FiltersToggle(facets, shown.request()),
                facets,
                new ResultsSection(shown, this::go, hit -> searchPages.recordClick(shown, hit)));
        add(layout);
    }

    private void go(SearchRequest next) {
        getUI().ifPresent(ui -> ui.navigate(SearchUrl.PATH, SearchUrl.toParameters(next)));
    }
}
