package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.searchlog.LoggedSearch;
import be.wegwijzer.searchlog.SearchLogService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The search page's service: runs a visitor's search, decides what to offer when it found nothing, and logs the
 * search and the hit a visitor opens (anonymous analytics, see {@link SearchLogService}). The page shows what it
 * gets; which help, and whether a search counts as new, is decided here.
 */
@Service
public class SearchPageService {

    /** Themes offered when a query found nothing. */
    static final int RELATED_THEMES = 5;

    private final SearchService searchService;
    private final SuggestionService suggestions;
    private final SearchLogService searchLog;
    private final Clock clock;

    SearchPageService(
            SearchService searchService, SuggestionService suggestions, SearchLogService searchLog, Clock clock) {
        this.searchService = searchService;
        this.suggestions = suggestions;
        this.searchLog = searchLog;
        this.clock = clock;
    }

    /**
     * Searches and logs the search, unless it is {@code previous} again with another sort or page.
     *
     * @param previous the page shown before on the same screen, or null
     */
    public SearchPage search(SearchRequest request, SearchPage previous) {
        SearchResult result = searchService.search(request);
        LoggedSearch logged = logged(request);
        UUID searchId = previous != null && logged.equals(previous.logged())
                ? previous.searchId()
                : searchLog.record(logged, result.total(), result.relaxed());
        ZeroResultHelp help = result.hits().isEmpty() ? help(request, result) : null;
        return new SearchPage(result, help, LocalDate.now(clock), logged, searchId);
    }

    /** Notes that a visitor opened a hit of the page; never throws. */
    public void recordClick(SearchPage page, ItemHit hit) {
        searchLog.recordClick(page.searchId(), page.rankOf(hit));
    }

    /** Filters as their URL parameters, so the log reads like the address bar. */
    private static LoggedSearch logged(SearchRequest request) {
        Map<String, Set<String>> filters = new HashMap<>();
        request.filters().forEach((facet, codes) -> filters.put(facet.parameter(), codes));
        if (request.openOnly()) {
            filters.put(SearchUrl.OPEN, Set.of("ja")); // as in the URL
        }
        return LoggedSearch.of(request.query(), filters, request.audience());
    }

    /** The better spelling, fewer filters, themes near the words, and an organisation that can help in person. */
    private ZeroResultHelp help(SearchRequest request, SearchResult result) {
        return new ZeroResultHelp(
                result.didYouMean() == null ? null : request.withQuery(result.didYouMean()),
                request.filters().isEmpty() && !request.openOnly() ? null : request.withoutFilters(),
                suggestions.themesFor(request.query(), RELATED_THEMES),
                helper(request));
    }

    /**
     * An organisation for the visitor's sector, region and theme choices (the words that found nothing do not
     * count). Which one depends on the query, so the portal does not always send everyone to the same one, as on
     * the Wie helpt page.
     */
    private ItemHit helper(SearchRequest request) {
        SearchRequest organisations = SearchRequest.of("").withFilter(Facet.TYPE, ItemType.ORGANISATIE.segment());
        for (Facet facet : List.of(Facet.SECTOR, Facet.REGION, Facet.THEME)) {
            Set<String> chosen = request.selected(facet);
            if (!chosen.isEmpty()) {
                organisations = organisations.withFilter(facet, chosen.toArray(String[]::new));
            }
        }
        List<ItemHit> hits = searchService.search(organisations).hits();
        return hits.isEmpty() ? null : hits.get(Math.floorMod(request.query().hashCode(), hits.size()));
    }
}
