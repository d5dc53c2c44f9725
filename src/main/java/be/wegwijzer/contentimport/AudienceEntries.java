package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.AudienceEntry;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an "Ik wil …" entry of doelgroepen.yml into the search it opens, and a stored search back into an entry. */
final class AudienceEntries {

    private AudienceEntries() {}

    /** The URL query string of the search, e.g. {@code q=werkdruk&thema=werkdruk}. */
    static String searchOf(TaxonomySource.EntrySource entry) {
        SearchRequest request = SearchRequest.of(entry.words());
        for (var filter : entry.filters().entrySet()) {
            var facet = Facet.fromParameter(filter.getKey());
            if (facet.isPresent()) {
                request = request.withFilter(facet.get(), filter.getValue().toArray(String[]::new));
            }
        }
        return SearchUrl.toParameters(request).getQueryString();
    }

    /**
     * The entry a stored search came from: words as {@code zoek}, facets as {@code filters}. A search keeps no
     * order within a facet, so the codes come back sorted, facets in their fixed order.
     */
    static TaxonomySource.EntrySource entryOf(AudienceEntry entry) {
        SearchRequest request = SearchUrl.parse(QueryParameters.fromString(entry.search()));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!request.selected(facet).isEmpty()) {
                filters.put(
                        facet.parameter(),
                        request.selected(facet).stream().sorted().toList());
            }
        }
        String words = request.query().isBlank() ? null : request.query().strip();
        return new TaxonomySource.EntrySource(entry.label(), words, filters);
    }
}
