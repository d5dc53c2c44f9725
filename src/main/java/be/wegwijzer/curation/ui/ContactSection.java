package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** A good practice's contact person: kept only with the person's consent, and saved on its own. */
final class ContactSection extends Section {

    ContactSection(EditorService editor, EditorItem item) {
        TextField name = new TextField("Naam van de contactpersoon");
        PlainTextFields.checkLines(new Binder<EditorItem.Contact>(), name);
        EmailField mail = new EmailField("E-mailadres van de contactpersoon");
        Checkbox consent = new Checkbox("De contactpersoon gaf toestemming om naam en e-mailadres te publiceren");
        name.setValue(item.contact().name() == null ? "" : item.contact().name());
        mail.setValue(item.contact().email() == null ? "" : item.contact().email());
        consent.setValue(item.contact().consent());
        Button store = new Button("Contactpersoon bewaren", e -> {
            if (!consent.getValue() && (!name.isEmpty() || !mail.isEmpty())) {
                consent.setErrorMessage("Zonder toestemming bewaren we geen gegevens van een persoon.");
                consent.setInvalid(true);
                return;
            }
            try {
                editor.setContact(item.id(), name.getValue(), mail.getValue(), consent.getValue());
                name.setInvalid(false);
                ItemEditorView.notify("Contactpersoon bewaard.");
            } catch (EditorException.Invalid problem) {
                name.setErrorMessage(problem.problems().getFirst().message() + " "
                        + problem.problems().getFirst().hint());
                name.setInvalid(true);
            }
        });
        Div grid = new Div(name, mail, consent, store);
        grid.addClassName("form-grid");
        add(new H2("Contactpersoon (alleen met toestemming)"), grid);
        addClassName("form-section");
    }
}
