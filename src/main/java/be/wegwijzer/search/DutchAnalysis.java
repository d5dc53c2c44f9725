package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The Dutch analysis, defined once as {@link Chain chains} of {@link Step steps} and built from that definition for
 * both backends: as plain Lucene analyzers here (the local index, and the unit tests use the very same objects), and
 * as OpenSearch analysis settings in {@link OpenSearchAnalysisConfigurer}. Both run the same Lucene filter classes, so
 * a word is analysed alike wherever the index lives.
 *
 * <p>Index time: standard tokens, lowercase, accents folded (café = cafe), the plural "'s" of abbreviations
 * dropped (kmo's = kmo), plurals the stemmer misses made singular (organisaties = organisatie), Dutch stop words
 * removed, compounds split over a word list built from the corpus (werkstress also yields werk and stress), then
 * Dutch stemming with overrides for irregular forms. Query time is the same without the compound split: the parts of
 * a query word would each match on their own and widen the query far beyond what the searcher meant.
 */
public final class DutchAnalysis {

    /** Word list for the compound filter; rebuilt from the corpus with {@link CompoundWordListBuilder}. */
    public static final String COMPOUND_WORDS = "search/compound-words.txt";

    static final String STEM_OVERRIDES = "search/stem-overrides.txt";
    static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";
    static final int MIN_SUBWORD = 4;
    /** "kmo's", "cao's": the plural of an abbreviation is the abbreviation. */
    static final String ABBREVIATION_PLURAL = "^(.+)'s$";
    /**
     * "organisaties", "subsidies", "campagnes": a plural in -s after a final e, which the Snowball stemmer keeps, so
     * singular and plural would never meet. Singular nouns that end in -es themselves (proces, adres, Portugees) stay.
     */
    static final String E_PLURAL =
            "^(?!.*(?:ees|proces|succes|adres|congres|exces|abces|expres|kompres|progres|cipres)$)(.{3,}e)s$";
    /** "categorieën", "ideeën" (folded to -ieen, -eeen): the plural of a word in -ie or -ee. */
    static final String DIAERESIS_PLURAL = "^(.{2,}[ie]e)en$";

    /** One token filter of a chain; every chain starts with the standard tokenizer. */
    sealed interface Step {}

    record Lowercase() implements Step {}

    record AsciiFolding() implements Step {}

    /** Replaces the first match of {@code pattern} in a token by its first group. */
    record KeepFirstGroup(String pattern) implements Step {}

    /** Removes the words of a classpath list in Snowball format. */
    record StopWords(String resource) implements Step {}

    /** Adds the dictionary words found inside longer words (the longest match at each position). */
    record Decompound(String dictionary, int minWordSize, int minSubwordSize, int maxSubwordSize) implements Step {}

    /** Fixed stems from a classpath list of {@code word<TAB>stem} lines, protected from the stemmer that follows. */
    record StemmerOverride(String dictionary) implements Step {}

    record Snowball(String language) implements Step {}

    record EdgeNGram(int minGram, int maxGram) implements Step {}

    /** A named analyzer: the standard tokenizer and these filters. */
    record Chain(String name, List<Step> steps) {}

    /** The full-text fields at index time. */
    static final Chain INDEX = dutch(ItemIndex.DUTCH, true);
    /** The full-text fields at query time. */
    static final Chain QUERY = dutch(ItemIndex.DUTCH_QUERY, false);
    /** Edge n-grams of every word, for type-ahead. */
    static final Chain AUTOCOMPLETE =
            new Chain(ItemIndex.AUTOCOMPLETE, List.of(new Lowercase(), new AsciiFolding(), new EdgeNGram(2, 20)));
    /** Lowercase and folded whole words: what a type-ahead prefix is compared with, and the spelling field. */
    static final Chain AUTOCOMPLETE_QUERY =
            new Chain(ItemIndex.AUTOCOMPLETE_QUERY, List.of(new Lowercase(), new AsciiFolding()));

    static final List<Chain> ANALYZERS = List.of(INDEX, QUERY, AUTOCOMPLETE, AUTOCOMPLETE_QUERY);
    /** The sort normalizer ({@link ItemIndex#SORT}): the whole value lowercased and folded. */
    static final List<Step> SORT_NORMALIZER = List.of(new Lowercase(), new AsciiFolding());

    private DutchAnalysis() {}

    public static Analyzer index() {
        return lucene(INDEX);
    }

    public static Analyzer query() {
        return lucene(QUERY);
    }

    public static Analyzer autocomplete() {
        return lucene(AUTOCOMPLETE);
    }

    public static Analyzer autocompleteQuery() {
        return lucene(AUTOCOMPLETE_QUERY);
    }

    private static Chain dutch(String name, boolean splitCompounds) {
        List<Step> steps = new ArrayList<>(List.of(
                new Lowercase(),
                new AsciiFolding(),
                new KeepFirstGroup(ABBREVIATION_PLURAL),
                new KeepFirstGroup(E_PLURAL),
                new KeepFirstGroup(DIAERESIS_PLURAL),
                new StopWords(STOP_WORDS)));
        if (splitCompounds) {
            steps.add(new Decompound(COMPOUND_WORDS, 7, MIN_SUBWORD, 20));
        }
        steps.add(new StemmerOverride(STEM_OVERRIDES));
        steps.add(new Snowball("Dutch"));
        return new Chain(name, List.copyOf(steps));
    }

    /** The chain as a Lucene analyzer, built from the same factories OpenSearch uses for its filter types. */
    static Analyzer lucene(Chain chain) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(
                            new ClasspathResourceLoader(DutchAnalysis.class.getClassLoader()))
                    .withTokenizer(StandardTokenizerFactory.class);
            for (Step step : chain.steps()) {
                switch (step) {
                    case Lowercase l -> builder.addTokenFilter(LowerCaseFilterFactory.class);
                    case AsciiFolding a -> builder.addTokenFilter(ASCIIFoldingFilterFactory.class);
                    case KeepFirstGroup k ->
                        builder.addTokenFilter(
                                PatternReplaceFilterFactory.class,
                                "pattern",
                                k.pattern(),
                                "replacement",
                                "$1",
                                "replace",
                                "first");
                    case StopWords s ->
                        builder.addTokenFilter(
                                StopFilterFactory.class,
                                "words",
                                s.resource(),
                                "format",
                                "snowball",
                                "ignoreCase",
                                "true");
                    case Decompound d ->
                        builder.addTokenFilter(
                                DictionaryCompoundWordTokenFilterFactory.class,
                                "dictionary",
                                d.dictionary(),
                                "minWordSize",
                                String.valueOf(d.minWordSize()),
                                "minSubwordSize",
                                String.valueOf(d.minSubwordSize()),
                                "maxSubwordSize",
                                String.valueOf(d.maxSubwordSize()),
                                "onlyLongestMatch",
                                "true");
                    case StemmerOverride o ->
                        builder.addTokenFilter(StemmerOverrideFilterFactory.class, "dictionary", o.dictionary());
                    case Snowball s ->
                        builder.addTokenFilter(SnowballPorterFilterFactory.class, "language", s.language());
                    case EdgeNGram e ->
                        builder.addTokenFilter(
                                EdgeNGramFilterFactory.class,
                                "minGramSize",
                                String.valueOf(e.minGram()),
                                "maxGramSize",
                                String.valueOf(e.maxGram()));
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the Dutch analysis resources of " + chain.name(), e);
        }
    }
}
