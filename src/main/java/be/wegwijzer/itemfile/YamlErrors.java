package be.wegwijzer.itemfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error into a problem at the line an editor has to change. The parser notices most mistakes
 * later than they were made: a quote that is never closed swallows the following lines, and the error lands where
 * the next quote happens to close it. Content files write every quoted value and every {@code [list]} on one line
 * (docs/content-format.md), so an opener that is not closed on its own line is where the mistake is.
 */
final class YamlErrors {

    /** The value of {@code key: value}, {@code - key: value} or a sequence element {@code - value}. */
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:-\\s+)*(?:[^\\s\"'#\\[{][^:#]*:(?:\\s+|$))?(.*)$");

    private YamlErrors() {}

    /**
     * @param yaml       the text that was parsed
     * @param lineOffset lines in the file before {@code yaml} (the front matter starts after the first '---')
     */
    static ContentProblem problem(String file, String yaml, int lineOffset, MarkedYAMLException e) {
        String[] lines = yaml.split("\n", -1);
        int problemLine = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
        for (int i = 0; i <= Math.min(problemLine, lines.length - 1); i++) {
            Unclosed unclosed = unclosed(lines[i]);
            if (unclosed == Unclosed.QUOTE) {
                return new ContentProblem(
                        file,
                        i + 1 + lineOffset,
                        "Ongeldige YAML: het aanhalingsteken aan het begin van de waarde wordt op deze regel niet gesloten.",
                        "Sluit de waarde op dezelfde regel af met hetzelfde aanhalingsteken. Staat er een ' in een waarde tussen "
                                + "'...'? Schrijf dan '' of zet de waarde tussen \"...\".");
            }
            if (unclosed == Unclosed.LIST) {
                return new ContentProblem(
                        file,
                        i + 1 + lineOffset,
                        "Ongeldige YAML: de lijst die met '[' begint, wordt op deze regel niet gesloten.",
                        "Sluit de lijst op dezelfde regel af met ']', zoals [werkdruk, autonomie].");
            }
        }
        String line = problemLine < lines.length ? lines[problemLine] : "";
        String previous = problemLine > 0 && problemLine - 1 < lines.length ? lines[problemLine - 1] : "";
        return new ContentProblem(
                file,
                problemLine + 1 + lineOffset,
                "Ongeldige YAML: " + e.getProblem() + ".",
                hint(e.getProblem(), line, previous));
    }

    private enum Unclosed {
        NONE,
        QUOTE,
        LIST
    }

    private static Unclosed unclosed(String line) {
        Matcher matcher = VALUE.matcher(line);
        if (!matcher.matches()) {
            return Unclosed.NONE;
        }
        String value = matcher.group(1).strip();
        if (value.startsWith("\"")) {
            for (int i = 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return Unclosed.NONE;
                }
            }
            return Unclosed.QUOTE;
        }
        if (value.startsWith("'")) {
            for (int i = 1; i < value.length(); i++) {
                if (value.charAt(i) == '\'') {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return Unclosed.NONE;
                    }
                }
            }
            return Unclosed.QUOTE;
        }
        if (value.startsWith("[") || value.startsWith("{")) {
            int depth = 0;
            char quote = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                } else if (c == '#' && i > 0 && value.charAt(i - 1) == ' ') {
                    break;
                }
            }
            return depth > 0 ? Unclosed.LIST : Unclosed.NONE;
        }
        return Unclosed.NONE;
    }

    private static String hint(String problem, String line, String previous) {
        if (problem != null && problem.contains("found character '\\t'")) {
            return "Gebruik spaties om in te springen, geen tabs.";
        }
        boolean indentedMore =
                indent(line) > indent(previous) && !previous.strip().endsWith(":") && !previous.isBlank();
        if (indentedMore) {
            return "Deze regel springt verder in dan de regel erboven: zet een veld even ver in als de andere velden, "
                    + "of gebruik '>-' voor tekst over meerdere regels.";
        }
        if (problem != null && problem.contains("mapping values are not allowed")) {
            return "Staat er een ': ' in een waarde? Zet de hele waarde dan tussen aanhalingstekens.";
        }
        return "Controleer inspringing (spaties, geen tabs), dubbele punten en aanhalingstekens rond deze regel.";
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
