package be.wegwijzer.curation;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemFile;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.ItemSourceWriter;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a contributor proposes to a published item. The public page stays as it is until an editor accepts the
 * proposal; then it is saved like any edit (same rules, a new revision, attributed to the contributor). The
 * proposal is kept in the content file format, so it is checked with the importer's rules again when accepted.
 */
@Service
@Transactional
public class ProposalService {

    /** A proposal as the editor and the contributor see it. */
    public record Proposal(
            long id,
            long itemId,
            String itemTitle,
            ItemType itemType,
            String organisation,
            String proposedBy,
            Instant createdAt,
            String comment,
            ItemProposal.Status status,
            String decidedBy,
            Instant decidedAt,
            String decisionComment) {}

    private final ItemProposalRepository proposals;
    private final ItemRepository items;
    private final EditorService editor;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProposalService(
            ItemProposalRepository proposals,
            ItemRepository items,
            EditorService editor,
            CurrentUser currentUser,
            Clock clock) {
        this.proposals = proposals;
        this.items = items;
        this.editor = editor;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A contributor's change to a published (or archived) item of their organisation; a newer proposal by the same
     * person replaces their open one.
     */
    @RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
    public Proposal propose(long itemId, ItemSource source, String comment) {
        EditorItem current = editor.load(itemId); // the same access rule as opening the item
        if (current.status() == ItemStatus.CONCEPT || current.status() == ItemStatus.TER_REVIEW) {
            throw new EditorException.NotAllowed("Dit item is nog niet gepubliceerd: bewaar je wijziging gewoon.");
        }
        Item organisation =
                currentUser.account().map(UserAccount::getOrganisation).orElse(null);
        ItemSource proposed = sameItem(source, current.source(), organisation);
        List<FieldProblem> problems = editor.validate(proposed, false);
        if (!problems.isEmpty()) {
            throw new EditorException.Invalid(problems);
        }
        if (ItemDiff.between(current.source(), proposed).isEmpty()) {
            throw new EditorException.NotAllowed("Je voorstel verandert niets aan het item.");
        }
        Item item = items.findById(itemId).orElseThrow();
        String actor = CurrentActor.name();
        String content = ItemSourceWriter.write(proposed);
        Instant now = clock.instant();
        ItemProposal proposal =
                proposals.findByItemAndStatusAndProposedBy(item, ItemProposal.Status.OPEN, actor).stream()
                        .findFirst()
                        .map(open -> {
                            open.revise(content, blankToNull(comment), now);
                            return open;
                        })
                        .orElseGet(() -> proposals.save(
                                new ItemProposal(item, organisation, actor, now, blankToNull(comment), content)));
        return view(proposal);
    }

    /** Open proposals, oldest first, for the editors' dashboard. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public List<Proposal> open() {
        return proposals.findByStatusOrderByCreatedAtAsc(ItemProposal.Status.OPEN).stream()
                .map(ProposalService::view)
                .toList();
    }

    /** The proposals for one item, newest first; contributors see those of their organisation's items only. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
    public List<Proposal> forItem(long itemId) {
        editor.load(itemId);
        return proposals.findByItemOrderByCreatedAtDesc(items.findById(itemId).orElseThrow()).stream()
                .map(ProposalService::view)
                .toList();
    }

    /** What accepting the proposal would change in the item as it is now. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
    public List<ItemDiff.Change> changes(long proposalId) {
        ItemProposal proposal = find(proposalId);
        EditorItem current = editor.load(proposal.getItem().getId());
        return ItemDiff.between(current.source(), parse(proposal));
    }

    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public EditorItem accept(long proposalId, String comment) {
        ItemProposal proposal = open(proposalId);
        long itemId = proposal.getItem().getId();
        EditorItem current = editor.load(itemId);
        EditorItem saved = editor.save(
                itemId,
                parse(proposal),
                current.version(),
                "Voorstel van " + proposal.getProposedBy() + " aanvaard"
                        + (blankToNull(comment) == null ? "" : ": " + comment.strip()));
        proposal.decide(ItemProposal.Status.ACCEPTED, CurrentActor.name(), clock.instant(), blankToNull(comment));
        return saved;
    }

    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void reject(long proposalId, String reason) {
        if (blankToNull(reason) == null) {
            throw new EditorException.Invalid(List.of(new FieldProblem(
                    "reden",
                    "Geef kort aan waarom je het voorstel afwijst.",
                    "De bijdrager ziet je reden bij het item en kan een beter voorstel doen.")));
        }
        open(proposalId).decide(ItemProposal.Status.REJECTED, CurrentActor.name(), clock.instant(), reason.strip());
    }

    /** The person who proposed it takes it back. */
    @RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
    public void withdraw(long proposalId) {
        ItemProposal proposal = open(proposalId);
        if (!proposal.getProposedBy().equals(CurrentActor.name())) {
            throw new EditorException.NotAllowed("Alleen wie het voorstel deed, kan het intrekken.");
        }
        proposal.decide(ItemProposal.Status.WITHDRAWN, CurrentActor.name(), clock.instant(), null);
    }

    private ItemProposal open(long proposalId) {
        ItemProposal proposal = find(proposalId);
        if (proposal.getStatus() != ItemProposal.Status.OPEN) {
            throw new EditorException.NotAllowed("Over dit voorstel is al beslist.");
        }
        return proposal;
    }

    private ItemProposal find(long proposalId) {
        ItemProposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new EditorException.NotAllowed("Dit voorstel bestaat niet (meer)."));
        editor.load(proposal.getItem().getId()); // contributors: only for their organisation's items
        return proposal;
    }

    /** The proposal read back with the current vocabulary: a theme removed since then is reported, not saved. */
    private ItemSource parse(ItemProposal proposal) {
        Item item = proposal.getItem();
        ItemFile.Parsed parsed = ItemFile.parse(
                item.getType(),
                item.getSlug(),
                item.getType().folder() + "/" + item.getSlug() + ".md",
                proposal.getContent(),
                editor.vocabulary());
        if (parsed.source().isEmpty()) {
            throw new EditorException.Invalid(parsed.problems().stream()
                    .map(p -> new FieldProblem("", p.message(), p.hint()))
                    .toList());
        }
        return parsed.source().get();
    }

    /** The slug and type never change; a contributor's proposal stays with their organisation. */
    private ItemSource sameItem(ItemSource s, ItemSource current, Item organisation) {
        String owner = currentUser.isEditor() || organisation == null || s.type() == ItemType.ORGANISATIE
                ? s.owner()
                : organisation.getSlug();
        return s.withIdentity(current.type(), current.slug()).withOwner(owner);
    }

    private static Proposal view(ItemProposal p) {
        return new Proposal(
                p.getId(),
                p.getItem().getId(),
                p.getItem().getTitle(),
                p.getItem().getType(),
                p.getOrganisation() == null ? null : p.getOrganisation().getTitle(),
                p.getProposedBy(),
                p.getCreatedAt(),
                p.getComment(),
                p.getStatus(),
                p.getDecidedBy(),
                p.getDecidedAt(),
                p.getDecisionComment());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
