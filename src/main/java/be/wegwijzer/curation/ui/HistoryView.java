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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /beheer/item/{id}/geschiedenis}: every saved version, the difference between any two, and restore. */
@Route(value = "beheer/item/:id/geschiedenis", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class HistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DutchFormat.LOCALE);

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
        add(
                new Anchor("/beheer/item/" + itemId, getTranslation("curation.history.back")),
                new H1(getTranslation("curation.history.title", item.source().title())));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("curation.history.none")));
            return;
        }
        for (Select<HistoryService.Version> select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> version(v) + " · " + MOMENT.format(v.at().atZone(ItemEditorView.ZONE))
                    + " · " + v.actor() + (v.comment() == null ? "" : " · " + v.comment()));
            select.addValueChangeListener(e -> compare());
        }
        older.setLabel(getTranslation("curation.history.older"));
        newer.setLabel(getTranslation("curation.history.newer"));
        newer.setValue(versions.getFirst());
        older.setValue(versions.size() > 1 ? versions.get(1) : versions.getFirst());
        Div pickers = new Div(older, newer);
        pickers.addClassName("form-grid");
        add(pickers, difference);
        if (currentUser.isEditor()) {
            Button restore = new Button(getTranslation("curation.history.restore"), e -> restore(older.getValue()));
            restore.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new Paragraph(getTranslation("curation.history.restore.explanation")), restore);
        }
    }

    void compare() {
        difference.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        List<ItemDiff.Change> changes = history.compare(
                itemId, older.getValue().revision(), newer.getValue().revision());
        difference.add(
                new H2(getTranslation("curation.history.difference")),
                changes.isEmpty()
                        ? new Paragraph(getTranslation("curation.history.same"))
                        : DiffView.of(changes, version(older.getValue()), version(newer.getValue())));
    }

    void restore(HistoryService.Version version) {
        if (version == null) {
            return;
        }
        try {
            history.restore(itemId, version.revision(), editor.load(itemId).version());
            versions = history.versions(itemId);
            render();
            Notification.show(getTranslation("curation.history.restored", version(version)));
        } catch (EditorException.Invalid e) {
            Notification.show(
                    getTranslation(
                            "curation.history.refused",
                            e.problems().getFirst().message() + " "
                                    + e.problems().getFirst().hint()),
                    8000,
                    Notification.Position.MIDDLE);
        } catch (EditorException.Conflict e) {
            versions = history.versions(itemId);
            render();
            Notification.show(getTranslation("curation.history.conflict"), 8000, Notification.Position.MIDDLE);
        }
    }

    /** "Versie 12": the revision as text, which MessageFormat would otherwise group as "1.234". */
    private String version(HistoryService.Version version) {
        return getTranslation("curation.history.version", String.valueOf(version.revision()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.history.pagetitle");
    }
}
