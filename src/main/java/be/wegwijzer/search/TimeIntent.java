package be.wegwijzer.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a query asks for something in time: an event ("webinar", "netwerkmoment", "rondetafel") or a year
 * ("werkstress 2017"). Then past activities are what the visitor wants and the search does not push them down.
 */
final class TimeIntent {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern WORD = Pattern.compile("[^a-z0-9]+");

    /** Word stems of event words, matched at the start of a query word: "webinars" and "infosessies" too. */
    private static final Set<String> EVENT_STEMS = Set.of(
            "activiteit",
            "agenda",
            "campagne",
            "congres",
            "evenement",
            "event",
            "infosessie",
            "infomoment",
            "lunch",
            "netwerkmoment",
            "rondetafel",
            "seminarie",
            "studiedag",
            "uitwisseling",
            "webinar",
            "week",
            "workshop");

    private TimeIntent() {}

    static boolean asksForEventOrYear(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        String text = Normalizer.normalize(query, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (YEAR.matcher(text).find()) {
            return true;
        }
        for (String word : WORD.split(text)) {
            for (String stem : EVENT_STEMS) {
                if (word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
