package be.wegwijzer.search.ui;

import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchPage;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * The results column: how many were found (announced to screen readers), notices about the query, the active
 * filters and sort, then the hits with paging, or the ways on when there are none.
 */
class ResultsSection extends Section {

    ResultsSection(SearchPage page, Consumer<SearchRequest> go, Consumer<ItemHit> opened) {
        SearchResult result = page.result();
        addClassName("search-results");
        getElement().setAttribute("aria-labelledby", "resultaten-titel");
        H2 heading = new H2(getTranslation("search.results.heading"));
        heading.setId("resultaten-titel");
        heading.addClassName("visually-hidden");
        add(heading);

        Paragraph status = new Paragraph(statusText(result));
        status.addClassName("result-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        if (result.didYouMean() != null) {
            add(new DidYouMean(result));
        }
        if (result.relaxed()) {
            add(notice(getTranslation("search.results.relaxed")));
        }
        if (result.truncated()) {
            add(notice(getTranslation("search.results.truncated")));
        }
        add(new ActiveFilters(result, go), new SearchToolbar(result, go));
        if (page.help() != null) {
            add(new ZeroResultPanel(page.help()));
        } else {
            add(new HitList(page.request(), result.hits(), page.today(), opened), new Pagination(result));
        }
        add(followLink(page.request()));
    }

    /** "Volg deze zoekopdracht": the Atom feed of this search's words and filters, for a feed reader or newsletter. */
    private Paragraph followLink(SearchRequest request) {
        Anchor follow = new Anchor(SearchUrl.feedHref(request), getTranslation("search.follow"));
        follow.setRouterIgnore(true);
        follow.getElement().setAttribute("type", "application/atom+xml");
        follow.addClassName("follow-search");
        Paragraph paragraph = new Paragraph(follow, new Span(" " + getTranslation("search.follow.hint")));
        paragraph.addClassName("follow");
        return paragraph;
    }

    private String statusText(SearchResult result) {
        String count = result.total() == 0
                ? getTranslation("search.results.none")
                : result.total() == 1
                        ? getTranslation("search.results.count.one")
                        : getTranslation("search.results.count", result.total());
        String query = result.request().query();
        return query.isBlank() ? count : count + " " + getTranslation("search.results.for", query);
    }

    private static Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("notice");
        return notice;
    }
}
