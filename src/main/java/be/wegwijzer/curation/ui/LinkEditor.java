package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.itemfile.ItemSource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;

/** The links of an item as editable rows. */
class LinkEditor extends Div implements HasValidation {

    private final Div rows = new Div();
    private final Binder<ItemSource.LinkSource> labels = new Binder<>();
    private final Paragraph problem = new Paragraph();

    LinkEditor() {
        addClassName("link-editor");
        problem.addClassName("field-problem");
        problem.getElement().setAttribute("role", "alert");
        Button add = new Button(getTranslation("editor.links.add"), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add, problem);
    }

    void setLinks(List<ItemSource.LinkSource> links) {
        rows.removeAll();
        links.forEach(this::addRow);
    }

    List<ItemSource.LinkSource> getLinks() {
        List<ItemSource.LinkSource> links = new ArrayList<>();
        rows.getChildren().forEach(row -> {
            List<Component> fields = row.getChildren().toList();
            String label = ((TextField) fields.get(0)).getValue().strip();
            String url = ((TextField) fields.get(1)).getValue().strip();
            if (!label.isEmpty() || !url.isEmpty()) {
                links.add(new ItemSource.LinkSource(label.isEmpty() ? null : label, url.isEmpty() ? null : url));
            }
        });
        return links;
    }

    private void addRow(ItemSource.LinkSource link) {
        TextField label = new TextField(getTranslation("editor.links.label"));
        TextField url = new TextField(getTranslation("editor.links.url"));
        label.setValue(link == null || link.label() == null ? "" : link.label());
        url.setValue(link == null || link.url() == null ? "" : link.url());
        Div row = new Div(label, url);
        Binder.Binding<ItemSource.LinkSource, String> check = labels.forField(label)
                .withValidator(PlainTextFields.line())
                .bind(ignored -> label.getValue(), (ignored, value) -> {});
        Button remove = new Button(getTranslation("editor.links.remove"), e -> {
            check.unbind();
            rows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        row.addClassName("link-row");
        rows.add(row);
    }

    void showProblem(String message) {
        problem.setText(problem.getText().isEmpty() ? message : problem.getText() + " " + message);
    }

    void clearProblems() {
        problem.setText("");
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        showProblem(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return problem.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            clearProblems();
        }
    }

    @Override
    public boolean isInvalid() {
        return !problem.getText().isEmpty();
    }
}
