package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.AskOffer;
import be.wegwijzer.search.Facet;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The results column: how many were found (announced to screen readers), notices about the query, the active
 * filters and sort, then the hits with paging, or the ways on when there are none.
 */
class ResultsSection extends Section {

    /** Fewer results than this: the offer to ask a question comes first. */
    static final int THIN = 3;

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
        AskOffer ask = askOffer(page.request(), result.total() < THIN || result.relaxed());
        if (page.help() != null) {
            add(ask, new ZeroResultPanel(page.help()));
        } else if (result.total() < THIN || result.relaxed()) {
            add(ask, new HitList(page.request(), result.hits(), page.today(), opened), new Pagination(result));
        } else {
            add(new HitList(page.request(), result.hits(), page.today(), opened), new Pagination(result), ask);
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

    /** The offer to ask a question, with the theme, sector, region and size the visitor filtered on. */
    private static AskOffer askOffer(SearchRequest request, boolean prominent) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Facet facet : List.of(Facet.THEME, Facet.SECTOR, Facet.REGION, Facet.SIZE)) {
            Set<String> values = request.filters().getOrDefault(facet, Set.of());
            if (values.size() == 1) {
                codes.put(facet.parameter(), values.iterator().next());
            }
        }
        return new AskOffer(codes, prominent);
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
