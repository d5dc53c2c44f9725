package be.wegwijzer.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;

/** A description list of label/value pairs that skips empty values, so pages never show blank facts. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public Facts add(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(new Text(value)));
        }
        return this;
    }

    public Facts add(String label, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            add(label, String.join(", ", values));
        }
        return this;
    }

    public Facts add(String label, Component value) {
        if (value != null) {
            add(new Term(label), new Description(value));
        }
        return this;
    }

    public boolean isEmpty() {
        return getChildren().findAny().isEmpty();
    }

    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", "badge-" + variant);
        return badge;
    }
}
