package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The full-text part of a search, built from a {@link QueryPlan}. Each concept matches as typed (in title, summary,
 * keywords and body, weighted in that order), through its synonyms, through the parts of a compound, and — only
 * when the word is (nearly) unknown to the index — fuzzily, so a typo finds what was meant without flooding
 * common words with look-alikes. The weights keep exact matches above synonyms, parts and typos.
 */
final class TextQuery {

    /** Title weighs more than summary, summary more than keywords (taxonomy labels, owner), those more than body. */
    static final float TITLE_BOOST = 4f;

    static final float SUMMARY_BOOST = 2f;
    static final float KEYWORDS_BOOST = 1.5f;
    /** A synonym counts a bit less than the word itself, so items using the searcher's own word come first. */
    static final float SYNONYM_WEIGHT = 0.5f;
    /** All parts of a compound in an item, but not as one word: relevant, though less surely than the word. */
    static final float COMPOUND_WEIGHT = 0.6f;
    /** A look-alike of a word the index does not know: found, but never above a real match. */
    static final float FUZZY_WEIGHT = 0.3f;
    /** Several query words together in the title, in order. */
    static final float TITLE_PHRASE_BOOST = 3f;
    /** The query is the whole title (case and accents aside): almost certainly what was looked for. */
    static final float EXACT_TITLE_BOOST = 10f;
    /** Items of a type the query names ("subsidie" → measures): a lift of about one good field match. */
    static final float WANTED_TYPE_BOOST = 8f;
    /** The analyser the full-text fields are searched with, for synonyms passed to the backend as analysed terms. */
    private static final Analyzer QUERY_ANALYZER = DutchAnalysis.query();
    /** Words as typed (lowercase, folded, no stop words removed): to see what analysis left out of a synonym. */
    private static final Analyzer WORDS = DutchAnalysis.autocompleteQuery();

    static final List<String> FULL_TEXT_FIELDS =
            List.of(ItemIndex.TITLE, ItemIndex.SUMMARY, ItemIndex.KEYWORDS, ItemIndex.BODY);
    private static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    /** A compound in fewer items than this is also looked for as its parts. */
    static final int COMPOUND_RARE = 3;
    /** A word in fewer items than this may be a typo, and is also matched fuzzily. */
    static final int RARE = 2;

    /** How many concepts an item must match. */
    enum Strictness {
        /** Every concept, or for long queries (questions) all but a few, so "hoe", "ik" and "mijn" do not decide. */
        MOST,
        /** At least one concept: the fallback when MOST finds nothing. */
        ANY
    }

    private TextQuery() {}

    /**
     * @param index         term statistics (for deciding on compound parts and fuzzy matching) and the best-synonym query
     * @param constantScale see {@link IndexAccess.Factory#constantScoreScale()}
     */
    static SearchPredicate of(
            SearchPredicateFactory f, QueryPlan plan, Strictness strictness, IndexAccess index, float constantScale) {
        List<PredicateFinalStep> required = new ArrayList<>();
        List<PredicateFinalStep> optional = new ArrayList<>();
        plan.concepts().forEach(c -> (c.optional() ? optional : required).add(concept(f, c, index)));
        plan.phrases().forEach(p -> required.add(words(f, p, true, 1f)));
        if (required.isEmpty()) {
            // only type words ("welke subsidies"): then they are what the query is about
            required.addAll(optional);
            optional.clear();
        }

        BooleanPredicateClausesStep<?, ?> text = f.bool();
        if (required.isEmpty()) {
            text = text.must(f.matchAll());
        } else {
            BooleanPredicateClausesStep<?, ?> all = f.bool();
            required.forEach(all::should);
            all = all.minimumShouldMatchNumber(strictness == Strictness.ANY ? 1 : needed(required.size()));
            text = text.must(all);
        }
        optional.forEach(text::should);
        for (String excluded : plan.excluded()) {
            text = text.mustNot(words(f, excluded, QueryPlan.isMultiWord(excluded), 1f));
        }
        if (plan.concepts().size() + plan.phrases().size() > 1) {
            text = text.should(f.phrase()
                    .field(ItemIndex.TITLE)
                    .matching(plan.text())
                    .slop(1)
                    .boost(TITLE_PHRASE_BOOST));
        }
        for (ItemType type : plan.wantedTypes()) {
            text = text.should(f.match()
                    .field(ItemIndex.TYPE)
                    .matching(type.name(), ValueModel.INDEX)
                    .constantScore()
                    .boost(WANTED_TYPE_BOOST * constantScale));
        }
        String bare = plan.text().replace("\"", "").strip();
        if (!bare.isEmpty()) {
            text = text.should(
                    f.match().field(ItemIndex.TITLE_SORT).matching(bare).boost(EXACT_TITLE_BOOST));
        }
        return text.toPredicate();
    }

    /** Two words: both; three or four: all but one; more (a question): all but a third. */
    static int needed(int concepts) {
        if (concepts <= 2) {
            return concepts;
        }
        if (concepts <= 4) {
            return concepts - 1;
        }
        return (int) Math.ceil(concepts * 2 / 3.0);
    }

    private static PredicateFinalStep concept(SearchPredicateFactory f, QueryPlan.Concept concept, IndexAccess index) {
        BooleanPredicateClausesStep<?, ?> any = f.bool().should(words(f, concept.text(), concept.isPhrase(), 1f));
        List<List<String>> synonyms = concept.synonyms().stream()
                .map(TextQuery::synonymTerms)
                .filter(terms -> !terms.isEmpty())
                .toList();
        if (!synonyms.isEmpty()) {
            // the best-matching synonym, not the sum of all: an item that says "stress" and "werkstress" must not
            // outrank one with the searcher's own word "werkdruk" just for using two synonyms
            any = any.should(index.bestOf(f, synonyms, FIELD_BOOSTS, SYNONYM_WEIGHT));
        }
        int itemsWithWord = index.docFreq(concept.stem());
        // parts only for a word the index (nearly) lacks: a known compound is found as itself, and matching its
        // parts ("werk" + "druk") runs through huge posting lists for little gain
        if (concept.parts().size() > 1 && itemsWithWord < COMPOUND_RARE) {
            BooleanPredicateClausesStep<?, ?> parts = f.bool();
            for (QueryPlan.Part part : concept.parts()) {
                BooleanPredicateClausesStep<?, ?> partOrSynonym = f.bool().should(words(f, part.text(), false, 1f));
                for (String synonym : part.synonyms()) {
                    partOrSynonym =
                            partOrSynonym.should(words(f, synonym, QueryPlan.isMultiWord(synonym), SYNONYM_WEIGHT));
                }
                parts = parts.must(partOrSynonym);
            }
            any = any.should(parts.boost(COMPOUND_WEIGHT));
        }
        if (itemsWithWord < RARE) {
            fuzzy(f, concept.text()).ifPresent(any::should);
        }
        return any;
    }

    /** The word matched with typos allowed per part (a hyphenated word has several); short parts must be exact. */
    private static Optional<PredicateFinalStep> fuzzy(SearchPredicateFactory f, String word) {
        List<String> tokens = Arrays.stream(word.split("[^\\p{L}\\p{N}]+"))
                .filter(t -> !t.isEmpty())
                .toList();
        if (tokens.stream().allMatch(t -> maxEdits(t) == 0)) {
            return Optional.empty();
        }
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        for (String token : tokens) {
            int edits = maxEdits(token);
            var match = f.match()
                    .field(ItemIndex.TITLE)
                    .boost(TITLE_BOOST)
                    .field(ItemIndex.SUMMARY)
                    .boost(SUMMARY_BOOST)
                    .field(ItemIndex.KEYWORDS)
                    .boost(KEYWORDS_BOOST)
                    .field(ItemIndex.BODY)
                    .matching(token);
            all = all.must(edits == 0 ? match : match.fuzzy(edits, 1));
        }
        return Optional.of(all.boost(FUZZY_WEIGHT));
    }

    /**
     * A synonym as analysed terms, or none when stop words reduced a phrase to one word: "te veel werk" would become
     * "werk", which every item has ("te" and "veel" are stop words).
     */
    static List<String> synonymTerms(String synonym) {
        List<String> terms = Synonyms.analyse(QUERY_ANALYZER, synonym);
        boolean shrankToOneWord =
                terms.size() == 1 && Synonyms.analyse(WORDS, synonym).size() > 1;
        return shrankToOneWord ? List.of() : terms;
    }

    /** Edit distance allowed for a word of this length: none for short words, one up to six letters, then two. */
    static int maxEdits(String word) {
        int length = word.length();
        return length < 4 ? 0 : length <= 6 ? 1 : 2;
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(ItemIndex.TITLE, TITLE_BOOST);
        boosts.put(ItemIndex.SUMMARY, SUMMARY_BOOST);
        boosts.put(ItemIndex.KEYWORDS, KEYWORDS_BOOST);
        boosts.put(ItemIndex.BODY, 1f);
        return Collections.unmodifiableMap(boosts);
    }

    private static PredicateFinalStep words(SearchPredicateFactory f, String text, boolean phrase, float weight) {
        if (phrase) {
            return f.phrase()
                    .field(ItemIndex.TITLE)
                    .boost(TITLE_BOOST)
                    .field(ItemIndex.SUMMARY)
                    .boost(SUMMARY_BOOST)
                    .field(ItemIndex.KEYWORDS)
                    .boost(KEYWORDS_BOOST)
                    .field(ItemIndex.BODY)
                    .matching(text)
                    .slop(1)
                    .boost(weight);
        }
        return f.match()
                .field(ItemIndex.TITLE)
                .boost(TITLE_BOOST)
                .field(ItemIndex.SUMMARY)
                .boost(SUMMARY_BOOST)
                .field(ItemIndex.KEYWORDS)
                .boost(KEYWORDS_BOOST)
                .field(ItemIndex.BODY)
                .matching(text)
                .boost(weight);
    }
}
