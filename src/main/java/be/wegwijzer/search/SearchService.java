package be.wegwijzer.search;

import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.TaxonomyService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The search the UI calls: cleans and plans the query (synonyms, compounds; see {@link QueryPlanner}), searches
 * for (nearly) all words first and falls back to any word when that finds nothing, offers a better-spelled query
 * when few items are found, and labels the facet counts for display.
 */
@Service
public class SearchService {

    /** Below this many results a better-spelled query is looked for ("bedoelde je …?"). */
    static final int FEW_RESULTS = 3;

    private final SearchableItemRepository repository;
    private final QueryPlanner planner;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    SearchService(SearchableItemRepository repository, QueryPlanner planner, TaxonomyService taxonomy, Clock clock) {
        this.repository = repository;
        this.planner = planner;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        QueryText query = QueryText.of(request.query());
        QueryPlan plan = planner.plan(query);
        LocalDate today = LocalDate.now(clock);
        ItemSearchRepository.RawSearchResult raw = repository.search(request, plan, TextQuery.Strictness.MOST, today);
        boolean relaxed = false;
        if (raw.total() == 0 && plan.requiredCount() > 1) {
            raw = repository.search(request, plan, TextQuery.Strictness.ANY, today);
            relaxed = raw.total() > 0;
        }
        String didYouMean = null;
        long didYouMeanTotal = 0;
        if (!plan.isBlank() && (raw.total() < FEW_RESULTS || relaxed)) {
            Optional<String> suggestion = repository.spellingSuggestion(query.text());
            if (suggestion.isPresent()) {
                long count = repository.count(request, planner.plan(QueryText.of(suggestion.get())), today);
                // the suggestion only replaces words no item contains, so it is worth showing whenever it finds
                // at least as much: even when typo matching already found the same items
                if (count > 0 && (relaxed || count >= raw.total())) {
                    didYouMean = suggestion.get();
                    didYouMeanTotal = count;
                }
            }
        }
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, label(facet, raw.counts().getOrDefault(facet, Map.of()), request.selected(facet)));
        }
        return new SearchResult(
                request,
                raw.total(),
                raw.hits(),
                facets,
                raw.openMeasures(),
                relaxed,
                query.truncated(),
                didYouMean,
                didYouMeanTotal,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The published items a saved search finds that were published or changed in {@code (after, upTo]}, latest change
     * first, at most {@code limit} (with the total): the content of an alert digest. The words must all match (as on
     * the search page when they find something); sort and page of the request do not matter.
     */
    public ChangedItems changedBetween(SearchRequest request, Instant after, Instant upTo, int limit) {
        return repository.changedBetween(
                request, planner.plan(QueryText.of(request.query())), after, upTo, LocalDate.now(clock), limit);
    }

    /**
     * Every hit of a request, page after page, up to {@code limit}: for guides that list a whole category
     * (organisations, activities) rather than a page of it.
     */
    public List<ItemHit> all(SearchRequest request, int limit) {
        List<ItemHit> hits = new ArrayList<>();
        SearchRequest page = new SearchRequest(
                request.query(),
                request.filters(),
                request.openOnly(),
                request.sort(),
                0,
                SearchRequest.MAX_PAGE_SIZE,
                request.audience());
        while (hits.size() < limit) {
            SearchResult result = search(page);
            hits.addAll(result.hits());
            if (result.hits().size() < page.pageSize() || hits.size() >= result.total()) {
                break;
            }
            page = page.withPage(page.page() + 1);
        }
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /**
     * The editors' item list: every status, filtered by text, status, type, owner and review date. Who may see which
     * items is decided by the caller (the curation feature narrows a contributor's query to their organisation).
     */
    public Page<EditorRow> editorRows(EditorQuery query, Pageable pageable) {
        return repository.editorSearch(query, pageable);
    }

    /** Items like the given themes, sectors and sizes; see {@link ItemSearchRepository#similar}. */
    public List<ItemHit> similar(ItemSearchRepository.SimilarRequest request) {
        return repository.similar(request, LocalDate.now(clock));
    }

    private List<FacetValue> label(Facet facet, Map<String, Long> counts, Set<String> selected) {
        long forAll = facet == Facet.SECTOR || facet == Facet.REGION ? counts.getOrDefault(Item.ALL, 0L) : 0L;
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        List<FacetValue> values = new ArrayList<>();
        switch (facet) {
            case TYPE -> enumValues(ItemType.class, facet, counts, selected, values);
            case LEVEL -> enumValues(Level.class, facet, counts, selected, values);
            case COST -> enumValues(Cost.class, facet, counts, selected, values);
            case SIZE -> enumValues(CompanySize.class, facet, counts, selected, values);
            case THEME ->
                terms.themes()
                        .forEach(t -> add(
                                values, t.code(), t.label(), counts.getOrDefault(t.code(), 0L), selected, t.depth()));
            case AUDIENCE ->
                terms.audiences()
                        .forEach(t -> add(values, t.code(), t.label(), counts.getOrDefault(t.code(), 0L), selected, 0));
            case SECTOR ->
                terms.sectors()
                        .forEach(t -> add(
                                values,
                                t.code(),
                                sectorLabel(terms, t),
                                counts.getOrDefault(t.code(), 0L) + forAll,
                                selected,
                                0));
            case REGION ->
                terms.regions()
                        .forEach(t -> add(
                                values,
                                t.code(),
                                t.label(),
                                counts.getOrDefault(t.code(), 0L) + forAll,
                                selected,
                                t.depth()));
            case KIND -> {
                // A code two types share (a tool's and a publication's "gids") is one value: the index holds the code.
                Map<String, String> kinds = new LinkedHashMap<>();
                Arrays.stream(ItemType.values())
                        .flatMap(type -> type.kinds().stream())
                        .forEach(k -> kinds.putIfAbsent(k.code(), k.label()));
                kinds.forEach(
                        (code, kindLabel) -> add(values, code, kindLabel, counts.getOrDefault(code, 0L), selected, 0));
            }
        }
        // A value from an old or edited link that no longer exists still shows, so it can be removed.
        selected.stream()
                .filter(code -> values.stream().noneMatch(v -> v.code().equals(code)))
                .forEach(code -> values.add(new FacetValue(code, code, 0, true, 0)));
        return values;
    }

    private static String sectorLabel(TaxonomyService.Snapshot terms, TaxonomyService.Term sector) {
        List<String> pcs = terms.jointCommittees().getOrDefault(sector.code(), List.of());
        return pcs.isEmpty() ? sector.label() : sector.label() + " (PC " + String.join(", ", pcs) + ")";
    }

    private static <E extends Enum<E> & Coded> void enumValues(
            Class<E> type, Facet facet, Map<String, Long> counts, Set<String> selected, List<FacetValue> values) {
        Arrays.stream(type.getEnumConstants())
                .forEach(e -> add(
                        values,
                        e.code(),
                        e instanceof ItemType itemType ? itemType.pluralLabel() : e.label(),
                        counts.getOrDefault(facet.indexValue(e.code()).orElse(e.name()), 0L),
                        selected,
                        0));
    }

    /** Values without results are left out unless selected, so a visitor can always undo a choice. */
    private static void add(
            List<FacetValue> values, String code, String label, long count, Set<String> selected, int depth) {
        boolean isSelected = selected.contains(code);
        if (count > 0 || isSelected) {
            values.add(new FacetValue(code, label, count, isSelected, depth));
        }
    }
}
