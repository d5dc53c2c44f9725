package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * "Bedoelde je …?": words of a query that no item contains are replaced by the closest word that items do contain
 * (in the unstemmed {@link ItemIndex#SPELL} field, most frequent first among equally close words; the backend finds
 * it, see {@link IndexAccess#correction}). Known words, numbers and very short words are left alone.
 */
final class Spelling {

    /** Words shorter than this are not corrected: too many near neighbours. */
    static final int MIN_LENGTH = 4;

    static final int MAX_EDITS = 2;
    /** The first letter is taken as typed: few typos start a word, and it keeps the candidates few. */
    static final int MIN_PREFIX = 1;
    /** How similar (0–1) a correction must be. */
    static final float ACCURACY = 0.7f;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Analyzer FOLD = DutchAnalysis.autocompleteQuery();

    private Spelling() {}

    /** @param correction the correction of a folded word, empty when it is known or nothing is close */
    static Optional<String> suggest(String query, Function<String, Optional<String>> correction) {
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        Matcher m = WORD.matcher(query);
        int last = 0;
        while (m.find()) {
            corrected.append(query, last, m.start());
            String word = m.group();
            String folded = String.join("", Synonyms.analyse(FOLD, word));
            String replacement = word;
            if (folded.length() >= MIN_LENGTH && !folded.chars().allMatch(Character::isDigit)) {
                Optional<String> found = correction.apply(folded);
                if (found.isPresent()) {
                    replacement = found.get();
                    changed = true;
                }
            }
            corrected.append(replacement);
            last = m.end();
        }
        corrected.append(query.substring(last));
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}
