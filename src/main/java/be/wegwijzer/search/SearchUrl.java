package be.wegwijzer.search;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole search state in the URL, so a search can be shared and the back button works:
 * {@code /zoeken?q=werkdruk&thema=autonomie&thema=werkdruk&open=ja&sortering=deadline&pagina=2}.
 * Unknown parameters and malformed values are ignored rather than turned into errors.
 */
public final class SearchUrl {

    public static final String PATH = "zoeken";
    /** The Atom feed of a search: the same parameters, the newest matching items ("Volg deze zoekopdracht"). */
    public static final String FEED_PATH = "/feeds/zoeken.atom";

    static final String QUERY = "q";
    static final String OPEN = "open";
    static final String SORT = "sortering";
    static final String PAGE = "pagina";
    /** The audience a search was started for: ranks its items higher. */
    static final String AUDIENCE = "voor";

    private static final int MAX_VALUES_PER_FACET = 50;

    private SearchUrl() {}

    public static SearchRequest parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String query = first(p, QUERY);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            p.getOrDefault(facet.parameter(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank() && v.length() <= 80)
                    .limit(MAX_VALUES_PER_FACET)
                    .forEach(values::add);
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        boolean open = "ja".equals(first(p, OPEN));
        SearchSort sort = SearchSort.fromCode(first(p, SORT)).orElse(SearchSort.RELEVANCE);
        int page = 0;
        try {
            page = Math.max(0, Math.min(10_000, Integer.parseInt(first(p, PAGE)) - 1));
        } catch (NumberFormatException e) {
            // no or malformed page: first page
        }
        String audience = first(p, AUDIENCE);
        return new SearchRequest(
                query,
                filters,
                open,
                sort,
                page,
                SearchRequest.DEFAULT_PAGE_SIZE,
                audience != null && audience.length() <= 80 ? audience : null);
    }

    public static QueryParameters toParameters(SearchRequest request) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!request.query().isBlank()) {
            p.put(QUERY, List.of(request.query()));
        }
        for (Facet facet : Facet.values()) {
            Set<String> values = request.selected(facet);
            if (!values.isEmpty()) {
                p.put(
                        facet.parameter(),
                        new ArrayList<>(values.stream().sorted().toList()));
            }
        }
        if (request.openOnly()) {
            p.put(OPEN, List.of("ja"));
        }
        if (request.sort() != SearchSort.RELEVANCE) {
            p.put(SORT, List.of(request.sort().code()));
        }
        if (request.page() > 0) {
            p.put(PAGE, List.of(String.valueOf(request.page() + 1)));
        }
        if (request.audience() != null) {
            p.put(AUDIENCE, List.of(request.audience()));
        }
        return new QueryParameters(p);
    }

    /** {@code /zoeken?...} for links. */
    public static String href(SearchRequest request) {
        String query = toParameters(request).getQueryString();
        return "/" + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    /** The feed that follows this search: its words and filters, without its page and sort order. */
    public static String feedHref(SearchRequest request) {
        String query =
                toParameters(request.withPage(0).withSort(SearchSort.RELEVANCE)).getQueryString();
        return FEED_PATH + (query.isEmpty() ? "" : "?" + query);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
