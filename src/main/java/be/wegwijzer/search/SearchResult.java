package be.wegwijzer.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with the facet counts.
 *
 * @param relaxed   true when no item had all words and the results contain some of them instead
 * @param truncated true when the query was too long and was shortened
 */
public record SearchResult(
        SearchRequest request,
        long total,
        List<ItemHit> hits,
        Map<Facet, List<FacetValue>> facets,
        long openMeasures,
        boolean relaxed,
        boolean truncated,
        String didYouMean,
        long didYouMeanTotal,
        long tookMillis) {

    public int pageCount() {
        return (int) Math.ceil(total / (double) request.pageSize());
    }
}
