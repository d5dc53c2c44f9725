package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemDiff;
import be.wegwijzer.curation.ItemRemoval;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.curation.ProposalService;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DutchFormat.LOCALE);

    private final EditorService editor;
    private final ItemRemovalService removals;
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
    private WorkflowPanel workflow;
    private ProposalPanel proposalPanel;

    ItemEditorView(
            EditorService editor,
            ItemRemovalService removals,
            ProposalService proposals,
            EditorLookup lookup,
            TaxonomyService taxonomy,
            CurrentUser currentUser,
            Clock clock) {
        this.editor = editor;
        this.removals = removals;
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
        Button save = new Button(
                item == null ? "Aanmaken" : proposes() ? "Wijziging voorstellen" : "Bewaren", e -> save(false));
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
        workflow = new WorkflowPanel(editor, currentUser, clock, this::afterTransition, this::confirmRemoval);
        proposalPanel = new ProposalPanel(proposals, currentUser, this::afterDecision, this::showProblems);
        add(new Anchor("/beheer", "← Alle items"), header, problems, workflow, proposalPanel, form);
        if (item != null && type == ItemType.PRAKTIJK) {
            add(new ContactSection(editor, item));
        }
        add(actions);
        workflow.show(item);
        proposalPanel.show(item);
    }

    /** Delete (a never-published draft) or archive (once published), for editors, always after a confirmation. */
    private Optional<Button> removeButton() {
        if (!currentUser.isEditor()) {
            return Optional.empty();
        }
        ItemRemoval.Action action = removals.removal(item.id()).action();
        if (action == ItemRemoval.Action.NONE) {
            return Optional.empty();
        }
        Button remove =
                new Button(action == ItemRemoval.Action.DELETE ? "Verwijderen…" : "Archiveren…", e -> confirmRemoval());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return Optional.of(remove);
    }

    void confirmRemoval() {
        new RemoveItemDialog(removals, item.id(), done -> {
                    if (done == ItemRemoval.Action.DELETE) {
                        getUI().ifPresent(ui -> ui.navigate("beheer"));
                    } else {
                        item = editor.load(item.id());
                        render();
                    }
                })
                .open();
    }

    /** A contributor changes a published item by proposing: the public page stays until an editor accepts. */
    private boolean proposes() {
        return item != null
                && !currentUser.isEditor()
                && (item.status() == ItemStatus.GEPUBLICEERD || item.status() == ItemStatus.GEARCHIVEERD);
    }

    private void renderHeader() {
        header.removeAll();
        header.add(new H1(
                item == null
                        ? "Nieuw: " + type.label().toLowerCase()
                        : item.source().title()));
        if (item != null) {
            Span status = new Span(item.status().label());
            status.addClassNames("badge", "status-badge-" + item.status().code());
            Paragraph meta = new Paragraph(
                    status,
                    new Span(" · " + type.label() + " · laatst bewaard "
                            + MOMENT.format(item.updatedAt().atZone(ZONE))
                            + (item.lastChangedBy() == null ? "" : " door " + item.lastChangedBy())));
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
                proposalPanel.show(item);
                notify(
                        "Je voorstel is bewaard. Een redacteur bekijkt het; tot dan blijft de publieke pagina zoals ze is.");
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
            workflow.show(item);
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
        problems.add(new Paragraph(
                list.size() == 1
                        ? "Er is 1 probleem; het staat bij het veld hieronder."
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
        dialog.add(new Paragraph((theirs.lastChangedBy() == null ? "Een collega" : theirs.lastChangedBy())
                + " bewaarde op " + MOMENT.format(theirs.updatedAt().atZone(ZONE))
                + ". Je wijzigingen zijn niet verloren: ze staan nog in het formulier."));
        List<ItemDiff.Change> changes = ItemDiff.between(theirs.source(), mine);
        dialog.add(
                new H2("Verschil tussen hun versie en de jouwe"),
                changes.isEmpty()
                        ? new Paragraph("Er is geen inhoudelijk verschil.")
                        : DiffView.of(changes, "Hun versie", "Jouw versie"));
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

    /** A workflow step was taken: the header and the panel show the new status. */
    private void afterTransition(EditorItem changed) {
        item = changed;
        renderHeader();
        workflow.show(item);
    }

    /** A proposal was accepted, rejected or withdrawn: the item may have changed, so everything is shown anew. */
    private void afterDecision() {
        item = editor.load(item.id());
        render();
    }

    static void notify(String message) {
        Notification ok = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        ok.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
