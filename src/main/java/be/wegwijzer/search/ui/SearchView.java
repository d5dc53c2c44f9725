package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.Html;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import be.wegwijzer.search.SearchUrl;
import be.wegwijzer.search.SuggestionService;
import be.wegwijzer.searchlog.LoggedSearch;
import be.wegwijzer.searchlog.SearchLogService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /zoeken}: one search over all items with facet filters, sorting and paging. Every change navigates
 * to a new URL, so the state is shareable and the browser's back button steps through it.
 */
@Route(value = SearchUrl.PATH, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Facet values shown before "Toon alle". */
    static final int COLLAPSED_VALUES = 8;
    /** Themes offered when a query found nothing. */
    static final int RELATED_THEMES = 5;

    private final SearchService searchService;
    private final Clock clock;
    private final SearchLogService searchLog;
    private final SuggestionService suggestions;
    SearchRequest request = SearchRequest.of("");
    SearchResult result;

    SearchView(SearchService searchService, Clock clock, SearchLogService searchLog, SuggestionService suggestions) {
        this.searchService = searchService;
        this.clock = clock;
        this.searchLog = searchLog;
        this.suggestions = suggestions;
        addClassName("search-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        request = SearchUrl.parse(event.getLocation().getQueryParameters());
        result = searchService.search(request);
        logSearch();
        render();
    }

    @Override
    public String getPageTitle() {
        return request.query().isBlank() ? getTranslation("search.pagetitle")
                : getTranslation("search.pagetitle.query", request.query());
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("search.title")), new SearchBox(request.query()));
        Div layout = new Div();
        layout.addClassName("search-layout");
        Aside facets = facets();
        // On small screens the filters fold away behind a button so the results come first; wide screens show both.
        long active = request.filters().values().stream().mapToLong(Set::size).sum();
        Button toggle = new Button(active == 0 ? getTranslation("search.filters.show")
                : getTranslation("search.filters.show.active", active));
        toggle.addClassName("filters-toggle");
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", "zoekfilters");
        facets.setId("zoekfilters");
        facets.addClassName("collapsed");
        toggle.addClickListener(e -> {
            boolean collapsed = facets.hasClassName("collapsed");
            facets.setClassName("collapsed", !collapsed);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(collapsed));
        });
        layout.add(toggle, facets, results());
        add(layout);
    }

    // ---- results ----------------------------------------------------------------------------------------

    private Section results() {
        Section section = new Section();
        section.addClassName("search-results");
        section.getElement().setAttribute("aria-labelledby", "resultaten-titel");
        H2 heading = new H2(getTranslation("search.results.heading"));
        heading.setId("resultaten-titel");
        heading.addClassName("visually-hidden");
        section.add(heading);

        Paragraph status = new Paragraph(statusText());
        status.addClassName("result-status");
        status.getElement().setAttribute("role", "status");
        section.add(status);
        if (result.didYouMean() != null) {
            section.add(didYouMean());
        }
        if (result.relaxed()) {
            section.add(notice(getTranslation("search.results.relaxed")));
        }
        if (result.truncated()) {
            section.add(notice(getTranslation("search.results.truncated")));
        }
        section.add(activeFilters(), toolbar());
        if (result.hits().isEmpty()) {
            section.add(noResults());
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("hit-list");
        list.getElement().setAttribute("start", String.valueOf(request.page() * request.pageSize() + 1));
        LocalDate today = LocalDate.now(clock);
        result.hits().forEach(hit -> list.add(new ListItem(hit(hit, today))));
        section.add(list, pagination());
        return section;
    }

    private String statusText() {
        String count = result.total() == 0 ? getTranslation("search.results.none")
                : result.total() == 1 ? getTranslation("search.results.count.one")
                : getTranslation("search.results.count", result.total());
        return request.query().isBlank() ? count : count + " " + getTranslation("search.results.for", request.query());
    }

    private Article hit(ItemHit hit, LocalDate today) {
        Article article = new Article();
        article.addClassName("hit");
        logClicks(article, hit);
        Span badge = new Span(hit.type().label());
        badge.addClassNames("badge", "badge-" + hit.type().segment());
        Anchor title = new Anchor(hit.path(), hit.title());
        title.addClassName("hit-title");
        H2 heading = new H2(title);
        article.add(badge, heading);
        if (!hit.summaryHighlight().isEmpty()) {
            Paragraph summary = new Paragraph();
            summary.getElement().setProperty("innerHTML", Html.marked(hit.summaryHighlight().getFirst()));
            summary.addClassName("hit-summary");
            article.add(summary);
        }
        if (!hit.bodyHighlight().isEmpty()) {
            Paragraph fragment = new Paragraph();
            fragment.getElement().setProperty("innerHTML", "… " + Html.marked(hit.bodyHighlight().getFirst()) + " …");
            fragment.addClassName("hit-fragment");
            article.add(fragment);
        }
        UnorderedList facts = new UnorderedList();
        facts.addClassName("hit-facts");
        HitStatus.of(hit, today, this).ifPresent(s -> facts.add(new ListItem(s)));
        if (hit.ownerName() != null && hit.type() != ItemType.ORGANISATIE) {
            facts.add(new ListItem(getTranslation("search.hit.owner", hit.ownerName())));
        }
        if (!hit.themeLabels().isEmpty()) {
            facts.add(new ListItem(hit.themeLabels().stream().limit(3).collect(Collectors.joining(", "))));
        }
        article.add(facts);
        return article;
    }

    /** "Bedoelde je telewerk? (12 resultaten)": one click to the better-spelled query, filters kept. */
    private Paragraph didYouMean() {
        Paragraph line = new Paragraph(getTranslation("search.didyoumean") + " ");
        line.addClassName("did-you-mean");
        Anchor corrected = new Anchor(SearchUrl.href(request.withQuery(result.didYouMean())), result.didYouMean());
        corrected.addClassName("did-you-mean-link");
        line.add(corrected, new Span(" " + (result.didYouMeanTotal() == 1 ? getTranslation("search.didyoumean.count.one")
                : getTranslation("search.didyoumean.count", result.didYouMeanTotal()))));
        return line;
    }

    /**
     * Never a dead end: the better spelling, fewer filters, themes near the words, and an organisation that can help
     * in person.
     */
    private Div noResults() {
        Div box = new Div();
        box.addClassName("no-results");
        box.add(new H2(getTranslation("search.noresults.title")), new Paragraph(getTranslation("search.noresults.tips")));
        UnorderedList ways = new UnorderedList();
        ways.addClassName("link-list");
        if (result.didYouMean() != null) {
            ways.add(new ListItem(new Anchor(SearchUrl.href(request.withQuery(result.didYouMean())),
                    getTranslation("search.noresults.spelling", result.didYouMean()))));
        }
        if (!request.filters().isEmpty() || request.openOnly()) {
            ways.add(new ListItem(new Anchor(SearchUrl.href(request.withoutFilters()), getTranslation("search.noresults.clear"))));
        }
        ways.add(new ListItem(new Anchor("/" + SearchUrl.PATH, getTranslation("search.noresults.browse"))));
        box.add(ways);

        box.add(new H2(getTranslation("search.noresults.themes")));
        UnorderedList themes = new UnorderedList();
        themes.addClassName("link-list");
        themes.addClassName("related-themes");
        suggestions.themesFor(request.query(), RELATED_THEMES).forEach(theme ->
                themes.add(new ListItem(new Anchor("/thema/" + theme.code(), theme.label()))));
        box.add(themes);

        box.add(new H2(getTranslation("search.noresults.person")));
        Paragraph person = new Paragraph();
        person.addClassName("no-results-person");
        helper().ifPresent(organisation -> person.add(
                new Anchor("/" + organisation.type().segment() + "/" + organisation.slug(), organisation.title()),
                new Span(" " + getTranslation("search.noresults.person.more") + " ")));
        person.add(new Anchor("/wie-helpt", getTranslation("search.noresults.whohelps")));
        box.add(person);
        return box;
    }

    /**
     * An organisation for the visitor's sector, region and theme choices (the words that found nothing do not
     * count). Which one depends on the query, so the portal does not always send everyone to the same one, as on
     * the Wie helpt page.
     */
    private java.util.Optional<ItemHit> helper() {
        SearchRequest organisations = SearchRequest.of("").withFilter(Facet.TYPE, ItemType.ORGANISATIE.segment());
        for (Facet facet : List.of(Facet.SECTOR, Facet.REGION, Facet.THEME)) {
            Set<String> chosen = request.selected(facet);
            if (!chosen.isEmpty()) {
                organisations = organisations.withFilter(facet, chosen.toArray(String[]::new));
            }
        }
        List<ItemHit> hits = searchService.search(organisations).hits();
        return hits.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(hits.get(Math.floorMod(request.query().hashCode(), hits.size())));
    }

    private Nav pagination() {
        Nav nav = new Nav();
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("search.pagination.label"));
        int pages = result.pageCount();
        if (pages <= 1) {
            return nav;
        }
        if (request.page() > 0) {
            Anchor previous = new Anchor(SearchUrl.href(request.withPage(request.page() - 1)), getTranslation("search.pagination.previous"));
            previous.getElement().setAttribute("rel", "prev");
            nav.add(previous);
        }
        nav.add(new Span(getTranslation("search.pagination.page", request.page() + 1, pages)));
        if (request.page() + 1 < pages) {
            Anchor next = new Anchor(SearchUrl.href(request.withPage(request.page() + 1)), getTranslation("search.pagination.next"));
            next.getElement().setAttribute("rel", "next");
            nav.add(next);
        }
        return nav;
    }

    private Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("notice");
        return p;
    }

    // ---- filters and sorting ----------------------------------------------------------------------------

    private Div toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("search-toolbar");
        Select<SearchSort> sort = new Select<>();
        sort.setLabel(getTranslation("search.sort.label"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(SearchSort::label);
        sort.setValue(request.sort());
        sort.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != request.sort()) {
                go(request.withSort(e.getValue()).withPage(0));
            }
        });
        Checkbox open = new Checkbox(getTranslation("search.open.label", result.openMeasures()));
        open.setValue(request.openOnly());
        open.addValueChangeListener(e -> {
            if (e.getValue() != request.openOnly()) {
                go(request.withOpenOnly(e.getValue()).withPage(0));
            }
        });
        toolbar.add(sort, open);
        return toolbar;
    }

    private Div activeFilters() {
        Div chips = new Div();
        chips.addClassName("active-filters");
        for (Facet facet : Facet.values()) {
            for (FacetValue value : result.facets().get(facet)) {
                if (value.selected()) {
                    Button remove = new Button(value.label() + " ✕", e -> go(without(facet, value.code())));
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    remove.getElement().setAttribute("aria-label", getTranslation("search.filter.remove", value.label()));
                    chips.add(remove);
                }
            }
        }
        if (request.audience() != null) {
            String label = audienceLabel(request.audience());
            Button remove = new Button(getTranslation("search.audience.chip", label) + " ✕", e -> go(request.withAudience(null)));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            remove.getElement().setAttribute("aria-label", getTranslation("search.audience.remove", label));
            chips.add(remove);
        }
        if (chips.getChildren().findAny().isPresent()) {
            Anchor clear = new Anchor(SearchUrl.href(request.withoutFilters()), getTranslation("search.filters.clear"));
            chips.add(clear);
        }
        return chips;
    }

    private Aside facets() {
        Aside aside = new Aside();
        aside.addClassName("search-facets");
        aside.getElement().setAttribute("aria-labelledby", "filters-titel");
        H2 heading = new H2(getTranslation("search.filters.heading"));
        heading.setId("filters-titel");
        aside.add(heading);
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = result.facets().get(facet);
            if (facet.shownOnSearchPage() && !values.isEmpty()) {
                aside.add(facetGroup(facet, values));
            }
        }
        return aside;
    }

    private NativeDetails facetGroup(Facet facet, List<FacetValue> values) {
        boolean anySelected = values.stream().anyMatch(FacetValue::selected);
        boolean expanded = anySelected || values.size() <= COLLAPSED_VALUES;
        CheckboxGroup<FacetValue> group = new CheckboxGroup<>();
        group.setAriaLabel(facet.label());
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // Sub-themes and sub-regions are indented with em spaces: visible, and silent for screen readers.
        group.setItemLabelGenerator(value -> "\u2003".repeat(Math.min(value.depth(), 3)) + value.label() + " (" + value.count() + ")");
        group.setItems(expanded ? values : values.subList(0, COLLAPSED_VALUES));
        group.setValue(values.stream().filter(FacetValue::selected).collect(Collectors.toCollection(LinkedHashSet::new)));
        // Compared with the request rather than isFromClient: setting the value while rendering must not navigate.
        group.addValueChangeListener(e -> {
            Set<String> codes = e.getValue().stream().map(FacetValue::code).collect(Collectors.toCollection(LinkedHashSet::new));
            if (!codes.equals(request.selected(facet))) {
                go(request.withFilter(facet, codes.toArray(String[]::new)).withPage(0));
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

    private String audienceLabel(String code) {
        return result.facets().get(Facet.AUDIENCE).stream().filter(v -> v.code().equals(code)).map(FacetValue::label)
                .findFirst().orElse(code).toLowerCase(java.util.Locale.ROOT);
    }

    private SearchRequest without(Facet facet, String code) {
        Set<String> remaining = new LinkedHashSet<>(request.selected(facet));
        remaining.remove(code);
        return request.withFilter(facet, remaining.toArray(String[]::new)).withPage(0);
    }

    private void go(SearchRequest next) {
        getUI().ifPresent(ui -> ui.navigate(SearchUrl.PATH, SearchUrl.toParameters(next)));
    }

    // ---- search analytics (be.wegwijzer.searchlog) -------------------------------------------------------

    /** The search last logged from this page, so that paging and sorting do not count as new searches. */
    LoggedSearch loggedSearch;
    UUID searchId;

    private void logSearch() {
        Map<String, Set<String>> filters = new HashMap<>();
        request.filters().forEach((facet, codes) -> filters.put(facet.parameter(), codes));
        if (request.openOnly()) {
            filters.put("open", Set.of("ja")); // as in the URL
        }
        LoggedSearch search = LoggedSearch.of(request.query(), filters, request.audience());
        if (!search.equals(loggedSearch)) {
            loggedSearch = search;
            searchId = searchLog.record(search, result.total(), result.relaxed());
        }
    }

    /**
     * A click on the title (also with Ctrl or Enter) logs the hit's rank. The link navigates as usual, inside the page
     * (Vaadin's router), so the click reaches the server before the item page is asked for.
     */
    private void logClicks(Article article, ItemHit hit) {
        int rank = request.page() * request.pageSize() + result.hits().indexOf(hit) + 1;
        UUID search = searchId;
        article.getElement().addEventListener("click", e -> searchLog.recordClick(search, rank))
                .setFilter("event.target.closest('.hit-title') != null");
    }
}
