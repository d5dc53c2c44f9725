package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** The editors' list search: all items, any status, filtered and sorted for the editors' overview. */
final class EditorSearch {

    private static final Set<SimpleQueryFlag> QUERY_SYNTAX = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE);

    private EditorSearch() {}

    static Page<EditorRow> search(SearchSession session, EditorQuery query, Pageable pageable) {
        SearchScope<Item> scope = session.scope(Item.class);
        SearchPredicateFactory f = scope.predicate();
        var bool = f.bool().must(f.matchAll());
        QueryText text = QueryText.of(query.text());
        if (!text.isBlank()) {
            bool = bool.must(f.bool()
                    .should(editorText(f, text.text()))
                    .should(f.match()
                            .field("slug")
                            .matching(text.text().toLowerCase(), ValueModel.INDEX)
                            .boost(10f)));
        }
        if (query.status() != null) {
            bool = bool.filter(
                    f.match().field(ItemIndex.STATUS).matching(query.status().name(), ValueModel.INDEX));
        }
        if (query.type() != null) {
            bool = bool.filter(
                    f.match().field(ItemIndex.TYPE).matching(query.type().name(), ValueModel.INDEX));
        }
        if (query.ownerSlug() != null) {
            bool = bool.filter(f.match().field(ItemIndex.OWNER).matching(query.ownerSlug(), ValueModel.INDEX));
        }
        if (query.reviewBefore() != null) {
            bool = bool.filter(f.range().field(ItemIndex.REVIEW_BY).atMost(query.reviewBefore()));
        }
        SearchSortFactory s = scope.sort();
        var sort = text.isBlank()
                ? s.field(ItemIndex.UPDATED_AT)
                        .desc()
                        .then()
                        .field(ItemIndex.TITLE_SORT)
                        .toSort()
                : s.score().then().field(ItemIndex.TITLE_SORT).toSort();
        SearchResult<EditorRow> result = session.search(scope)
                .select(EditorRow.class)
                .where(bool.toPredicate())
                .sort(sort)
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /** The editors' search: the simple query syntax over the same fields, all words required. */
    private static SearchPredicate editorText(SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field(ItemIndex.TITLE)
                .boost(TextQuery.TITLE_BOOST)
                .field(ItemIndex.SUMMARY)
                .boost(TextQuery.SUMMARY_BOOST)
                .field(ItemIndex.KEYWORDS)
                .boost(TextQuery.KEYWORDS_BOOST)
                .field(ItemIndex.BODY)
                .matching(text)
                .defaultOperator(BooleanOperator.AND)
                .flags(QUERY_SYNTAX)
                .toPredicate();
    }
}
