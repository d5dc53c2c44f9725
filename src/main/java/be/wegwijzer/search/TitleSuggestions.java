package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The type-ahead: published titles with every typed word beginning one of their words. */
final class TitleSuggestions {

    /** Type-ahead: a title that starts with what was typed before one that only has a word starting with it. */
    private static final float TITLE_START_BOOST = 5f;
    /** Wildcard characters typed by a visitor are taken literally (dropped), never as a pattern. */
    private static final Pattern SORT_WILDCARD = Pattern.compile("[*?\\\\]");

    private TitleSuggestions() {}

    static List<TitleHit> startingWith(SearchSession session, String typed, int limit, float constantScoreScale) {
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        // every typed word must begin a word of the title (edge n-grams); a title that begins with the text ranks first
        var words = f.simpleQueryString()
                .field(ItemIndex.TITLE_AUTOCOMPLETE)
                .matching(typed)
                .defaultOperator(BooleanOperator.AND)
                .flags(Set.of());
        var where = f.bool()
                .filter(f.match().field(ItemIndex.STATUS).matching(ItemStatus.GEPUBLICEERD.name(), ValueModel.INDEX))
                .must(words)
                .should(f.wildcard()
                        .field(ItemIndex.TITLE_SORT)
                        .matching(SORT_WILDCARD
                                        .matcher(typed.toLowerCase(Locale.ROOT))
                                        .replaceAll("") + "*")
                        .boost(TITLE_START_BOOST * constantScoreScale));
        return session.search(scope)
                .select(TitleHit.class)
                .where(where.toPredicate())
                .sort(s -> s.score().then().field(ItemIndex.TITLE_SORT))
                .fetchHits(limit);
    }
}
