package be.wegwijzer.audience;

import be.wegwijzer.catalog.Audience;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import be.wegwijzer.search.SearchUrl;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the audience pages: the curated parts come from the content, the lists from the search index. */
@Service
@Transactional(readOnly = true)
public class AudienceService {

    static final int NEWEST = 5;
    static final int OPEN_CALLS = 5;

    private final CatalogService catalog;
    private final SearchService search;

    AudienceService(CatalogService catalog, SearchService search) {
        this.catalog = catalog;
        this.search = search;
    }

    public Optional<AudiencePage> page(String code) {
        return catalog.audience(code).map(this::page);
    }

    private AudiencePage page(Audience audience) {
        String code = audience.getCode();
        SearchRequest forAudience = SearchRequest.of("").withFilter(Facet.AUDIENCE, code);
        SearchResult newest =
                search.search(new SearchRequest("", forAudience.filters(), false, SearchSort.NEWEST, 0, NEWEST));
        SearchResult openCalls = search.search(
                new SearchRequest("", Map.of(Facet.AUDIENCE, Set.of(code)), true, SearchSort.DEADLINE, 0, OPEN_CALLS));
        return new AudiencePage(
                code,
                audience.getLabel(),
                audience.getIntro(),
                audience.getEntries().stream()
                        .map(e -> new AudiencePage.Entry(e.label(), entryHref(e.search(), code)))
                        .toList(),
                audience.getHighlights().stream()
                        .filter(Item::isPublished)
                        .map(ItemCard::of)
                        .toList(),
                newest.hits(),
                openCalls.hits(),
                newest.total());
    }

    /** The entry's search, ranked for this audience. */
    static String entryHref(String search, String audience) {
        String voor = "voor=" + audience;
        return "/" + SearchUrl.PATH + "?" + (search.isEmpty() ? voor : search + "&" + voor);
    }
}
