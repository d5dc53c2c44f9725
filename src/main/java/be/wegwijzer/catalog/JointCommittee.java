package be.wegwijzer.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joint-committee numbers (paritaire comités) as people type them: "PC 124", "pc124", "PC-149.01", "paritair comité
 * 302", "paritair subcomité nr. 149.01", "PSC 149.01". The one place that reads them from free text; search, the
 * Steunzoeker and the sector pages all go through it.
 */
public final class JointCommittee {

    /**
     * "pc", "p.c.", "psc" or "paritair (sub)comité", optionally "nr"/"nummer"/"n°", then a number of three digits
     * with optional sub-numbers (".01"). A bare number ("124") is not read: it is as likely an amount or a year.
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:p\\.?\\s?s?\\.?\\s?c\\.?|paritair(?:e)?\\s+(?:sub)?comite)"
                    + "\\s*[-:]?\\s*(?:(?:nr|nummer|no|n°)\\.?\\s*)?"
                    + "(\\d{3}(?:\\.\\d{1,2}){0,2})(?![\\d.]*\\d)",
            Pattern.CASE_INSENSITIVE);

    private JointCommittee() {}

    /** The joint-committee numbers mentioned in a text, in order of appearance, each once. */
    public static List<String> mentionedIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(fold(text));
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return List.copyOf(numbers);
    }

    /** Whether the text is nothing but one or more joint-committee mentions ("pc 124", "PC 118 en PC 220"). */
    public static boolean isOnlyMentions(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String rest = MENTION.matcher(fold(text)).replaceAll(" ").replaceAll("(?i)\\b(en|of)\\b|[,;/&+]", " ");
        return rest.isBlank() && !mentionedIn(text).isEmpty();
    }

    /**
     * The sectors a joint-committee number belongs to: an exact listed number ("149.01"), a sub-committee of a listed
     * number ("125.01" when "125" is listed) or, for a main number, the sector listing its sub-committees ("149" → the
     * sectors listing "149.01", "149.02", …). In taxonomy order.
     *
     * @param bySector the sectors' numbers as in {@link TaxonomyService.Snapshot#jointCommittees()}
     */
    public static List<String> sectorsFor(String number, Map<String, List<String>> bySector) {
        List<String> exact = new ArrayList<>();
        List<String> related = new ArrayList<>();
        bySector.forEach((sector, numbers) -> {
            if (numbers.contains(number)) {
                exact.add(sector);
            } else if (numbers.stream()
                    .anyMatch(listed -> number.startsWith(listed + ".") || listed.startsWith(number + "."))) {
                related.add(sector);
            }
        });
        return exact.isEmpty() ? List.copyOf(related) : List.copyOf(exact);
    }

    /** The sectors every joint committee mentioned in the text belongs to, each once, in order of mention. */
    public static List<String> sectorsMentionedIn(String text, Map<String, List<String>> bySector) {
        Set<String> sectors = new LinkedHashSet<>();
        for (String number : mentionedIn(text)) {
            sectors.addAll(sectorsFor(number, bySector));
        }
        return List.copyOf(sectors);
    }

    /** Lower case without accents, so "Paritair Comité" and "paritair comite" read alike. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
