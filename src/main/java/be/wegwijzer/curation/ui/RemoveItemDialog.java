package be.wegwijzer.curation.ui;

import com.vaadin.flow.component.html.Span;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemoval;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Asks before an item is taken away: a never-published draft is deleted, a once-published item archived. The editor
 * first sees which items point to it and what happens to those references, then confirms.
 */
class RemoveItemDialog extends Dialog {

    final Button confirm;
    final UnorderedList references = new UnorderedList();
    final TextField reason = new TextField("Waarom? (niet verplicht)");

    RemoveItemDialog(EditorService editor, long itemId, Consumer<ItemRemoval.Action> afterwards) {
        ItemRemoval removal = editor.removal(itemId);
        boolean delete = removal.action() == ItemRemoval.Action.DELETE;
        setHeaderTitle((delete ? "Verwijderen: " : "Archiveren: ") + removal.title());
        add(new Paragraph(delete
                ? "Dit concept werd nooit gepubliceerd. Verwijderen haalt het helemaal weg; de geschiedenis blijft bewaard."
                : "Dit item was gepubliceerd. Archiveren haalt het van de site en uit de zoekresultaten; de geschiedenis en "
                + "de verwijzingen blijven, en je kunt het later opnieuw publiceren."));
        if (removal.references().isEmpty()) {
            add(new Paragraph("Geen enkel ander item verwijst ernaar."));
        } else {
            add(new Paragraph(removal.references().size() + (removal.references().size() == 1 ? " item verwijst" : " items verwijzen")
                    + " ernaar. " + (delete ? "Bij verwijderen verdwijnt de verwijzing uit die items (ze krijgen een nieuwe versie)."
                    : "Die verwijzingen blijven, maar publieke pagina's tonen geen gearchiveerde items.")));
            removal.references().forEach(r -> references.add(new ListItem(new Anchor("/beheer/item/" + r.id(), r.title()),
                    new Span(" (" + r.type().label().toLowerCase() + ", " + r.status().label().toLowerCase()
                            + ") " + r.kind().label()))));
            add(references);
        }
        removal.blockers().forEach(b -> {
            Paragraph blocker = new Paragraph(b);
            blocker.addClassName("field-problem");
            add(blocker);
        });
        add(reason);
        confirm = new Button(delete ? "Definitief verwijderen" : "Archiveren", e -> {
            try {
                if (delete) {
                    editor.deleteDraft(itemId, reason.getValue());
                } else {
                    editor.archive(itemId, reason.getValue());
                }
                close();
                Notification done = Notification.show(delete ? "Verwijderd." : "Gearchiveerd.", 3000, Notification.Position.BOTTOM_START);
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterwards.accept(removal.action());
            } catch (EditorException ex) {
                Notification failure = Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
                failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(removal.allowed());
        getFooter().add(new Button("Annuleren", e -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }
}
