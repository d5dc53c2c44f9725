package be.wegwijzer.base.ui;

import be.wegwijzer.base.SearchSuggestions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A labelled search field with a button; Enter or the button opens {@code /zoeken?q=...}. While someone types,
 * suggestions (themes, item titles) appear under the field: Arrow down moves into the list, arrows move through it,
 * Enter opens one, Escape returns to the field.
 */
public class SearchBox extends Div {

    public static final String SEARCH_PATH = "zoeken";
    /** Wait this long after the last key before asking for suggestions: fewer round trips, still instant to the eye. */
    static final int SUGGEST_DELAY_MS = 150;

    static final int MAX_SUGGESTIONS = 8;
    private static final Logger log = LoggerFactory.getLogger(SearchBox.class);

    private final TextField field = new TextField();
    private final UnorderedList suggestionList = new UnorderedList();
    private final Span suggestionStatus = new Span();
    private final List<Anchor> suggestionLinks = new ArrayList<>();
    /** The audience the searches are ranked for, or null. */
    private final String audience;

    private SearchSuggestions suggestions;

    public SearchBox(String initialQuery) {
        this(initialQuery, null);
    }

    public SearchBox(String initialQuery, String audience) {
        this.audience = audience;
        addClassName("search-box");
        getElement().setAttribute("role", "search");
        field.setLabel(getTranslation("search.field.label"));
        field.setPlaceholder(getTranslation("search.field.placeholder"));
        field.setValue(initialQuery == null ? "" : initialQuery);
        field.setClearButtonVisible(true);
        field.setMaxLength(1000);
        field.addClassName("search-field");
        field.getElement().setAttribute("type", "search");
        field.getElement().setAttribute("enterkeyhint", "search");
        field.getElement().setAttribute("autocomplete", "off");
        field.addKeyPressListener(Key.ENTER, e -> submit());
        // the text as typed, without waiting for the field to commit its value (that happens on Enter or blur)
        field.getElement()
                .addEventListener(
                        "input",
                        e -> showSuggestions(
                                e.getEventData().path("element.value").asString("")))
                .addEventData("element.value")
                .debounce(SUGGEST_DELAY_MS);
        field.getElement().addEventListener("keydown", e -> focusSuggestion(0)).setFilter("event.key === 'ArrowDown'");
        field.getElement().addEventListener("keydown", e -> hideSuggestions()).setFilter("event.key === 'Escape'");
        Button button = new Button(getTranslation("search.button"), e -> submit());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("search-button");

        suggestionList.addClassName("search-suggestions");
        suggestionList.getElement().setAttribute("aria-label", getTranslation("search.suggestions.label"));
        suggestionList.setVisible(false);
        suggestionStatus.addClassName("visually-hidden");
        suggestionStatus.getElement().setAttribute("aria-live", "polite");
        Div suggestionArea = new Div(suggestionList, suggestionStatus);
        suggestionArea.addClassName("search-suggestion-area");
        add(field, button, suggestionArea);
    }

    public TextField field() {
        return field;
    }

    /** The suggestions on show, for tests and for whoever embeds the box. */
    public List<Anchor> suggestionLinks() {
        return List.copyOf(suggestionLinks);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (suggestions == null) {
            try {
                suggestions = event.getSession().getService().getInstantiator().getOrCreate(SearchSuggestions.class);
            } catch (RuntimeException e) {
                // without a suggestion service the box still searches; it just proposes nothing
                log.debug("No search suggestions available", e);
            }
        }
    }

    /** Shows what fits the text typed so far; public so the box can be driven without a browser. */
    public void showSuggestions(String typed) {
        if (suggestions == null) {
            return;
        }
        List<SearchSuggestions.Suggestion> found = suggestions.suggest(typed, MAX_SUGGESTIONS);
        suggestionList.removeAll();
        suggestionLinks.clear();
        for (SearchSuggestions.Suggestion suggestion : found) {
            Anchor link = new Anchor(suggestion.path(), suggestion.label());
            link.getElement().setAttribute("router-link", true);
            Span kind = new Span(suggestion.kind());
            kind.addClassName("suggestion-kind");
            link.add(kind);
            int index = suggestionLinks.size();
            link.getElement()
                    .addEventListener("keydown", e -> focusSuggestion(index + 1))
                    .setFilter("event.key === 'ArrowDown'")
                    .preventDefault();
            link.getElement()
                    .addEventListener("keydown", e -> focusSuggestion(index - 1))
                    .setFilter("event.key === 'ArrowUp'")
                    .preventDefault();
            link.getElement()
                    .addEventListener("keydown", e -> {
                        hideSuggestions();
                        field.focus();
                    })
                    .setFilter("event.key === 'Escape'");
            link.getElement().addEventListener("click", e -> hideSuggestions());
            suggestionLinks.add(link);
            suggestionList.add(new ListItem(link));
        }
        suggestionList.setVisible(!found.isEmpty());
        suggestionStatus.setText(
                found.isEmpty()
                        ? ""
                        : getTranslation(
                                found.size() == 1 ? "search.suggestions.one" : "search.suggestions.many",
                                found.size()));
    }

    public void hideSuggestions() {
        suggestionList.setVisible(false);
        suggestionStatus.setText("");
    }

    /** Focus moves into the list, through it, and back to the field above the first suggestion. */
    private void focusSuggestion(int index) {
        if (!suggestionList.isVisible() || suggestionLinks.isEmpty()) {
            return;
        }
        if (index < 0) {
            field.focus();
        } else {
            suggestionLinks
                    .get(Math.min(index, suggestionLinks.size() - 1))
                    .getElement()
                    .callJsFunction("focus");
        }
    }

    private void submit() {
        hideSuggestions();
        String query = field.getValue() == null ? "" : field.getValue().strip();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            parameters.put("q", List.of(query));
        }
        if (audience != null) {
            parameters.put("voor", List.of(audience));
        }
        getUI().ifPresent(ui -> ui.navigate(SEARCH_PATH, new QueryParameters(parameters)));
    }
}
