package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemDiff;
import be.wegwijzer.curation.ItemProposal;
import be.wegwijzer.curation.ItemRemoval;
import be.wegwijzer.curation.ProposalService;
import be.wegwijzer.curation.Workflow;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * {@code /beheer/item/{id}} and {@code /beheer/nieuw/{type}}: edit an item, see it as the public will, and move it
 * through the workflow. Saving with someone else's newer version in between never overwrites it: the editor sees
 * both versions and chooses.
 */
@Route(value = "beheer/item/:id", layout = MainLayout.class)
@RouteAlias(value = "beheer/nieuw/:type", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class ItemEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DutchFormat.LOCALE);

    private final EditorService editor;
    private final ProposalService proposals;
    private final EditorLookup lookup;
    private final TaxonomyService taxonomy;
    private final CurrentUser currentUser;
    private final Clock clock;

    ItemForm form;
    EditorItem item;
    private ItemType type;
    final Div problems = new Div();
    final TextField comment = new TextField("Wat veranderde je? (niet verplicht)");
    private final Div header = new Div();
    private final Div workflow = new Div();
    final Div proposalPanel = new Div();

    ItemEditorView(EditorService editor, ProposalService proposals, EditorLookup lookup, TaxonomyService taxonomy,
                   CurrentUser currentUser, Clock clock) {
        this.editor = editor;
        this.proposals = proposals;
        this.lookup = lookup;
        this.taxonomy = taxonomy;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("editor-page");
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        comment.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        Optional<ItemType> newType = event.getRouteParameters().get("type").flatMap(ItemType::fromSegment);
        try {
            if (id.isPresent()) {
                item = editor.load(Long.parseLong(id.get()));
                type = item.source().type();
            } else if (newType.isPresent()) {
                item = null;
                type = newType.get();
            } else {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        } catch (NumberFormatException | EditorException.NotAllowed e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return (item == null ? "Nieuw item" : item.source().title()) + " | Beheer | Wegwijzer Werkbaar Werk";
    }

    private void render() {
        removeAll();
        form = new ItemForm(type, item == null, taxonomy.snapshot(), lookup);
        if (item != null) {
            form.fill(item.source(), lookup.byReferences(item.source().related()));
        } else {
            form.fill(ItemSource.blank(type), List.of());
        }
        Button save = new Button(item == null ? "Aanmaken" : proposes() ? "Wijziging voorstellen" : "Bewaren", e -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(comment, save);
        if (item != null) {
            Anchor preview = new Anchor("/beheer/voorbeeld/" + item.id(), "Bekijk als publieke pagina");
            preview.setTarget(AnchorTarget.BLANK);
            actions.add(preview, new Anchor("/beheer/item/" + item.id() + "/geschiedenis", "Geschiedenis"));
            removeButton().ifPresent(actions::add);
        }
        actions.addClassName("editor-actions");
        renderHeader();
        add(new Anchor("/beheer", "← Alle items"), header, problems, workflow, proposalPanel, form);
        if (item != null && type == ItemType.PRAKTIJK) {
            add(contactSection());
        }
        add(actions);
        renderWorkflow();
        renderProposals();
    }

    /** Delete (a never-published draft) or archive (once published), for editors, always after a confirmation. */
    private Optional<Button> removeButton() {
        if (!currentUser.isEditor()) {
            return Optional.empty();
        }
        ItemRemoval.Action action = editor.removal(item.id()).action();
        if (action == ItemRemoval.Action.NONE) {
            return Optional.empty();
        }
        Button remove = new Button(action == ItemRemoval.Action.DELETE ? "Verwijderen…" : "Archiveren…", e -> confirmRemoval());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Optional.of(remove);
    }

    void confirmRemoval() {
        new RemoveItemDialog(editor, item.id(), done -> {
            if (done == ItemRemoval.Action.DELETE) {
                getUI().ifPresent(ui -> ui.navigate("beheer"));
            } else {
                item = editor.load(item.id());
                render();
            }
        }).open();
    }

    /** A contributor changes a published item by proposing: the public page stays until an editor accepts. */
    private boolean proposes() {
        return item != null && !currentUser.isEditor()
                && (item.status() == ItemStatus.GEPUBLICEERD || item.status() == ItemStatus.GEARCHIVEERD);
    }

    private void renderHeader() {
        header.removeAll();
        header.add(new H1(item == null ? "Nieuw: " + type.label().toLowerCase() : item.source().title()));
        if (item != null) {
            Span status = new Span(item.status().label());
            status.addClassNames("badge", "status-badge-" + item.status().code());
            Paragraph meta = new Paragraph(status, new Span(" · " + type.label() + " · laatst bewaard "
                    + MOMENT.format(item.updatedAt().atZone(ZONE)) + (item.lastChangedBy() == null ? "" : " door " + item.lastChangedBy())));
            header.add(meta);
        }
    }

    // ---- saving -----------------------------------------------------------------------------------------

    /** @param overwrite save over a newer version the editor has seen and chose to replace */
    void save(boolean overwrite) {
        ItemSource source = form.toSource();
        List<FieldProblem> found = editor.validate(source, item == null);
        if (!found.isEmpty()) {
            showProblems(found);
            return;
        }
        try {
            if (proposes()) {
                proposals.propose(item.id(), source, comment.getValue());
                comment.clear();
                showProblems(List.of());
                renderProposals();
                notify("Je voorstel is bewaard. Een redacteur bekijkt het; tot dan blijft de publieke pagina zoals ze is.");
                return;
            }
            if (item == null) {
                EditorItem created = editor.create(source, comment.getValue());
                notify("Aangemaakt als concept.");
                getUI().ifPresent(ui -> ui.navigate("beheer/item/" + created.id()));
                return;
            }
            long version = overwrite ? editor.load(item.id()).version() : item.version();
            item = editor.save(item.id(), source, version, comment.getValue());
            comment.clear();
            showProblems(List.of());
            renderHeader();
            renderWorkflow();
            notify("Bewaard.");
        } catch (EditorException.Invalid e) {
            showProblems(e.problems());
        } catch (EditorException.Conflict e) {
            showConflict(e.current(), source);
        } catch (OptimisticLockingFailureException e) {
            showConflict(editor.load(item.id()), source);
        } catch (EditorException.NotAllowed e) {
            showProblems(List.of(new FieldProblem("", e.getMessage(), "")));
        }
    }

    void showProblems(List<FieldProblem> list) {
        problems.removeAll();
        List<FieldProblem> unplaced = form.showProblems(list);
        if (list.isEmpty()) {
            return;
        }
        problems.add(new Paragraph(list.size() == 1 ? "Er is 1 probleem; het staat bij het veld hieronder."
                : "Er zijn " + list.size() + " problemen; ze staan bij de velden hieronder."));
        if (!unplaced.isEmpty()) {
            UnorderedList rest = new UnorderedList();
            unplaced.forEach(p -> rest.add(new ListItem(p.message() + " " + p.hint())));
            problems.add(rest);
        }
        problems.getElement().scrollIntoView();
    }

    /** Someone else saved in between: show what differs and let the editor decide; their input stays in the form. */
    private void showConflict(EditorItem theirs, ItemSource mine) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Iemand anders bewaarde dit item intussen");
        dialog.add(new Paragraph((theirs.lastChangedBy() == null ? "Een collega" : theirs.lastChangedBy()) + " bewaarde op "
                + MOMENT.format(theirs.updatedAt().atZone(ZONE)) + ". Je wijzigingen zijn niet verloren: ze staan nog in het formulier."));
        List<ItemDiff.Change> changes = ItemDiff.between(theirs.source(), mine);
        dialog.add(new H2("Verschil tussen hun versie en de jouwe"), changes.isEmpty()
                ? new Paragraph("Er is geen inhoudelijk verschil.") : DiffView.of(changes, "Hun versie", "Jouw versie"));
        Button keepMine = new Button("Mijn versie bewaren", e -> {
            dialog.close();
            save(true);
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button takeTheirs = new Button("Hun versie laden (mijn wijzigingen vervallen)", e -> {
            dialog.close();
            item = theirs;
            render();
        });
        Button cancel = new Button("Verder bewerken", e -> dialog.close());
        dialog.getFooter().add(cancel, takeTheirs, keepMine);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    // ---- proposals ---------------------------------------------------------------------------------------

    private void renderProposals() {
        proposalPanel.removeAll();
        if (item == null) {
            return;
        }
        List<ProposalService.Proposal> shown = proposals.forItem(item.id()).stream()
                .filter(p -> p.status() == ItemProposal.Status.OPEN || !currentUser.isEditor()).limit(5).toList();
        if (shown.isEmpty()) {
            return;
        }
        proposalPanel.addClassName("proposal-panel");
        Section section = new Section(new H2("Voorstellen tot wijziging"));
        for (ProposalService.Proposal proposal : shown) {
            section.add(proposal(proposal));
        }
        proposalPanel.add(section);
    }

    private Div proposal(ProposalService.Proposal p) {
        Div box = new Div();
        box.addClassName("proposal");
        box.add(new Paragraph(MOMENT.format(p.createdAt().atZone(ZONE)) + " · " + p.proposedBy()
                + (p.organisation() == null ? "" : " (" + p.organisation() + ")") + (p.comment() == null ? "" : " · " + p.comment())));
        if (p.status() != ItemProposal.Status.OPEN) {
            box.add(new Paragraph(switch (p.status()) {
                case ACCEPTED -> "Aanvaard door " + p.decidedBy();
                case REJECTED -> "Afgewezen door " + p.decidedBy() + ": " + p.decisionComment();
                case WITHDRAWN -> "Ingetrokken";
                case OPEN -> "";
            }));
            return box;
        }
        List<ItemDiff.Change> changes = proposals.changes(p.id());
        box.add(changes.isEmpty() ? new Paragraph("Dit voorstel verandert niets meer aan de huidige versie.")
                : DiffView.of(changes, "Huidige versie", "Voorstel"));
        TextField reason = new TextField("Toelichting bij je beslissing");
        Div buttons = new Div();
        buttons.addClassName("workflow-buttons");
        if (currentUser.isEditor()) {
            Button accept = new Button("Aanvaarden", e -> decide(() -> proposals.accept(p.id(), reason.getValue()), "Voorstel aanvaard."));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button("Afwijzen", e -> decide(() -> proposals.reject(p.id(), reason.getValue()), "Voorstel afgewezen."));
            buttons.add(accept, reject);
            box.add(reason, buttons);
        } else if (p.proposedBy().equals(be.wegwijzer.base.CurrentActor.name())) {
            buttons.add(new Button("Voorstel intrekken", e -> decide(() -> proposals.withdraw(p.id()), "Voorstel ingetrokken.")));
            box.add(buttons);
        }
        return box;
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            item = editor.load(item.id());
            render();
            notify(done);
        } catch (EditorException.Invalid e) {
            showProblems(e.problems());
        } catch (EditorException e) {
            Notification failure = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    // ---- workflow ---------------------------------------------------------------------------------------

    private void renderWorkflow() {
        workflow.removeAll();
        if (item == null) {
            return;
        }
        workflow.addClassName("workflow-panel");
        Section section = new Section(new H2("Status: " + item.status().label()));
        if (item.publishAt() != null) {
            section.add(new Paragraph("Publicatie gepland op " + MOMENT.format(item.publishAt().atZone(ZONE)) + "."));
        }
        if (item.withdrawAt() != null) {
            section.add(new Paragraph("Intrekking gepland op " + MOMENT.format(item.withdrawAt().atZone(ZONE)) + "."));
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
                        confirmRemoval(); // archiving now: the editor first sees what points to the item
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
            item.history().stream().limit(10).forEach(s -> steps.add(new ListItem(MOMENT.format(s.at().atZone(ZONE)) + " · "
                    + (s.from() == null ? "" : s.from().label() + " → ") + s.to().label() + " · " + s.actor()
                    + (s.comment() == null || s.comment().isBlank() ? "" : " · " + s.comment()))));
            section.add(new Paragraph("Verloop"), steps);
        }
        workflow.add(section);
    }

    private void transition(ItemStatus to, String reason, LocalDateTime planned) {
        try {
            item = editor.transition(item.id(), to, reason, planned == null ? null : planned.atZone(ZONE).toInstant());
            renderHeader();
            renderWorkflow();
            notify(planned == null ? "Status: " + item.status().label() + "." : "Gepland.");
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

    // ---- contact person of a practice -------------------------------------------------------------------

    private Section contactSection() {
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
                notify("Contactpersoon bewaard.");
            } catch (EditorException.Invalid problem) {
                name.setErrorMessage(problem.problems().getFirst().message() + " " + problem.problems().getFirst().hint());
                name.setInvalid(true);
            }
        });
        Div grid = new Div(name, mail, consent, store);
        grid.addClassName("form-grid");
        Section section = new Section(new H2("Contactpersoon (alleen met toestemming)"), grid);
        section.addClassName("form-section");
        return section;
    }

    private static void notify(String message) {
        Notification ok = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
