package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.search.ItemSearchRepository.SimilarRequest;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The "similar items" query: published items sharing themes (and sectors, sizes) with the one being read. */
final class SimilarItems {

    /** Similar items: every shared theme counts, an explicitly shared sector a bit more. */
    static final float SIMILAR_THEME_BOOST = 2f;

    static final float SIMILAR_SECTOR_BOOST = 1.5f;

    private SimilarItems() {}

    static List<ItemHit> find(
            SearchSession session, SimilarRequest request, LocalDate today, boolean encodeHighlightsOncePerQuery) {
        if (request.themes().isEmpty() || request.types().isEmpty()) {
            return List.of();
        }
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        // The first theme is what the caller is about; the others widen the net with less weight.
        var themes = f.bool();
        List<String> themeCodes = List.copyOf(request.themes());
        for (int i = 0; i < themeCodes.size(); i++) {
            themes.should(f.match()
                    .field(ItemIndex.THEME)
                    .matching(themeCodes.get(i), ValueModel.INDEX)
                    .boost(i == 0 ? SIMILAR_THEME_BOOST * 2 : SIMILAR_THEME_BOOST));
        }
        var bool = f.bool()
                .filter(f.match().field(ItemIndex.STATUS).matching(ItemStatus.GEPUBLICEERD.name(), ValueModel.INDEX))
                .filter(f.terms()
                        .field(ItemIndex.TYPE)
                        .matchingAny(request.types().stream().map(Enum::name).toList(), ValueModel.INDEX))
                .must(themes)
                // ended measures and past activities are no suggestion
                .mustNot(f.range().field(ItemIndex.DEADLINE).lessThan(today));
        if (!request.excludeSlugs().isEmpty()) {
            bool = bool.mustNot(f.terms().field("slug").matchingAny(request.excludeSlugs(), ValueModel.INDEX));
        }
        for (String sector : request.sectors()) {
            bool = bool.should(f.match()
                    .field(ItemIndex.SECTOR)
                    .matching(sector, ValueModel.INDEX)
                    .boost(SIMILAR_SECTOR_BOOST));
        }
        for (String size : request.sizes()) {
            bool = bool.should(f.match().field(ItemIndex.SIZE).matching(size, ValueModel.INDEX));
        }
        Highlighters highlighters = new Highlighters(scope, encodeHighlightsOncePerQuery);
        return highlighters
                .on(session.search(scope)
                        .select(ItemHit.class)
                        .where(bool.toPredicate())
                        .sort(scope.sort()
                                .score()
                                .then()
                                .field(ItemIndex.TITLE_SORT)
                                .toSort()))
                .fetchHits(request.limit());
    }
}
