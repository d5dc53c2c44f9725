package be.wegwijzer.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A word-level Markov chain of order two, trained on real text of the corpus. It writes new sentences that use
 * the corpus' own words in the corpus' own proportions and short phrases ("werkbaar werk", "sociaal overleg"), so
 * the Dutch analysis chain, term statistics and phrase queries see realistic Dutch instead of lorem ipsum.
 * Training order and the given {@link Random} make the output deterministic.
 */
final class DutchTextModel {

    private static final String START = "\u0002";
    private static final String END = "\u0003";

    /** State "w1 w2" to every word that followed it in the corpus (duplicates keep the frequencies). */
    private final Map<String, List<String>> next = new HashMap<>();

    void train(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        String w1 = START;
        String w2 = START;
        for (String word : words) {
            next.computeIfAbsent(w1 + ' ' + w2, k -> new ArrayList<>()).add(word);
            w1 = w2;
            w2 = word;
        }
        next.computeIfAbsent(w1 + ' ' + w2, k -> new ArrayList<>()).add(END);
    }

    boolean isEmpty() {
        return next.isEmpty();
    }

    /** One text unit (a title, summary, paragraph or list item) of at most {@code maxChars} characters. */
    String generate(Random random, int maxChars) {
        StringBuilder text = new StringBuilder();
        String w1 = START;
        String w2 = START;
        while (true) {
            List<String> candidates = next.get(w1 + ' ' + w2);
            if (candidates == null) {
                break;
            }
            String word = candidates.get(random.nextInt(candidates.size()));
            if (word.equals(END)) {
                break;
            }
            if (text.length() + 1 + word.length() > maxChars) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word);
            w1 = w2;
            w2 = word;
        }
        return text.toString();
    }
}
