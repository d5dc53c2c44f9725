package be.wegwijzer.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a visitor asked: words, selected facet values (OR within a facet, AND between facets), "only open
 * support", sort and page (0-based).
 *
 * @param audience when set (a search started from an audience page), that audience's items rank higher; it is
 *                 not a filter, items for others still show
 * @param sector   when set (the visitor's chosen sector, or one the query names), that sector's items rank a little
 *                 higher; like the audience, never a filter
 */
public record SearchRequest(
        String query,
        Map<Facet, Set<String>> filters,
        boolean openOnly,
        SearchSort sort,
        int page,
        int pageSize,
        String audience,
        String sector) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /**
     * How deep a visitor can page: {@code page * pageSize} stays below this. A page number from a URL is anything a
     * person or a crawler types; without a cap, page 2147483647 made the index refuse the query (offset + limit
     * above {@code Integer.MAX_VALUE}; OpenSearch refuses from 10,000 on, its default {@code max_result_window}).
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        page = Math.clamp(page, 0, MAX_RESULT_WINDOW / pageSize - 1);
        audience = audience == null || audience.isBlank() ? null : audience;
        sector = sector == null || sector.isBlank() ? null : sector;
    }

    public SearchRequest(
            String query,
            Map<Facet, Set<String>> filters,
            boolean openOnly,
            SearchSort sort,
            int page,
            int pageSize,
            String audience) {
        this(query, filters, openOnly, sort, page, pageSize, audience, null);
    }

    public SearchRequest(
            String query, Map<Facet, Set<String>> filters, boolean openOnly, SearchSort sort, int page, int pageSize) {
        this(query, filters, openOnly, sort, page, pageSize, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), false, SearchSort.RELEVANCE, 0, DEFAULT_PAGE_SIZE);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public SearchRequest withFilter(Facet facet, String... codes) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, new LinkedHashSet<>(Set.of(codes)));
        return new SearchRequest(query, copy, openOnly, sort, page, pageSize, audience, sector);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(query, filters, openOnly, newSort, page, pageSize, audience, sector);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, openOnly, sort, newPage, pageSize, audience, sector);
    }

    public SearchRequest withAudience(String code) {
        return new SearchRequest(query, filters, openOnly, sort, page, pageSize, code, sector);
    }

    public SearchRequest withSector(String code) {
        return new SearchRequest(query, filters, openOnly, sort, page, pageSize, audience, code);
    }

    /** Other words ("bedoelde je"), with the same filters, sort and audience, from the first page. */
    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, filters, openOnly, sort, 0, pageSize, audience, sector);
    }

    /** The same words, sort and audience without any filter. */
    public SearchRequest withoutFilters() {
        return new SearchRequest(query, Map.of(), false, sort, 0, pageSize, audience, sector);
    }

    public SearchRequest withOpenOnly(boolean value) {
        return new SearchRequest(query, filters, value, sort, page, pageSize, audience, sector);
    }
}
