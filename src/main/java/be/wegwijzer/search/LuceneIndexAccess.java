package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** {@link IndexAccess} on the local Lucene index: an index reader for statistics and spelling, Lucene queries for the rest. */
final class LuceneIndexAccess implements IndexAccess {

    private final IndexReader reader;

    private LuceneIndexAccess(IndexReader reader) {
        this.reader = reader;
    }

    static final Factory FACTORY = new Factory() {
        @Override
        public IndexAccess open(SearchSession session, SearchScope<Item> scope) {
            return new LuceneIndexAccess(scope.extension(LuceneExtension.get()).openIndexReader());
        }

        @Override
        public float constantScoreScale() {
            return 1f;
        }

        @Override
        public boolean encodesHighlightsOncePerQuery() {
            return false;
        }
    };

    @Override
    public int docFreq(String stems) {
        int rarest = Integer.MAX_VALUE;
        for (String stem : stems.split(" ")) {
            if (stem.isEmpty()) {
                continue;
            }
            int most = 0;
            try {
                for (String field : TextQuery.FULL_TEXT_FIELDS) {
                    most = Math.max(most, reader.docFreq(new Term(field, stem)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rarest = Math.min(rarest, most);
        }
        return rarest == Integer.MAX_VALUE ? 0 : rarest;
    }

    @Override
    public PredicateFinalStep bestOf(
            SearchPredicateFactory f, List<List<String>> alternatives, Map<String, Float> fieldWeights, float weight) {
        List<Query> each = new ArrayList<>();
        for (List<String> terms : alternatives) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            fieldWeights.forEach((field, boost) ->
                    fields.add(new BoostQuery(fieldQuery(field, terms), boost), BooleanClause.Occur.SHOULD));
            each.add(terms.size() == 1 ? fields.build() : new BoostQuery(fields.build(), 1f / terms.size()));
        }
        return f.extension(LuceneExtension.get())
                .fromLuceneQuery(new BoostQuery(new DisjunctionMaxQuery(each, 0f), weight));
    }

    private static Query fieldQuery(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
        terms.forEach(term -> phrase.add(new Term(field, term)));
        return phrase.build();
    }

    /** Lucene's {@link DirectSpellChecker}: most similar first, most frequent among equally similar. */
    @Override
    public Optional<String> correction(String foldedWord) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(Spelling.MAX_EDITS);
        checker.setMinPrefix(Spelling.MIN_PREFIX);
        checker.setMinQueryLength(Spelling.MIN_LENGTH);
        checker.setAccuracy(Spelling.ACCURACY);
        try {
            Term term = new Term(ItemIndex.SPELL, foldedWord);
            if (reader.docFreq(term) > 0) {
                return Optional.empty();
            }
            SuggestWord[] found = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return found.length == 0 ? Optional.empty() : Optional.of(found[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
