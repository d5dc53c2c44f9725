package be.wegwijzer.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A labelled search field with a button; Enter or the button opens {@code /zoeken?q=...}. */
public class SearchBox extends Div {

    public static final String SEARCH_PATH = "zoeken";

    private final TextField field = new TextField();
    /** The audience the searches are ranked for, or null. */
    private final String audience;

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
        field.addKeyPressListener(Key.ENTER, e -> submit());
        Button button = new Button(getTranslation("search.button"), e -> submit());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("search-button");
        add(field, button);
    }

    public TextField field() {
        return field;
    }

    private void submit() {
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
