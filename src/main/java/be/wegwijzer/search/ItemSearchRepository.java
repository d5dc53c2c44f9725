package be.wegwijzer.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Full-text search over the item index: a repository fragment implemented with Hibernate Search. */
public interface ItemSearchRepository {

    /**
     * @param text     cleaned query text; blank lists everything
     * @param matchAll true: every word must match; false: any word may match
     * @param today    for "open" measures and the deadline sort
     */
    RawSearchResult search(SearchRequest request, String text, boolean matchAll, LocalDate today);

    /**
     * @param counts per facet: index value to number of results, with the facet's own filter left out so
     *               each value shows what selecting it would give
     */
    record RawSearchResult(long total, List<ItemHit> hits, Map<Facet, Map<String, Long>> counts, long openMeasures) {
    }
}
