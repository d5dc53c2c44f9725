package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The Dutch analysis chains of the item index (names in {@link ItemIndex}).
 *
 * <p>Index time: standard tokens, lowercase, accents folded (café = cafe), the plural "'s" of abbreviations
 * dropped (kmo's = kmo), Dutch stop words removed, compounds split over a word list built from the corpus
 * (werkstress also yields werk and stress), then Dutch stemming with a few overrides for irregular forms.
 * Query time is the same without the compound split: the parts of a query word would each match on their own
 * and widen the query far beyond what the searcher meant.
 */
@Component("dutchAnalysisConfigurer")
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Word list for the compound filter; rebuilt from the corpus with {@link CompoundWordListBuilder}. */
    public static final String COMPOUND_WORDS = "search/compound-words.txt";
    static final String STEM_OVERRIDES = "search/stem-overrides.txt";
    static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";
    static final int MIN_SUBWORD = 4;
    /** "kmo's", "cao's": the plural of an abbreviation is the abbreviation. */
    static final String ABBREVIATION_PLURAL = "^(.+)'s$";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ItemIndex.DUTCH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PatternReplaceFilterFactory.class)
                .param("pattern", ABBREVIATION_PLURAL).param("replacement", "$1").param("replace", "first")
                .tokenFilter(StopFilterFactory.class)
                .param("words", STOP_WORDS).param("format", "snowball").param("ignoreCase", "true")
                .tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
                .param("dictionary", COMPOUND_WORDS)
                .param("minWordSize", "7")
                .param("minSubwordSize", String.valueOf(MIN_SUBWORD))
                .param("maxSubwordSize", "20")
                .param("onlyLongestMatch", "true")
                .tokenFilter(StemmerOverrideFilterFactory.class).param("dictionary", STEM_OVERRIDES)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Dutch");

        context.analyzer(ItemIndex.DUTCH_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PatternReplaceFilterFactory.class)
                .param("pattern", ABBREVIATION_PLURAL).param("replacement", "$1").param("replace", "first")
                .tokenFilter(StopFilterFactory.class)
                .param("words", STOP_WORDS).param("format", "snowball").param("ignoreCase", "true")
                .tokenFilter(StemmerOverrideFilterFactory.class).param("dictionary", STEM_OVERRIDES)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "Dutch");

        context.analyzer(ItemIndex.AUTOCOMPLETE).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class).param("minGramSize", "2").param("maxGramSize", "20");
        context.analyzer(ItemIndex.AUTOCOMPLETE_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.normalizer(ItemIndex.SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
