package be.wegwijzer.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy a Dutch text reads, by the Flesch-Douma formula: {@code 206.835 − 0.93 × words per sentence − 77 ×
 * syllables per word}. Higher is easier; plain-language texts for a wide public score 60 or more. A formula only
 * sees the length of sentences and words, so it is a hint for editors, not a verdict.
 *
 * @param words     words counted
 * @param sentences sentences counted (at least 1 when there are words)
 * @param syllables syllables counted over all words
 */
public record Readability(int words, int sentences, int syllables) {

    /** Vowel units that are one syllable in Dutch, longest first so that "ieu" wins over "ie". */
    private static final List<String> ONE_SYLLABLE = List.of(
            "aai", "ooi", "oei", "ieu", "eeu", "ij", "ei", "oe", "ui", "au", "ou", "eu", "ie", "aa", "ee", "oo", "uu");

    private static final String VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü";
    /** A diaeresis starts a new syllable: geïnteresseerd, ideeën, coöperatie. */
    private static final String DIAERESIS = "äëïöü";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s|$)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");
    private static final Pattern BLOCK_START = Pattern.compile("\\s{0,3}(?:#{1,6}|>|[-*+]|\\d+\\.|\\|)\\s");
    private static final Pattern HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s");
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("^\\s{0,3}(?:#{1,6}|>|[-*+]|\\d+\\.)\\s+|[*_`|]");

    /** Reads a text: plain text or Markdown (links count by their text, addresses are left out). */
    public static Readability of(String text) {
        if (text == null || text.isBlank()) {
            return new Readability(0, 0, 0);
        }
        String plain = URL.matcher(MARKDOWN_LINK.matcher(text).replaceAll("$1")).replaceAll(" ");
        // A paragraph runs until a blank line; a heading or a list item is a block of its own, with or without a full
        // stop.
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : plain.split("\\R")) {
            boolean startsBlock = BLOCK_START.matcher(line).lookingAt();
            if (line.isBlank() || startsBlock) {
                blocks.add(block.toString());
                block.setLength(0);
            }
            block.append(MARKDOWN_SYNTAX.matcher(line).replaceAll(" ")).append(' ');
            if (HEADING.matcher(line).lookingAt()) {
                blocks.add(block.toString());
                block.setLength(0);
            }
        }
        blocks.add(block.toString());
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (String b : blocks) {
            for (String sentence : SENTENCE_END.split(b)) {
                Matcher word = WORD.matcher(sentence);
                int before = words;
                while (word.find()) {
                    words++;
                    syllables += syllables(word.group());
                }
                if (words > before) {
                    sentences++;
                }
            }
        }
        return new Readability(words, sentences, syllables);
    }

    /** The syllables of one Dutch word, counted by vowel groups; a word without vowels (kmo's "HR", "2026") counts one. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int count = 0;
        int i = 0;
        while (i < w.length()) {
            if (!isVowel(w.charAt(i))) {
                i++;
                continue;
            }
            // one vowel group: split it into units that are one syllable each
            int end = i;
            while (end < w.length()
                    && (isVowel(w.charAt(end)) || (w.charAt(end) == 'j' && end > i && w.charAt(end - 1) == 'i'))) {
                end++;
            }
            count += unitsIn(w.substring(i, end));
            i = end;
        }
        return Math.max(1, count);
    }

    private static int unitsIn(String group) {
        int units = 0;
        int i = 0;
        while (i < group.length()) {
            int length = 1;
            if (DIAERESIS.indexOf(group.charAt(i)) < 0) {
                for (String unit : ONE_SYLLABLE) {
                    if (group.startsWith(unit, i)) {
                        length = unit.length();
                        break;
                    }
                }
            }
            units++;
            i += length;
        }
        return units;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** The Flesch-Douma score; {@link Double#NaN} for a text without words. */
    public double score() {
        if (words == 0) {
            return Double.NaN;
        }
        return 206.835 - 0.93 * ((double) words / sentences) - 77 * ((double) syllables / words);
    }

    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    public Level level() {
        return Level.of(score());
    }

    /** Plain labels for ranges of the score, the usual Flesch-Douma bands. */
    public enum Level {
        NONE(Double.NEGATIVE_INFINITY, "nog geen tekst"),
        VERY_HARD(Double.NEGATIVE_INFINITY, "zeer moeilijk leesbaar"),
        HARD(30, "moeilijk leesbaar"),
        FAIRLY_HARD(45, "vrij moeilijk leesbaar"),
        AVERAGE(60, "gemiddeld leesbaar"),
        FLUENT(70, "vlot leesbaar"),
        EASY(80, "makkelijk leesbaar");

        /** The score from which this level starts. */
        private final double from;

        private final String label;

        Level(double from, String label) {
            this.from = from;
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** At or above 60: plain enough for a portal that every company should understand. */
        public boolean plainEnough() {
            return compareTo(AVERAGE) >= 0;
        }

        static Level of(double score) {
            if (Double.isNaN(score)) {
                return NONE;
            }
            Level level = VERY_HARD;
            for (Level candidate : values()) {
                if (candidate != NONE && score >= candidate.from) {
                    level = candidate;
                }
            }
            return level;
        }
    }
}
