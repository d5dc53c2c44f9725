package be.wegwijzer.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a Dutch compound typed in a query into words of the corpus's compound word list (the same list the index
 * splits with): "werkbaarheidscheck" → werkbaarheid + check, "thuiswerkregels" → thuiswerk + regels. Dutch glues
 * parts with a linking "s" or "e(n)" (werkbaarheid-s-cheque), so those may sit between two parts.
 */
public final class Compounds {

    static final int MIN_PART = DutchAnalysis.MIN_SUBWORD;
    /** An unlisted last part must be at least this long, so a stray ending is not taken for a word. */
    static final int MIN_OPEN_TAIL = 6;

    private static final List<String> LINKS = List.of("", "s", "e", "en");

    private final Set<String> words;

    Compounds(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The word list shipped with the portal ({@link DutchAnalysis#COMPOUND_WORDS}). */
    public static Compounds load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Compounds.class.getClassLoader().getResourceAsStream(DutchAnalysis.COMPOUND_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DutchAnalysis.COMPOUND_WORDS);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(Compounds::fold)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Compounds(words);
    }

    /**
     * The parts of a compound, fewest parts first (so the longest known words win); empty when the word is not a
     * compound of known words. A word that is itself in the list is still split when it can be, because a query
     * word may be rarer as a whole than its parts are.
     */
    public List<String> split(String word) {
        String folded = fold(word);
        if (folded.length() < 2 * MIN_PART) {
            return List.of();
        }
        List<String> best = split(folded, 0, false);
        if (best == null) {
            best = split(folded, 0, true);
        }
        return best == null || best.size() < 2 ? List.of() : best;
    }

    /**
     * @param openTail whether the last part may be a word the list does not know ("leiderschaps|training": training
     *                 is too rare in the corpus to be listed, but it is still what the searcher asks about)
     */
    private List<String> split(String word, int depth, boolean openTail) {
        if (depth > 0 && (words.contains(word) || openTail && word.length() >= MIN_OPEN_TAIL)) {
            return List.of(word);
        }
        if (depth >= 3) {
            return null;
        }
        List<String> best = null;
        for (int end = word.length() - MIN_PART; end >= MIN_PART; end--) {
            String head = word.substring(0, end);
            if (!words.contains(head)) {
                continue;
            }
            // an unlisted tail could swallow the linking letter ("straining"): try the links before no link
            for (String link : openTail ? LINKS.reversed() : LINKS) {
                if (!word.startsWith(link, end)) {
                    continue;
                }
                String rest = word.substring(end + link.length());
                if (rest.length() < MIN_PART) {
                    continue;
                }
                List<String> tail = split(rest, depth + 1, openTail);
                if (tail != null && (best == null || tail.size() + 1 < best.size())) {
                    List<String> parts = new ArrayList<>();
                    parts.add(head);
                    parts.addAll(tail);
                    best = parts;
                }
            }
        }
        return best;
    }

    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
