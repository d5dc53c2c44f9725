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
 * On the search page unknown parameters and malformed values are ignored rather than turned into errors; the open
 * API reads the same parameters with {@link #read} and refuses what it cannot use.
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
    private static final int MAX_VALUE_LENGTH = 80;

    private SearchUrl() {}

    public static SearchRequest parse(QueryParameters parameters) {
        return read(parameters.getParameters()).request();
    }

    /**
     * The search in a URL's parameters, and what was wrong with them. The search page ({@link #parse}) ignores the
     * problems and searches with what it could read; the open API refuses the request and names each problem.
     * Parameters that are not the search page's own are left to the caller.
     */
    public static Reading read(Map<String, List<String>> p) {
        List<Problem> problems = new ArrayList<>();
        String query = first(p, QUERY);
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            List<String> given = p.getOrDefault(facet.parameter(), List.of());
            if (given.size() > MAX_VALUES_PER_FACET) {
                problems.add(new Problem(facet.parameter(), "heeft meer dan " + MAX_VALUES_PER_FACET + " waarden"));
            }
            for (String value : given.stream().limit(MAX_VALUES_PER_FACET).toList()) {
                if (value == null || value.isBlank()) {
                    problems.add(new Problem(facet.parameter(), "is leeg"));
                } else if (value.length() > MAX_VALUE_LENGTH) {
                    problems.add(new Problem(facet.parameter(), "is langer dan " + MAX_VALUE_LENGTH + " tekens"));
                } else {
                    if (facet.indexValue(value).isEmpty()) {
                        problems.add(new Problem(
                                facet.parameter(), "'" + value + "' bestaat niet; kies uit " + facet.codes()));
                    }
                    values.add(value);
                }
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        String openValue = first(p, OPEN);
        boolean open = "ja".equals(openValue);
        if (openValue != null && !open && !"nee".equals(openValue)) {
            problems.add(new Problem(OPEN, "moet 'ja' of 'nee' zijn"));
        }
        String sortValue = first(p, SORT);
        SearchSort sort = SearchSort.fromCode(sortValue).orElse(SearchSort.RELEVANCE);
        if (sortValue != null && SearchSort.fromCode(sortValue).isEmpty()) {
            problems.add(new Problem(SORT, "'" + sortValue + "' bestaat niet; kies uit " + SearchSort.codes()));
        }
        int page = 0;
        String pageValue = first(p, PAGE);
        if (pageValue != null) {
            try {
                int number = Integer.parseInt(pageValue.strip());
                if (number < 1) {
                    problems.add(new Problem(PAGE, "moet 1 of meer zijn; de eerste pagina is 1"));
                }
                page = Math.max(0, Math.min(10_000, number - 1));
            } catch (NumberFormatException e) {
                problems.add(new Problem(PAGE, "moet een geheel getal zijn, zoals 2"));
            }
        }
        String audience = first(p, AUDIENCE);
        if (audience != null && audience.length() > MAX_VALUE_LENGTH) {
            problems.add(new Problem(AUDIENCE, "is langer dan " + MAX_VALUE_LENGTH + " tekens"));
            audience = null;
        }
        SearchRequest request =
                new SearchRequest(query, filters, open, sort, page, SearchRequest.DEFAULT_PAGE_SIZE, audience);
        if (page > request.page()) {
            problems.add(new Problem(
                    PAGE,
                    "mag hoogstens " + (request.page() + 1) + " zijn; verfijn de zoekopdracht om verder te komen"));
        }
        return new Reading(request, List.copyOf(problems));
    }

    /** The parameters the search page reads: the open API takes the same, and refuses others. */
    public static Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>(List.of(QUERY, OPEN, SORT, PAGE, AUDIENCE));
        for (Facet facet : Facet.values()) {
            names.add(facet.parameter());
        }
        return names;
    }

    /**
     * What a URL asked for, and each value that could not be used.
     *
     * @param request the search, with every unusable value left out or replaced by its default
     */
    public record Reading(SearchRequest request, List<Problem> problems) {}

    /** One parameter that could not be used, and why (Dutch, for the people who build the URL). */
    public record Problem(String parameter, String reason) {}

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
