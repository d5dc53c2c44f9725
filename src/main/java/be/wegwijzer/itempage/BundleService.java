package be.wegwijzer.itempage;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.ItemSearchRepository.SimilarRequest;
import be.wegwijzer.search.SearchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The bundles on an item page. Explicit relations come first (editors chose them); when a group has fewer than
 * {@link #PER_GROUP} items, items that share themes and sector fill it, so every page offers a next step.
 */
@Service
public class BundleService {

    static final int PER_GROUP = 3;

    private final SearchService search;

    BundleService(SearchService search) {
        this.search = search;
    }

    public List<Bundle> bundles(ItemPage page) {
        Item item = page.item();
        Set<String> shown = new LinkedHashSet<>();
        shown.add(item.getSlug());
        page.related().values().forEach(cards -> cards.forEach(c -> shown.add(c.slug())));
        page.offers().forEach(c -> shown.add(c.slug()));
        if (item.getOwner() != null) {
            shown.add(item.getOwner().getSlug());
        }
        List<String> themes =
                item.classification().getThemes().stream().map(Theme::getCode).toList();
        List<String> sectors =
                item.classification().getSectors().stream().map(Sector::getCode).toList();
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle.Kind kind : Bundle.Kind.values()) {
            List<ItemCard> cards = new ArrayList<>();
            kind.types().forEach(type -> cards.addAll(page.related().getOrDefault(type, List.of())));
            if (kind.filledWithSimilar() && cards.size() < PER_GROUP && !isOwnOffer(item, kind)) {
                search
                        .similar(new SimilarRequest(
                                kind.types(), themes, sectors, List.of(), shown, PER_GROUP - cards.size()))
                        .stream()
                        .map(ItemHit::card)
                        .forEach(card -> {
                            cards.add(card);
                            shown.add(card.slug());
                        });
            }
            if (!cards.isEmpty()) {
                bundles.add(new Bundle(kind, cards));
            }
        }
        return bundles;
    }

    /** An organisation page lists what it offers itself; other organisations are no "who helps" filler there. */
    private static boolean isOwnOffer(Item item, Bundle.Kind kind) {
        return item.getType() == ItemType.ORGANISATIE && kind == Bundle.Kind.HELPERS;
    }
}
