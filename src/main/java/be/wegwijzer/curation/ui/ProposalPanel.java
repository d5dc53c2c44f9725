package be.wegwijzer.curation.ui;

import static be.wegwijzer.curation.ui.ItemEditorView.MOMENT;
import static be.wegwijzer.curation.ui.ItemEditorView.ZONE;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.ItemDiff;
import be.wegwijzer.curation.ItemProposal;
import be.wegwijzer.curation.ProposalService;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Proposed changes to a published item: editors accept or reject them, contributors follow and withdraw their own. */
final class ProposalPanel extends Div {

    private final ProposalService proposals;
    private final CurrentUser currentUser;
    private final Runnable decided;
    private final Consumer<List<FieldProblem>> problems;

    /**
     * @param decided  told after a decision: the item may have changed
     * @param problems shows the problems of a proposal that no longer fits the vocabulary
     */
    ProposalPanel(
            ProposalService proposals,
            CurrentUser currentUser,
            Runnable decided,
            Consumer<List<FieldProblem>> problems) {
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.decided = decided;
        this.problems = problems;
    }

    /** Shows the open proposals of {@code item} (for contributors also their decided ones); nothing for a new item. */
    void show(EditorItem item) {
        removeAll();
        if (item == null) {
            return;
        }
        List<ProposalService.Proposal> shown = proposals.forItem(item.id()).stream()
                .filter(p -> p.status() == ItemProposal.Status.OPEN || !currentUser.isEditor())
                .limit(5)
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        addClassName("proposal-panel");
        Section section = new Section(new H2("Voorstellen tot wijziging"));
        for (ProposalService.Proposal proposal : shown) {
            section.add(proposal(proposal));
        }
        add(section);
    }

    private Div proposal(ProposalService.Proposal p) {
        Div box = new Div();
        box.addClassName("proposal");
        box.add(new Paragraph(MOMENT.format(p.createdAt().atZone(ZONE)) + " · " + p.proposedBy()
                + (p.organisation() == null ? "" : " (" + p.organisation() + ")")
                + (p.comment() == null ? "" : " · " + p.comment())));
        if (p.status() != ItemProposal.Status.OPEN) {
            box.add(new Paragraph(
                    switch (p.status()) {
                        case ACCEPTED -> "Aanvaard door " + p.decidedBy();
                        case REJECTED -> "Afgewezen door " + p.decidedBy() + ": " + p.decisionComment();
                        case WITHDRAWN -> "Ingetrokken";
                        case OPEN -> "";
                    }));
            return box;
        }
        List<ItemDiff.Change> changes = proposals.changes(p.id());
        box.add(
                changes.isEmpty()
                        ? new Paragraph("Dit voorstel verandert niets meer aan de huidige versie.")
                        : DiffView.of(changes, "Huidige versie", "Voorstel"));
        TextField reason = new TextField("Toelichting bij je beslissing");
        Div buttons = new Div();
        buttons.addClassName("workflow-buttons");
        if (currentUser.isEditor()) {
            Button accept = new Button(
                    "Aanvaarden", e -> decide(() -> proposals.accept(p.id(), reason.getValue()), "Voorstel aanvaard."));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(
                    "Afwijzen", e -> decide(() -> proposals.reject(p.id(), reason.getValue()), "Voorstel afgewezen."));
            buttons.add(accept, reject);
            box.add(reason, buttons);
        } else if (p.proposedBy().equals(CurrentActor.name())) {
            buttons.add(new Button(
                    "Voorstel intrekken", e -> decide(() -> proposals.withdraw(p.id()), "Voorstel ingetrokken.")));
            box.add(buttons);
        }
        return box;
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            decided.run();
            ItemEditorView.notify(done);
        } catch (EditorException.Invalid e) {
            problems.accept(e.problems());
        } catch (EditorException e) {
            Notification failure = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            failure.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
