package be.wegwijzer.curation.ui;

import static be.wegwijzer.curation.ui.ItemEditorView.MOMENT;
import static be.wegwijzer.curation.ui.ItemEditorView.ZONE;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.Workflow;
import be.wegwijzer.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The item's status in the workflow, the steps this user may take (now or planned) and the last steps taken. */
final class WorkflowPanel extends Div {

    private final EditorService editor;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Consumer<EditorItem> changed;
    private final Runnable confirmArchive;
    private EditorItem item;

    /**
     * @param changed        told after a step, with the item as it is now
     * @param confirmArchive archiving now first shows what points to the item (the removal dialog)
     */
    WorkflowPanel(
            EditorService editor,
            CurrentUser currentUser,
            Clock clock,
            Consumer<EditorItem> changed,
            Runnable confirmArchive) {
        this.editor = editor;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changed = changed;
        this.confirmArchive = confirmArchive;
    }

    /** Shows the panel for {@code item}; nothing for an item that does not exist yet. */
    void show(EditorItem item) {
        this.item = item;
        removeAll();
        if (item == null) {
            return;
        }
        addClassName("workflow-panel");
        Section section = new Section(new H2("Status: " + item.status().label()));
        if (item.publishAt() != null) {
            section.add(new Paragraph(
                    "Publicatie gepland op " + MOMENT.format(item.publishAt().atZone(ZONE)) + "."));
        }
        if (item.withdrawAt() != null) {
            section.add(new Paragraph(
                    "Intrekking gepland op " + MOMENT.format(item.withdrawAt().atZone(ZONE)) + "."));
        }
        List<ItemStatus> next = Workflow.next(item.status(), currentUser.isEditor());
        if (!next.isEmpty()) {
            TextField reason = new TextField("Toelichting bij de stap (niet verplicht)");
            DateTimePicker planned = new DateTimePicker("Plannen op (leeg = nu)");
            planned.setMin(LocalDateTime.now(clock.withZone(ZONE)));
            Div buttons = new Div();
            buttons.addClassName("workflow-buttons");
            for (ItemStatus to : next) {
                Button step = new Button(stepLabel(item.status(), to), e -> {
                    if (to == ItemStatus.GEARCHIVEERD && planned.getValue() == null) {
                        confirmArchive.run(); // archiving now: the editor first sees what points to the item
                    } else {
                        transition(to, reason.getValue(), planned.getValue());
                    }
                });
                if (to == ItemStatus.GEPUBLICEERD || to == ItemStatus.TER_REVIEW) {
                    step.addThemeVariants(ButtonVariant.LUMO_PRIMARY); // the step forward
                }
                buttons.add(step);
            }
            boolean canPlan = next.contains(ItemStatus.GEPUBLICEERD) || next.contains(ItemStatus.GEARCHIVEERD);
            Div fields = new Div(reason);
            if (canPlan) {
                fields.add(planned);
            }
            fields.addClassName("form-grid");
            section.add(fields, buttons);
        }
        if (!item.history().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            steps.addClassName("transition-list");
            item.history().stream()
                    .limit(10)
                    .forEach(s -> steps.add(new ListItem(MOMENT.format(s.at().atZone(ZONE)) + " · "
                            + (s.from() == null ? "" : s.from().label() + " → ") + s.to().label() + " · " + s.actor()
                            + (s.comment() == null || s.comment().isBlank() ? "" : " · " + s.comment()))));
            section.add(new Paragraph("Verloop"), steps);
        }
        add(section);
    }

    private void transition(ItemStatus to, String reason, LocalDateTime planned) {
        try {
            EditorItem now = editor.transition(
                    item.id(),
                    to,
                    reason,
                    planned == null ? null : planned.atZone(ZONE).toInstant());
            changed.accept(now);
            ItemEditorView.notify(planned == null ? "Status: " + now.status().label() + "." : "Gepland.");
        } catch (EditorException e) {
            Notification failure = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static String stepLabel(ItemStatus from, ItemStatus to) {
        return switch (to) {
            case TER_REVIEW -> "Indienen voor review";
            case GEPUBLICEERD -> from == ItemStatus.GEARCHIVEERD ? "Opnieuw publiceren" : "Publiceren";
            case GEARCHIVEERD -> "Archiveren (offline halen)";
            case CONCEPT -> from == ItemStatus.TER_REVIEW ? "Terug naar concept" : "Terug naar concept om te herwerken";
        };
    }
}
