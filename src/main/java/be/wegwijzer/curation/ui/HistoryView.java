package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.HistoryService;
import be.wegwijzer.curation.ItemDiff;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /beheer/item/{id}/geschiedenis}: every saved version, the difference between any two, and restore. */
@Route(value = "beheer/item/:id/geschiedenis", layout = MainLayout.class)
@PageTitle("Geschiedenis | Beheer | Wegwijzer Werkbaar Werk")
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class HistoryView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            DutchFormat.LOCALE);

    private final HistoryService history;
    private final EditorService editor;
    private final CurrentUser currentUser;
    final Select<HistoryService.Version> older = new Select<>();
    final Select<HistoryService.Version> newer = new Select<>();
    final Div difference = new Div();
    long itemId;
    List<HistoryService.Version> versions;

    HistoryView(HistoryService history, EditorService editor, CurrentUser currentUser) {
        this.history = history;
        this.editor = editor;
        this.currentUser = currentUser;
        addClassName("history-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            itemId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            versions = history.versions(itemId);
        } catch (NumberFormatException | EditorException.NotAllowed e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        EditorItem item = editor.load(itemId);
        add(new Anchor("/beheer/item/" + itemId, "← Terug naar het item"), new H1("Geschiedenis: " + item.source().title()));
        if (versions.isEmpty()) {
            add(new Paragraph("Er zijn nog geen versies bewaard sinds de geschiedenis wordt bijgehouden."));
            return;
        }
        for (Select<HistoryService.Version> select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> "Versie " + v.revision() + " · " + MOMENT.format(v.at().atZone(ItemEditorView.ZONE))
                    + " · " + v.actor() + (v.comment() == null ? "" : " · " + v.comment()));
            select.addValueChangeListener(e -> compare());
        }
        older.setLabel("Oudere versie");
        newer.setLabel("Nieuwere versie");
        newer.setValue(versions.getFirst());
        older.setValue(versions.size() > 1 ? versions.get(1) : versions.getFirst());
        Div pickers = new Div(older, newer);
        pickers.addClassName("form-grid");
        add(pickers, difference);
        if (currentUser.isEditor()) {
            Button restore = new Button("Oudere versie terugzetten", e -> restore(older.getValue()));
            restore.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Paragraph("Terugzetten maakt een nieuwe versie met de inhoud van de gekozen oudere versie; niets gaat verloren."),
                    restore);
        }
    }

    void compare() {
        difference.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        List<ItemDiff.Change> changes = history.compare(itemId, older.getValue().revision(), newer.getValue().revision());
        difference.add(new H2("Verschil"), changes.isEmpty() ? new Paragraph("Deze versies zijn inhoudelijk gelijk.")
                : DiffView.of(changes, "Versie " + older.getValue().revision(), "Versie " + newer.getValue().revision()));
    }

    void restore(HistoryService.Version version) {
        if (version == null) {
            return;
        }
        try {
            history.restore(itemId, version.revision(), editor.load(itemId).version());
            versions = history.versions(itemId);
            render();
            Notification.show("Versie " + version.revision() + " is teruggezet als nieuwe versie.");
        } catch (EditorException.Invalid e) {
            Notification.show("Deze versie kan niet terug: " + e.problems().getFirst().message() + " " + e.problems().getFirst().hint(),
                    8000, Notification.Position.MIDDLE);
        } catch (EditorException.Conflict e) {
            versions = history.versions(itemId);
            render();
            Notification.show("Iemand bewaarde het item net; de lijst is bijgewerkt. Kies opnieuw en zet dan terug.", 8000,
                    Notification.Position.MIDDLE);
        }
    }
}
