package be.wegwijzer.whohelps;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.OrganisationContact;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Wie helpt: organisations by theme, sector, region, size and kind. The order is shuffled with a seed per
 * visitor, so no organisation is systematically first (the portal is neutral about providers).
 */
@Service
public class WhoHelpsService {

    static final int MAX_ORGANISATIONS = 1000;

    private final SearchService search;
    private final CatalogService catalog;

    WhoHelpsService(SearchService search, CatalogService catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    public record Helper(ItemHit organisation, OrganisationContact contact) {}

    /**
     * @param filters facet values (theme, sector, region, size, kind); the type is always organisation
     * @param seed    the visitor's shuffle seed; the same seed gives the same order
     */
    public List<Helper> find(Map<Facet, Set<String>> filters, long seed) {
        SearchRequest request = SearchRequest.of("").withFilter(Facet.TYPE, ItemType.ORGANISATIE.segment());
        for (var filter : filters.entrySet()) {
            if (filter.getKey() != Facet.TYPE) {
                request = request.withFilter(filter.getKey(), filter.getValue().toArray(String[]::new));
            }
        }
        List<ItemHit> hits = new ArrayList<>(search.all(request, MAX_ORGANISATIONS));
        // sort first so the shuffle does not depend on the index order
        hits.sort(Comparator.comparing(ItemHit::slug));
        Collections.shuffle(hits, new Random(seed));
        Map<String, OrganisationContact> contacts =
                catalog.organisationContacts(hits.stream().map(ItemHit::slug).toList());
        return hits.stream().map(h -> new Helper(h, contacts.get(h.slug()))).toList();
    }
}
