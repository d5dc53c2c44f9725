package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Bedoelde je …?": words of a query that no item contains are replaced by the closest word that items do contain
 * (Lucene's {@link DirectSpellChecker} over the unstemmed {@link ItemIndex#SPELL} field, most frequent first among
 * equally close words). Known words, numbers and very short words are left alone.
 */
final class Spelling {

    /** Words shorter than this are not corrected: too many near neighbours. */
    static final int MIN_LENGTH = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Analyzer FOLD = DutchAnalysis.autocompleteQuery();

    private Spelling() {
    }

    static Optional<String> suggest(String query, IndexReader reader) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setAccuracy(0.7f);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        Matcher m = WORD.matcher(query);
        int last = 0;
        try {
            while (m.find()) {
                corrected.append(query, last, m.start());
                String word = m.group();
                String folded = String.join("", Synonyms.analyse(FOLD, word));
                String replacement = word;
                if (folded.length() >= MIN_LENGTH && !folded.chars().allMatch(Character::isDigit)
                        && reader.docFreq(new Term(ItemIndex.SPELL, folded)) == 0) {
                    SuggestWord[] found = checker.suggestSimilar(new Term(ItemIndex.SPELL, folded), 1, reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (found.length > 0) {
                        replacement = found[0].string;
                        changed = true;
                    }
                }
                corrected.append(replacement);
                last = m.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        corrected.append(query.substring(last));
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
