package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.itemfile.FaqSource;
import be.wegwijzer.itemfile.ItemSource;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;

/** The questions and answers of a measure or tool as editable rows; empty rows are left out. */
class FaqEditor extends Div implements HasValidation {

    private final Div rows = new Div();
    private final Paragraph problem = new Paragraph();
    private Binder<ItemSource> plainText;

    FaqEditor() {
        addClassName("faq-editor");
        problem.addClassName("field-problem");
        problem.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("editor.faq.add"), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H3(getTranslation("editor.faq.heading")),
                new Paragraph(getTranslation("editor.faq.explanation")),
                rows,
                add,
                problem);
    }

    void setEntries(List<FaqSource> entries) {
        rows.removeAll();
        entries.forEach(this::addRow);
    }

    List<FaqSource> getEntries() {
        List<FaqSource> entries = new ArrayList<>();
        rows.getChildren().map(Row.class::cast).forEach(row -> {
            String question = row.question.getValue().strip();
            String answer = row.answer.getValue().strip();
            if (!question.isEmpty() || !answer.isEmpty()) {
                entries.add(new FaqSource(question.isEmpty() ? null : question, answer.isEmpty() ? null : answer));
            }
        });
        return entries;
    }

    /** Checks every question and answer as plain text while the editor types, as the service does on save. */
    void checkPlainText(Binder<ItemSource> binder) {
        this.plainText = binder;
        rows.getChildren().map(Row.class::cast).forEach(this::check);
    }

    private void addRow(FaqSource entry) {
        Row row = new Row(entry);
        check(row);
        rows.add(row);
    }

    private void check(Row row) {
        if (plainText != null) {
            PlainTextFields.checkLines(plainText, row.question);
            PlainTextFields.checkTexts(plainText, row.answer);
        }
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        problem.setText(problem.getText().isEmpty() ? errorMessage : problem.getText() + " " + errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return problem.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            problem.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return !problem.getText().isEmpty();
    }

    /** One question with its answer and a button to remove both. */
    private final class Row extends Div {

        final TextField question = new TextField(getTranslation("editor.faq.question"));
        final TextArea answer = new TextArea(getTranslation("editor.faq.answer"));

        Row(FaqSource entry) {
            addClassName("faq-row");
            question.setMaxLength(FaqEntry.QUESTION_MAX_LENGTH);
            answer.setMaxLength(FaqEntry.ANSWER_MAX_LENGTH);
            question.setValue(entry == null || entry.question() == null ? "" : entry.question());
            answer.setValue(entry == null || entry.answer() == null ? "" : entry.answer());
            Button remove = new Button(getTranslation("editor.faq.remove"), e -> rows.remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(question, answer, remove);
        }
    }
}
