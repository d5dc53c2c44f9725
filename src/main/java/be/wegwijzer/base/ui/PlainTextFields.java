package be.wegwijzer.base.ui;

import be.wegwijzer.base.PlainText;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;

/**
 * {@link PlainText} as Vaadin validators, so a form says what is wrong while the person types, in the same words the
 * service uses when it refuses the value on save.
 */
public final class PlainTextFields {

    private PlainTextFields() {}

    /** For a one-line field: a title, a label, a name. */
    public static Validator<String> line() {
        return (value, context) -> result(PlainText.line(value));
    }

    /** For a field of several lines of plain text (not Markdown). */
    public static Validator<String> text() {
        return (value, context) -> result(PlainText.text(value));
    }

    /**
     * Checks the fields on every change, for a form that keeps its own mapping and has no bean to bind: the binding
     * only validates. Its setter does nothing, but it must exist: a binding without one makes the field read-only.
     */
    @SafeVarargs
    public static <F extends HasValue<?, String>> void checkLines(Binder<?> binder, F... fields) {
        for (F field : fields) {
            binder.forField(field).withValidator(line()).bind(ignored -> field.getValue(), (ignored, value) -> {});
        }
    }

    @SafeVarargs
    public static <F extends HasValue<?, String>> void checkTexts(Binder<?> binder, F... fields) {
        for (F field : fields) {
            binder.forField(field).withValidator(text()).bind(ignored -> field.getValue(), (ignored, value) -> {});
        }
    }

    private static ValidationResult result(Optional<PlainText.Problem> problem) {
        return problem.map(p -> ValidationResult.error(p.message() + " " + p.hint()))
                .orElseGet(ValidationResult::ok);
    }
}
