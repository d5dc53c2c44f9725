package be.wegwijzer.contentimport;

import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;

/** Turns an "Ik wil …" entry of doelgroepen.yml into the search it opens. */
final class AudienceEntries {

    private AudienceEntries() {
    }

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
}
