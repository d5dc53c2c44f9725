package be.wegwijzer.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns whatever a visitor typed into text the query parser can take: no control characters, no more than
 * {@link #MAX_LENGTH} characters and {@link #MAX_WORDS} words (a pasted page would otherwise become a query of
 * thousands of clauses). Quotes, brackets and operators are left to the lenient simple-query parser.
 *
 * @param truncated true when the text had to be shortened
 */
public record QueryText(String text, boolean truncated) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 24;

    public static QueryText of(String raw) {
        if (raw == null) {
            return new QueryText("", false);
        }
        String cleaned = raw.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200D]]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        boolean truncated = false;
        String[] words = cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
        if (words.length > MAX_WORDS) {
            cleaned = Arrays.stream(words).limit(MAX_WORDS).collect(Collectors.joining(" "));
            truncated = true;
        }
        if (cleaned.length() > MAX_LENGTH) {
            int cut = cleaned.lastIndexOf(' ', MAX_LENGTH);
            cleaned = cleaned.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
            truncated = true;
        }
        return new QueryText(cleaned, truncated);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Words as typed, for deciding whether a looser "any word" search makes sense. */
    public int wordCount() {
        return text.isBlank() ? 0 : text.split(" ").length;
    }
}
