package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Full-text search over the item index: a repository fragment implemented with Hibernate Search. */
public interface ItemSearchRepository {

    /**
     * @param plan       what the query asks for; a blank plan lists everything
     * @param strictness how many of the plan's concepts an item must match
     * @param today      for "open" measures, freshness and the deadline sort
     */
    RawSearchResult search(SearchRequest request, QueryPlan plan, TextQuery.Strictness strictness, LocalDate today);

    /**
     * Published items the request finds (all words, its filters) that were published or changed after {@code after}
     * and at the latest at {@code upTo}, latest change first: what an alert for a saved search has to tell.
     */
    ChangedItems changedBetween(
            SearchRequest request, QueryPlan plan, Instant after, Instant upTo, LocalDate today, int limit);

    /** Number of published items the plan finds, without facets or hits: for weighing a spelling suggestion. */
    long count(SearchRequest request, QueryPlan plan, LocalDate today);

    /**
     * For each word of the query that the index does not know, the closest word it does know (Lucene's
     * DirectSpellChecker over the unstemmed words of titles, summaries and texts); words it knows stay as they are.
     * Empty when there is nothing to correct.
     */
    Optional<String> spellingSuggestion(String query);

    /** The editors' list over every status, newest change first (or best match when there is text). */
    Page<EditorRow> editorSearch(EditorQuery query, Pageable pageable);

    /**
     * Published items of the given types that share themes (and where possible sector and size) with what is given,
     * best match first; at least one theme must match, the first theme counts most. Ended measures are never
     * suggested.
     */
    List<ItemHit> similar(SimilarRequest request, LocalDate today);

    /**
     * @param sectors sector codes that count extra (not required)
     * @param sizes   size codes that count extra (not required)
     */
    record SimilarRequest(
            Set<ItemType> types,
            Collection<String> themes,
            Collection<String> sectors,
            Collection<String> sizes,
            Set<String> excludeSlugs,
            int limit) {}

    /**
     * @param counts per facet: index value to number of results, with the facet's own filter left out so
     *               each value shows what selecting it would give
     */
    record RawSearchResult(long total, List<ItemHit> hits, Map<Facet, Map<String, Long>> counts, long openMeasures) {}

    /**
     * Published items whose title has words starting with every word typed ("werk str" finds "Werkstress-scan"),
     * titles that start with the text first.
     */
    List<TitleHit> titlesStartingWith(String typed, int limit);
}
