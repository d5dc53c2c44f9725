package be.wegwijzer.search;

import be.wegwijzer.base.SearchSuggestions;
import be.wegwijzer.catalog.TaxonomyService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Search as you type: themes whose name has a word starting with what was typed, then published items (tools,
 * practices, measures, organisations, ...) by the words of their title. Themes come first because there are few
 * and each opens a whole overview; items fill the rest.
 */
@Service
public class SuggestionService implements SearchSuggestions {

    /** Longest text looked up: a suggestion is for the start of a query, not a pasted paragraph. */
    static final int MAX_TYPED = 100;
    /** At most this many themes, so items are never crowded out. */
    static final int MAX_THEMES = 2;

    private final SearchableItemRepository items;
    private final TaxonomyService taxonomy;

    SuggestionService(SearchableItemRepository items, TaxonomyService taxonomy) {
        this.items = items;
        this.taxonomy = taxonomy;
    }

    @Override
    public List<Suggestion> suggest(String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_TYPED) {
            text = text.substring(0, MAX_TYPED);
        }
        if (text.replaceAll("[^\\p{L}\\p{N}]", "").length() < MIN_CHARACTERS || limit <= 0) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        List<String> words = words(text);
        taxonomy.snapshot().themes().stream()
                .filter(theme -> startsEveryWord(words(theme.label()), words))
                .limit(Math.min(MAX_THEMES, limit))
                .forEach(theme -> suggestions.add(new Suggestion(theme.label(), "Thema", "thema/" + theme.code())));
        items.titlesStartingWith(text, limit - suggestions.size())
                .forEach(hit -> suggestions.add(new Suggestion(
                        hit.title(), hit.type().label(), hit.type().segment() + "/" + hit.slug())));
        return List.copyOf(suggestions);
    }

    /**
     * Themes that one of the query's words (three letters or more) begins a word of, for a query that found
     * nothing: "opleidingen" does not match a theme, "opleid" does not either, but "leren" leads to "Leren en
     * competenties". Without any, the main themes, so there is always somewhere to go.
     */
    public List<TaxonomyService.Term> themesFor(String query, int limit) {
        List<String> words = words(query == null ? "" : query).stream()
                .filter(w -> w.length() >= 3)
                .toList();
        List<TaxonomyService.Term> themes = taxonomy.snapshot().themes();
        List<TaxonomyService.Term> related = themes.stream()
                .filter(theme -> words(theme.label()).stream()
                        .anyMatch(l ->
                                words.stream().anyMatch(w -> l.startsWith(w) || w.startsWith(l) && l.length() >= 4)))
                .limit(limit)
                .toList();
        return related.isEmpty()
                ? themes.stream().filter(t -> t.depth() == 0).limit(limit).toList()
                : related;
    }

    /** Every typed word begins some word of the label. */
    private static boolean startsEveryWord(List<String> labelWords, List<String> typedWords) {
        return typedWords.stream().allMatch(t -> labelWords.stream().anyMatch(w -> w.startsWith(t)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(Compounds.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
