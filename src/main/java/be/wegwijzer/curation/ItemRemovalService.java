package be.wegwijzer.curation;

import be.wegwijzer.base.CurrentActor;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.RevisionAuthor;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.SecurityAuditLog;
import be.wegwijzer.security.SecurityEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Taking items away in the portal: deleting never-published drafts and archiving once-published items ({@link ItemRemoval}). */
@Service
@Transactional
public class ItemRemovalService {

    private final ItemRepository items;
    private final EditorService editor;
    private final WorkflowSteps steps;
    private final SecurityAuditLog audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ItemRemovalService(
            ItemRepository items, EditorService editor, WorkflowSteps steps, SecurityAuditLog audit, Clock clock) {
        this.items = items;
        this.editor = editor;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    /** What deleting or archiving this item would mean: which items point to it and whether something stands in the way. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public ItemRemoval removal(long id) {
        Item item = editor.item(id);
        ItemRemoval.Action action = item.getStatus() == ItemStatus.GEARCHIVEERD
                ? ItemRemoval.Action.NONE
                : item.publication().getPublishedAt() == null ? ItemRemoval.Action.DELETE : ItemRemoval.Action.ARCHIVE;
        List<ItemRemoval.Reference> references = new ArrayList<>();
        items.findRelatingTo(item).forEach(i -> references.add(reference(i, ItemRemoval.Kind.RELATED)));
        items.findByOwner(item).forEach(i -> references.add(reference(i, ItemRemoval.Kind.OWNER)));
        items.findReplacedBy(item).forEach(i -> references.add(reference(i, ItemRemoval.Kind.SUCCESSOR)));
        items.findVerifiedBy(item).forEach(i -> references.add(reference(i, ItemRemoval.Kind.VERIFIER)));
        List<String> blockers = new ArrayList<>();
        if (action == ItemRemoval.Action.DELETE) {
            long owned = references.stream()
                    .filter(r -> r.kind() == ItemRemoval.Kind.OWNER)
                    .count();
            if (owned > 0) {
                blockers.add("Deze organisatie is de eigenaar van " + owned + (owned == 1 ? " item" : " items")
                        + ". Geef die eerst een andere organisatie; een item zonder eigenaar kan niet.");
            }
            long checked = references.stream()
                    .filter(r -> r.kind() == ItemRemoval.Kind.VERIFIER)
                    .count();
            if (checked > 0) {
                blockers.add("Deze organisatie keek " + checked + (checked == 1 ? " item" : " items")
                        + " na; die controle blijft op de site staan. Archiveer de organisatie in plaats van ze te"
                        + " verwijderen.");
            }
            long users = entityManager
                            .createQuery("select count(a) from UserAccount a where a.organisation = :o", Long.class)
                            .setParameter("o", item)
                            .getSingleResult()
                    + entityManager
                            .createQuery("select count(p) from ItemProposal p where p.organisation = :o", Long.class)
                            .setParameter("o", item)
                            .getSingleResult();
            if (users > 0) {
                blockers.add(users + (users == 1 ? " account of voorstel hoort" : " accounts of voorstellen horen")
                        + " bij deze organisatie. Koppel ze eerst los bij Gebruikers.");
            }
        }
        return new ItemRemoval(id, item.getTitle(), action, references, blockers);
    }

    /**
     * Deletes a draft that was never published. Other items stop pointing to it (a new revision of each says so); the
     * history of the item itself stays in the revision tables. Once-published items are archived instead.
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public void deleteDraft(long id, String comment) {
        ItemRemoval removal = removal(id);
        if (removal.action() != ItemRemoval.Action.DELETE) {
            throw new EditorException.NotAllowed(
                    "Dit item was al gepubliceerd. Archiveer het: dan verdwijnt het van de site "
                            + "en blijven de geschiedenis en de verwijzingen bewaard.");
        }
        if (!removal.blockers().isEmpty()) {
            throw new EditorException.NotAllowed(String.join(" ", removal.blockers()));
        }
        Item item = editor.item(id);
        Instant now = clock.instant();
        RevisionAuthor.describe(EditorService.describe(comment, "Verwijderd: " + item), () -> {
            for (Item referring : items.findRelatingTo(item)) {
                referring.setRelated(referring.getRelated().stream()
                        .filter(r -> !r.equals(item))
                        .toList());
                referring.touch(now);
            }
            for (Item measure : items.findReplacedBy(item)) {
                measure.measure().setReplacedBy(null);
                measure.touch(now);
            }
            entityManager.remove(item);
            return null;
        });
        audit.record(
                SecurityEvent.Type.ITEM_DELETED,
                item + " (" + item.getTitle() + ")" + (comment == null ? "" : ": " + comment));
    }

    /**
     * Takes a once-published item offline: out of search and public pages, references and history kept; it can be
     * published again. Also for an item that went back to concept after being published.
     */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public EditorItem archive(long id, String comment) {
        ItemRemoval removal = removal(id);
        if (removal.action() != ItemRemoval.Action.ARCHIVE) {
            throw new EditorException.NotAllowed(
                    removal.action() == ItemRemoval.Action.NONE
                            ? "Dit item is al gearchiveerd."
                            : "Dit item werd nooit gepubliceerd; verwijder het als het weg mag.");
        }
        Item item = editor.item(id);
        return RevisionAuthor.describe(EditorService.describe(comment, ItemStatus.GEARCHIVEERD.label()), () -> {
            steps.move(item, ItemStatus.GEARCHIVEERD, CurrentActor.name(), clock.instant(), comment);
            return editor.view(item);
        });
    }

    /** Removes any item, published or not, for administrators (and test clean-up); references go with it. */
    @RolesAllowed(Role.ADMIN)
    public void delete(long id, String comment) {
        Item item = editor.item(id);
        if (!items.findByOwner(item).isEmpty()) {
            throw new EditorException.NotAllowed(
                    "Deze organisatie is nog eigenaar van andere items. Geef die eerst een andere eigenaar.");
        }
        RevisionAuthor.describe(EditorService.describe(comment, "Verwijderd"), () -> {
            entityManager.remove(item);
            return null;
        });
        audit.record(
                SecurityEvent.Type.ITEM_DELETED,
                item + " (" + item.getTitle() + ")" + (comment == null ? "" : ": " + comment));
    }

    private static ItemRemoval.Reference reference(Item item, ItemRemoval.Kind kind) {
        return new ItemRemoval.Reference(item.getId(), item.getTitle(), item.getType(), item.getStatus(), kind);
    }
}
