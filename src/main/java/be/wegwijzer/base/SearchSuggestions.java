package be.wegwijzer.base;

import java.util.List;

/**
 * What a search box proposes while someone types. Implemented by the search feature; the box looks the bean up
 * through Vaadin's instantiator, so views can keep creating boxes with {@code new}.
 */
public interface SearchSuggestions {

    /** Fewer characters than this give no suggestions: too many words start with one letter. */
    int MIN_CHARACTERS = 2;

    /** At most {@code limit} suggestions for the text typed so far; empty below {@link #MIN_CHARACTERS}. */
    List<Suggestion> suggest(String typed, int limit);

    /**
     * @param label what is shown (an item title or a theme name)
     * @param kind  what it is, shown beside it ("Tool", "Thema")
     * @param path  where choosing it leads, without the leading slash
     */
    record Suggestion(String label, String kind, String path) {}
}
