package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The few things a search needs that Hibernate Search's portable DSL does not offer: term statistics, a disjunction
 * max and spelling suggestions from the index vocabulary. {@link LuceneIndexAccess} reads the local index directly;
 * {@link OpenSearchIndexAccess} asks the cluster. Opened for one search and closed after it (it may hold a reader).
 */
interface IndexAccess extends AutoCloseable {

    /** The index of this portal's backend. */
    interface Factory {

        /** Opens the index for one search. */
        IndexAccess open(SearchSession session, SearchScope<Item> scope);

        /**
         * What a constant lift (a wanted type, an open measure, …) is multiplied by to weigh against word matches as
         * intended: 1 for Lucene; 2.2 for OpenSearch 2, which still scores BM25 with Lucene's former formula, (k1 + 1)
         * = 2.2 times the current one. Without it OpenSearch would halve every constant lift (SearchUnderstandingIT).
         */
        float constantScoreScale();

        /**
         * Whether the highlighters' HTML encoding goes once on the query (OpenSearch accepts it only there) rather than
         * on each highlighter (Lucene accepts a query-wide highlighter only of the same type as the others).
         */
        boolean encodesHighlightsOncePerQuery();
    }

    /**
     * In how many items a term occurs, in the full-text field where it is most frequent; for several space-separated
     * terms, the rarest.
     */
    int docFreq(String stems);

    /**
     * The best-scoring alternative, not the sum: each alternative is a list of analysed terms (one term, or a phrase
     * with slop 1), looked for in every field with its weight, the whole weighted by {@code weight}. A phrase scores
     * the sum of its words, so it is divided by their number.
     */
    PredicateFinalStep bestOf(
            SearchPredicateFactory f, List<List<String>> alternatives, Map<String, Float> fieldWeights, float weight);

    /** The closest word that items do contain in the spelling field, for a folded word no item contains. */
    Optional<String> correction(String foldedWord);

    @Override
    void close();
}
