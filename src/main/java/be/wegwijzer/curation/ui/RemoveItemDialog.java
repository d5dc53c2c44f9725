package be.wegwijzer.curation.ui;

import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.ItemRemoval;
import be.wegwijzer.curation.ItemRemovalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    final TextField reason = new TextField(getTranslation("curation.remove.reason"));

    RemoveItemDialog(ItemRemovalService removals, long itemId, Consumer<ItemRemoval.Action> afterwards) {
        ItemRemoval removal = removals.removal(itemId);
        boolean delete = removal.action() == ItemRemoval.Action.DELETE;
        setHeaderTitle(getTranslation(
                delete ? "curation.remove.delete.title" : "curation.remove.archive.title", removal.title()));
        add(new Paragraph(getTranslation(delete ? "curation.remove.delete.text" : "curation.remove.archive.text")));
        if (removal.references().isEmpty()) {
            add(new Paragraph(getTranslation("curation.remove.references.none")));
        } else {
            int count = removal.references().size();
            add(new Paragraph(getTranslation(
                            count == 1 ? "curation.remove.references.one" : "curation.remove.references.many", count)
                    + " "
                    + getTranslation(
                            delete ? "curation.remove.references.delete" : "curation.remove.references.archive")));
            removal.references()
                    .forEach(r -> references.add(new ListItem(
                            new Anchor("/beheer/item/" + r.id(), r.title()),
                            new Span(" (" + r.type().label().toLowerCase() + ", "
                                    + r.status().label().toLowerCase() + ") "
                                    + r.kind().label()))));
            add(references);
        }
        removal.blockers().forEach(b -> {
            Paragraph blocker = new Paragraph(b);
            blocker.addClassName("field-problem");
            add(blocker);
        });
        add(reason);
        confirm = new Button(
                getTranslation(delete ? "curation.remove.delete.confirm" : "curation.remove.archive.confirm"), e -> {
                    try {
                        if (delete) {
                            removals.deleteDraft(itemId, reason.getValue());
                        } else {
                            removals.archive(itemId, reason.getValue());
                        }
                        close();
                        Notification done = Notification.show(
                                getTranslation(delete ? "curation.remove.deleted" : "curation.remove.archived"),
                                3000,
                                Notification.Position.BOTTOM_START);
                        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        afterwards.accept(removal.action());
                    } catch (EditorException ex) {
                        Notification failure = Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
                        failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(removal.allowed());
        getFooter().add(new Button(getTranslation("admin.action.cancel"), e -> close()), confirm);
        setWidth("min(40rem, 95vw)");
    }
}
