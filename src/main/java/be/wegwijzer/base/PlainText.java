package be.wegwijzer.base;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for fields that hold plain text, not Markdown or HTML: titles, summaries, labels, names, short
 * descriptions. The importer, the editor and the contributors' forms all ask this class, so a person gets the same
 * answer wherever they type; a new form (questions, feedback) reuses it.
 *
 * <p>Refused is what an HTML parser would turn into a tag, comment or processing instruction: {@code <} followed by a
 * letter, {@code /}, {@code !} or {@code ?}. A {@code <} before a digit, a space or {@code =} stays ordinary text, so
 * "minder dan <10 werknemers" and "< 50" are fine. Refused too are invisible characters that change how text is read
 * or shown: control characters (in a one-line field also tab and line breaks), and the direction overrides that can
 * make text display differently from what it says.
 */
public final class PlainText {

    /** What is wrong with a value, with a hint how to fix it, both in Dutch and addressed to the writer. */
    public record Problem(String message, String hint) {}

    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?][^\\s<>]{0,20}");

    private PlainText() {}

    /** A value on one line: no markup, no control characters, no line breaks. Null and empty are fine. */
    public static Optional<Problem> line(String value) {
        return check(value, false);
    }

    /** Plain text that may span several lines (a note, a description): line breaks are fine, markup is not. */
    public static Optional<Problem> text(String value) {
        return check(value, true);
    }

    public static boolean isLine(String value) {
        return line(value).isEmpty();
    }

    private static Optional<Problem> check(String value, boolean multiline) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Matcher markup = MARKUP.matcher(value);
        if (markup.find()) {
            return Optional.of(new Problem(
                    "'" + markup.group() + "' ziet eruit als HTML-opmaak; dit veld bevat alleen gewone tekst.",
                    "Verwijder de opmaak of schrijf het anders, bv. 'kleiner dan' in plaats van '<'. Een '<' voor een cijfer of "
                            + "spatie mag wel (minder dan <10 werknemers)."));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
            if (lineBreak && multiline) {
                continue;
            }
            if (lineBreak) {
                return Optional.of(new Problem(
                        "Dit veld bevat een regeleinde; het is één regel tekst.",
                        "Zet alles op één regel, bv. met een komma of een punt in plaats van de nieuwe regel."));
            }
            if (Character.getType(c) == Character.CONTROL || isDirectionOverride(c)) {
                return Optional.of(new Problem(
                        "Dit veld bevat een onzichtbaar stuurteken (" + codePoint(c) + ") op positie " + (i + 1) + ".",
                        c == '\t'
                                ? "Vervang de tab door een spatie."
                                : "Typ dat stuk opnieuw of plak de tekst als gewone tekst (zonder opmaak)."));
            }
        }
        return Optional.empty();
    }

    /** Left-to-right and right-to-left embeddings, overrides and isolates: they reorder how text is displayed. */
    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        String name = switch (c) {
            case '\t' -> " tab";
            case '\u0000' -> " nul";
            default -> "";
        };
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c) + name;
    }
}
