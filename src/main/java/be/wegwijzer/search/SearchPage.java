package be.wegwijzer.search;

import be.wegwijzer.searchlog.LoggedSearch;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the search page shows for one request, from {@link SearchPageService#search}.
 *
 * @param help     ways on when the page has no hits, otherwise null
 * @param today    the day the search ran, for the open/ended status of the hits
 * @param logged   the search as the log keeps it: paging or sorting it again is not a new search
 * @param searchId the log's id of the search, for {@link SearchPageService#recordClick}
 */
public record SearchPage(
        SearchResult result, ZeroResultHelp help, LocalDate today, LoggedSearch logged, UUID searchId) {

    public SearchRequest request() {
        return result.request();
    }

    /** 1-based over all pages, as the visitor counts. */
    public int rankOf(ItemHit hit) {
        return request().page() * request().pageSize() + result.hits().indexOf(hit) + 1;
    }
}
