package be.wegwijzer.themes;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.FacetValue;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchResult;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.search.SearchSort;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Theme pages: the taxonomy term and its content from the search index (sub-themes included). */
@Service
public class ThemeService {

    static final int PER_TYPE = 6;

    private final TaxonomyService taxonomy;
    private final SearchService search;

    ThemeService(TaxonomyService taxonomy, SearchService search) {
        this.taxonomy = taxonomy;
        this.search = search;
    }

    public Optional<ThemePage> page(String code) {
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        return terms.theme(code).map(theme -> {
            SearchRequest forTheme = SearchRequest.of("").withFilter(Facet.THEME, code);
            Map<ItemType, Long> counts = new EnumMap<>(ItemType.class);
            Map<ItemType, List<ItemHit>> groups = new EnumMap<>(ItemType.class);
            List<ItemHit> fiches = List.of();
            SearchResult overview = search.search(forTheme);
            for (FacetValue value : overview.facets().get(Facet.TYPE)) {
                ItemType type = ItemType.fromSegment(value.code()).orElseThrow();
                counts.put(type, value.count());
                List<ItemHit> hits = search.search(new SearchRequest(
                                "",
                                forTheme.withFilter(Facet.TYPE, value.code()).filters(),
                                false,
                                SearchSort.RELEVANCE,
                                0,
                                PER_TYPE))
                        .hits();
                if (type == ItemType.FICHE) {
                    fiches = hits;
                } else {
                    groups.put(type, hits);
                }
            }
            TaxonomyService.Term parent = theme.parentCode() == null
                    ? null
                    : terms.theme(theme.parentCode()).orElse(null);
            return new ThemePage(theme, parent, terms.childThemes(code), fiches, groups, counts);
        });
    }

    /** All themes in tree order, for the overview page. */
    public List<TaxonomyService.Term> all() {
        return taxonomy.snapshot().themes();
    }
}
