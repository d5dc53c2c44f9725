package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the search queries (portable across the Lucene and OpenSearch backends; the rest is {@link IndexAccess}): weighted full-text match, facet filters, facet counts (each facet counted
 * without its own filter, so values combine as OR within a facet and AND between facets), sorting and
 * highlighting. Results are projected from the index; the database is not touched.
 */
@Transactional(readOnly = true)
class ItemSearchRepositoryImpl implements ItemSearchRepository {

    static final String SUMMARY_HIGHLIGHTER = "summary";
    static final String BODY_HIGHLIGHTER = "body";
    /** Added score for items of the audience a search started from: enough to lift them, not to bury better matches. */
    static final float AUDIENCE_BOOST = 3f;
    /** Added score for items of the visitor's sector: a nudge among comparable matches, less than an audience page. */
    static final float SECTOR_BOOST = 1f;
    /** Added score for a measure one can apply for today: the portal's promise is to show what is open. */
    static final float OPEN_MEASURE_BOOST = 1.5f;
    /**
     * Added score for content whose newest source or check is at most two years old ({@link MeasureStatus#isCurrent}):
     * mild, it only breaks near-ties.
     */
    static final float CURRENT_BOOST = 0.4f;
    /** Added score for content an organisation really checked: mild, like {@link #CURRENT_BOOST}. */
    static final float VERIFIED_BOOST = 0.4f;
    /**
     * Added score for everything except activities that are over: a past round table sinks below current content at
     * comparable relevance, unless the query asks for an event or a year ({@link TimeIntent}).
     */
    static final float NOT_PAST_BOOST = 0.6f;

    private static final int MAX_FACET_VALUES = 500;

    private static final String PERIOD_OTHER = "periodOther";

    @PersistenceContext
    private EntityManager entityManager;

    private final IndexAccess.Factory indexAccess;

    ItemSearchRepositoryImpl(IndexAccess.Factory indexAccess) {
        this.indexAccess = indexAccess;
    }

    @Override
    public RawSearchResult search(
            SearchRequest request, QueryPlan plan, TextQuery.Strictness strictness, LocalDate today) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        SearchPredicate textMatch =
                plan.isBlank() && plan.excluded().isEmpty() ? null : textPredicate(scope, plan, strictness);
        Map<Facet, SearchPredicate> facetFilters = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, codes) -> facetFilters.put(facet, facetPredicate(f, facet, codes)));
        SearchPredicate all = boosted(
                f,
                combine(f, textMatch, facetFilters, null, request.openOnly(), today),
                request.audience(),
                request.sector(),
                textMatch != null,
                TimeIntent.asksForEventOrYear(request.query()),
                today);
        Highlighters highlighters = new Highlighters(scope, indexAccess.encodesHighlightsOncePerQuery());

        // Main query: the page of hits plus the counts of every facet without a selection.
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var query = session.search(scope)
                .select(ItemHit.class)
                .where(all)
                .sort(sort(
                        scope.sort(),
                        request.sort(),
                        textMatch != null || request.audience() != null || request.sector() != null));
        for (Facet facet : Facet.values()) {
            if (!facetFilters.containsKey(facet)) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
                keys.put(facet, key);
                query = query.aggregation(key, termsOf(scope, facet));
            }
        }
        int offset = request.page() * request.pageSize();
        boolean deadlineSort = request.sort() == SearchSort.DEADLINE;
        SearchResult<ItemHit> result =
                highlighters.on(query).fetch(deadlineSort ? 0 : offset, deadlineSort ? 0 : request.pageSize());
        List<ItemHit> hits = deadlineSort
                ? deadlinePage(session, scope, all, today, offset, request.pageSize(), highlighters)
                : result.hits();

        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        for (Facet facet : facetFilters.keySet()) {
            SearchPredicate withoutOwn = combine(f, textMatch, facetFilters, facet, request.openOnly(), today);
            AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
            counts.put(
                    facet,
                    session.search(scope)
                            .select(p -> p.id())
                            .where(withoutOwn)
                            .aggregation(key, termsOf(scope, facet))
                            .fetch(0)
                            .aggregation(key));
        }
        long openMeasures = request.openOnly()
                ? result.total().hitCount()
                : session.search(scope)
                        .select(p -> p.id())
                        .where(combine(f, textMatch, facetFilters, null, true, today))
                        .fetchTotalHitCount();
        return new RawSearchResult(result.total().hitCount(), hits, counts, openMeasures);
    }

    @Override
    public ChangedItems changedBetween(
            SearchRequest request, QueryPlan plan, Instant after, Instant upTo, LocalDate today, int limit) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        SearchPredicate textMatch = plan.isBlank() && plan.excluded().isEmpty()
                ? null
                : textPredicate(scope, plan, TextQuery.Strictness.MOST);
        Map<Facet, SearchPredicate> facetFilters = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, codes) -> facetFilters.put(facet, facetPredicate(f, facet, codes)));
        SearchPredicate changed = f.bool()
                .should(changedIn(f, ItemIndex.UPDATED_AT, after, upTo))
                .should(changedIn(f, ItemIndex.PUBLISHED_AT, after, upTo))
                .toPredicate();
        SearchPredicate where = f.bool()
                .must(combine(f, textMatch, facetFilters, null, request.openOnly(), today))
                .filter(changed)
                .toPredicate();
        SearchResult<ItemHit> result = new Highlighters(scope, indexAccess.encodesHighlightsOncePerQuery())
                .on(session.search(scope)
                        .select(ItemHit.class)
                        .where(where)
                        .sort(s -> s.field(ItemIndex.UPDATED_AT).desc().then().field(ItemIndex.TITLE_SORT)))
                .fetch(limit);
        return new ChangedItems(result.total().hitCount(), result.hits());
    }

    private static SearchPredicate changedIn(SearchPredicateFactory f, String field, Instant after, Instant upTo) {
        return f.range()
                .field(field)
                .between(after, RangeBoundInclusion.EXCLUDED, upTo, RangeBoundInclusion.INCLUDED)
                .toPredicate();
    }

    @Override
    public long count(SearchRequest request, QueryPlan plan, LocalDate today) {
        SearchSession session = Search.session(entityManager);
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        Map<Facet, SearchPredicate> facetFilters = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, codes) -> facetFilters.put(facet, facetPredicate(f, facet, codes)));
        return session.search(scope)
                .select(p -> p.id())
                .where(combine(
                        f,
                        textPredicate(scope, plan, TextQuery.Strictness.MOST),
                        facetFilters,
                        null,
                        request.openOnly(),
                        today))
                .fetchTotalHitCount();
    }

    @Override
    public List<TitleHit> titlesStartingWith(String typed, int limit) {
        return TitleSuggestions.startingWith(
                Search.session(entityManager), typed, limit, indexAccess.constantScoreScale());
    }

    @Override
    public Optional<String> spellingSuggestion(String query) {
        SearchSession session = Search.session(entityManager);
        try (IndexAccess index = indexAccess.open(session, session.scope(Item.class))) {
            return Spelling.suggest(query, index::correction);
        }
    }

    @Override
    public List<ItemHit> similar(SimilarRequest request, LocalDate today) {
        return SimilarItems.find(
                Search.session(entityManager), request, today, indexAccess.encodesHighlightsOncePerQuery());
    }

    @Override
    public Page<EditorRow> editorSearch(EditorQuery query, Pageable pageable) {
        return EditorSearch.search(Search.session(entityManager), query, pageable);
    }

    /** Upcoming deadlines first (nearest first), then the rest (latest deadline first, none last). */
    private List<ItemHit> deadlinePage(
            SearchSession session,
            SearchScope<Item> scope,
            SearchPredicate all,
            LocalDate today,
            int offset,
            int limit,
            Highlighters highlighters) {
        SearchPredicateFactory f = scope.predicate();
        SearchPredicate upcoming = f.bool()
                .must(all)
                .filter(f.range().field(ItemIndex.DEADLINE).atLeast(today))
                .toPredicate();
        SearchPredicate rest = f.bool()
                .must(all)
                .mustNot(f.range().field(ItemIndex.DEADLINE).atLeast(today))
                .toPredicate();
        SearchSortFactory s = scope.sort();
        long upcomingCount =
                session.search(scope).select(p -> p.id()).where(upcoming).fetchTotalHitCount();
        List<ItemHit> hits = new ArrayList<>();
        if (offset < upcomingCount) {
            hits.addAll(highlighters
                    .on(session.search(scope)
                            .select(ItemHit.class)
                            .where(upcoming)
                            .sort(s.field(ItemIndex.DEADLINE)
                                    .asc()
                                    .then()
                                    .field(ItemIndex.TITLE_SORT)
                                    .toSort()))
                    .fetchHits(offset, limit));
        }
        if (hits.size() < limit) {
            int restOffset = (int) Math.max(0, offset - upcomingCount);
            hits.addAll(highlighters
                    .on(session.search(scope)
                            .select(ItemHit.class)
                            .where(rest)
                            .sort(s.field(ItemIndex.DEADLINE)
                                    .desc()
                                    .missing()
                                    .last()
                                    .then()
                                    .field(ItemIndex.TITLE_SORT)
                                    .toSort()))
                    .fetchHits(restOffset, limit - hits.size()));
        }
        return hits;
    }

    private static SearchAggregation<Map<String, Long>> termsOf(SearchScope<Item> scope, Facet facet) {
        return scope.aggregation()
                .terms()
                .field(facet.field(), String.class, ValueModel.INDEX)
                .maxTermCount(MAX_FACET_VALUES)
                .toAggregation();
    }

    /**
     * Ranking beyond the words: items for the audience a search was started from and for the visitor's sector; and, when words were typed,
     * measures one can apply for today and content checked in the past year, mildly. None of these excludes anything.
     */
    private SearchPredicate boosted(
            SearchPredicateFactory f,
            SearchPredicate predicate,
            String audience,
            String sector,
            boolean hasText,
            boolean asksForEvent,
            LocalDate today) {
        if (audience == null && sector == null && !hasText) {
            return predicate;
        }
        BooleanPredicateClausesStep<?, ?> bool = f.bool().must(predicate);
        if (audience != null) {
            bool = bool.should(f.match()
                    .field(ItemIndex.AUDIENCE)
                    .matching(audience, ValueModel.INDEX)
                    .boost(AUDIENCE_BOOST));
        }
        if (sector != null) {
            bool = bool.should(f.match()
                    .field(ItemIndex.SECTOR)
                    .matching(sector, ValueModel.INDEX)
                    .boost(SECTOR_BOOST));
        }
        if (hasText) {
            float scale = indexAccess.constantScoreScale();
            bool = bool.should(f.bool().must(openMeasure(f, today)).boost(OPEN_MEASURE_BOOST))
                    .should(f.range()
                            .field(ItemIndex.CURRENT_AS_OF)
                            .atLeast(MeasureStatus.staleBefore(today))
                            .boost(CURRENT_BOOST * scale))
                    .should(f.exists().field(ItemIndex.VERIFIED_ON).boost(VERIFIED_BOOST * scale));
            if (!asksForEvent) {
                bool = bool.should(f.bool()
                        .must(f.matchAll())
                        .mustNot(pastActivity(f, today))
                        .boost(NOT_PAST_BOOST * scale));
            }
        }
        return bool.toPredicate();
    }

    /** An activity whose last day (its end, else its start) lies before {@code today}. */
    static SearchPredicate pastActivity(SearchPredicateFactory f, LocalDate today) {
        return f.bool()
                .must(f.match().field(ItemIndex.TYPE).matching(ItemType.ACTIVITEIT.name(), ValueModel.INDEX))
                .must(f.range().field(ItemIndex.DEADLINE).lessThan(today))
                .mustNot(f.range().field(PERIOD_OTHER).atLeast(today))
                .toPredicate();
    }

    /** The visitor's query: concepts with synonyms, compound parts and (for unknown words) typos; see {@link TextQuery}. */
    private SearchPredicate textPredicate(SearchScope<Item> scope, QueryPlan plan, TextQuery.Strictness strictness) {
        try (IndexAccess index = indexAccess.open(Search.session(entityManager), scope)) {
            return TextQuery.of(scope.predicate(), plan, strictness, index, indexAccess.constantScoreScale());
        }
    }

    private static SearchPredicate facetPredicate(SearchPredicateFactory f, Facet facet, Set<String> codes) {
        Set<String> values = new LinkedHashSet<>();
        codes.forEach(code -> facet.indexValue(code).ifPresent(values::add));
        if (values.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        if (facet.includesAll()) {
            values.add(Item.ALL);
        }
        return f.terms()
                .field(facet.field())
                .matchingAny(values, ValueModel.INDEX)
                .toPredicate();
    }

    private static SearchPredicate combine(
            SearchPredicateFactory f,
            SearchPredicate text,
            Map<Facet, SearchPredicate> filters,
            Facet leaveOut,
            boolean openOnly,
            LocalDate today) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool()
                .filter(f.match().field(ItemIndex.STATUS).matching(ItemStatus.GEPUBLICEERD.name(), ValueModel.INDEX));
        if (text != null) {
            bool = bool.must(text);
        }
        for (var entry : filters.entrySet()) {
            if (entry.getKey() != leaveOut) {
                bool = bool.filter(entry.getValue());
            }
        }
        if (openOnly) {
            bool = bool.filter(openMeasure(f, today));
        }
        return bool.toPredicate();
    }

    /**
     * A measure one can apply for today ({@link MeasureStatus#OPEN}): started (or no start date), not ended, and either
     * with a known end date or with facts that are still current. A measure without end date whose newest source is
     * older than {@link MeasureStatus#STALE_AFTER} has an unknown status and is not "open".
     */
    static SearchPredicate openMeasure(SearchPredicateFactory f, LocalDate today) {
        return f.bool()
                .must(f.match().field(ItemIndex.TYPE).matching(ItemType.MAATREGEL.name(), ValueModel.INDEX))
                .mustNot(f.range().field(ItemIndex.DEADLINE).lessThan(today))
                .mustNot(f.range().field(PERIOD_OTHER).greaterThan(today))
                // a filter, not a scoring clause: the open-measure boost must not grow with the number of clauses
                .filter(f.or(
                        f.exists().field(ItemIndex.DEADLINE),
                        f.range().field(ItemIndex.CURRENT_AS_OF).atLeast(MeasureStatus.staleBefore(today))))
                .toPredicate();
    }

    private static org.hibernate.search.engine.search.sort.SearchSort sort(
            SearchSortFactory s, SearchSort sort, boolean hasText) {
        return switch (sort) {
            case NEWEST ->
                s.field(ItemIndex.PUBLISHED_AT)
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field(ItemIndex.CURRENT_AS_OF)
                        .desc()
                        .then()
                        .field(ItemIndex.TITLE_SORT)
                        .toSort();
            case RELEVANCE, DEADLINE ->
                hasText
                        ? s.score().then().field(ItemIndex.TITLE_SORT).toSort()
                        : s.field(ItemIndex.TYPE)
                                .asc()
                                .then()
                                .field(ItemIndex.TITLE_SORT)
                                .toSort();
        };
    }
}
