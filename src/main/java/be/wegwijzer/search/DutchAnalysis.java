package be.wegwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The Dutch analysis chains as plain Lucene analyzers, so that the index and the unit tests use the very same
 * objects.
 *
 * <p>Index time: standard tokens, lowercase, accents folded (café = cafe), the plural "'s" of abbreviations
 * dropped (kmo's = kmo), plurals the stemmer misses made singular (organisaties = organisatie), Dutch stop words removed, compounds split over a word list built from the corpus
 * (werkstress also yields werk and stress), then Dutch stemming with overrides for irregular forms. Query time is
 * the same without the compound split: the parts of a query word would each match on their own and widen the
 * query far beyond what the searcher meant.
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
    static final String E_PLURAL = "^(?!.*(?:ees|proces|succes|adres|congres|exces|abces|expres|kompres|progres|cipres)$)(.{3,}e)s$";
    /** "categorieën", "ideeën" (folded to -ieen, -eeen): the plural of a word in -ie or -ee. */
    static final String DIAERESIS_PLURAL = "^(.{2,}[ie]e)en$";

    private DutchAnalysis() {
    }

    public static Analyzer index() {
        return dutch(true);
    }

    public static Analyzer query() {
        return dutch(false);
    }

    /** Edge n-grams of every word, for type-ahead. */
    public static Analyzer autocomplete() {
        try {
            return CustomAnalyzer.builder(loader())
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(EdgeNGramFilterFactory.class, "minGramSize", "2", "maxGramSize", "20")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowercase and folded whole words: what a type-ahead prefix is compared with. */
    public static Analyzer autocompleteQuery() {
        try {
            return CustomAnalyzer.builder(loader())
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer dutch(boolean splitCompounds) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader())
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(PatternReplaceFilterFactory.class,
                            "pattern", ABBREVIATION_PLURAL, "replacement", "$1", "replace", "first")
                    .addTokenFilter(PatternReplaceFilterFactory.class,
                            "pattern", E_PLURAL, "replacement", "$1", "replace", "first")
                    .addTokenFilter(PatternReplaceFilterFactory.class,
                            "pattern", DIAERESIS_PLURAL, "replacement", "$1", "replace", "first")
                    .addTokenFilter(StopFilterFactory.class,
                            "words", STOP_WORDS, "format", "snowball", "ignoreCase", "true");
            if (splitCompounds) {
                builder.addTokenFilter(DictionaryCompoundWordTokenFilterFactory.class,
                        "dictionary", COMPOUND_WORDS,
                        "minWordSize", "7",
                        "minSubwordSize", String.valueOf(MIN_SUBWORD),
                        "maxSubwordSize", "20",
                        "onlyLongestMatch", "true");
            }
            return builder
                    .addTokenFilter(StemmerOverrideFilterFactory.class, "dictionary", STEM_OVERRIDES)
                    .addTokenFilter(SnowballPorterFilterFactory.class, "language", "Dutch")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the Dutch analysis resources", e);
        }
    }

    private static ClasspathResourceLoader loader() {
        return new ClasspathResourceLoader(DutchAnalysis.class.getClassLoader());
    }
}
