package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import org.hibernate.search.engine.search.highlighter.SearchHighlighter;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/** The highlighters of the summary and body snippets on a page of {@link ItemHit}s. */
record Highlighters(SearchHighlighter html, SearchHighlighter summary, SearchHighlighter body) {
    /**
     * The summary always comes back (escaped, with marks where it matched); the body only where it matched. Where the
     * HTML encoding goes depends on the backend: {@link IndexAccess.Factory#encodesHighlightsOncePerQuery()}.
     */
    Highlighters(SearchScope<Item> scope, boolean encodeOncePerQuery) {
        this(
                encodeOncePerQuery
                        ? scope.highlighter()
                                .plain()
                                .encoder(HighlighterEncoder.HTML)
                                .toHighlighter()
                        : null,
                scope.highlighter()
                        .plain()
                        .tag("<mark>", "</mark>")
                        .encoder(encodeOncePerQuery ? null : HighlighterEncoder.HTML)
                        .noMatchSize(Item.SUMMARY_MAX_LENGTH)
                        .fragmentSize(Item.SUMMARY_MAX_LENGTH)
                        .numberOfFragments(1)
                        .toHighlighter(),
                // the body is long: the fast-vector highlighter reads the stored term vectors instead of
                // re-analysing
                scope.highlighter()
                        .fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(encodeOncePerQuery ? null : HighlighterEncoder.HTML)
                        .fragmentSize(180)
                        .numberOfFragments(1)
                        .toHighlighter());
    }

    SearchQueryOptionsStep<?, ?, ItemHit, ?, ?, ?> on(SearchQueryOptionsStep<?, ?, ItemHit, ?, ?, ?> query) {
        SearchQueryOptionsStep<?, ?, ItemHit, ?, ?, ?> encoded = html == null ? query : query.highlighter(html);
        return encoded.highlighter(ItemSearchRepositoryImpl.SUMMARY_HIGHLIGHTER, summary)
                .highlighter(ItemSearchRepositoryImpl.BODY_HIGHLIGHTER, body);
    }
}
