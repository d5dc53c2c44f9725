package be.wegwijzer.curation;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRevision;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The revision history of an item (Hibernate Envers): list, compare any two versions, restore an old one. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    /** One saved version of an item. */
    public record Version(int revision, Instant at, String actor, String comment, ItemStatus status, String change) {}

    private final EditorService editor;

    @PersistenceContext
    private EntityManager entityManager;

    HistoryService(EditorService editor) {
        this.editor = editor;
    }

    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public List<Version> versions(long itemId) {
        editor.load(itemId); // the same access rule as opening the item
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Item.class, false, true)
                .add(AuditEntity.id().eq(itemId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Item state = (Item) row[0];
                    ItemRevision revision = (ItemRevision) row[1];
                    RevisionType type = (RevisionType) row[2];
                    return new Version(
                            revision.getId(),
                            Instant.ofEpochMilli(revision.getTimestamp()),
                            revision.getActor(),
                            revision.getComment(),
                            state.getStatus(),
                            switch (type) {
                                case ADD -> "Aangemaakt";
                                case MOD -> "Gewijzigd";
                                case DEL -> "Verwijderd";
                            });
                })
                .toList();
    }

    /** The item as it was in a revision, in content-file form. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public ItemSource at(long itemId, int revision) {
        editor.load(itemId);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        Item state = reader.find(Item.class, itemId, revision);
        if (state == null) {
            throw new EditorException.NotAllowed("Versie " + revision + " van dit item bestaat niet.");
        }
        return ItemMapper.toSource(state);
    }

    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public List<ItemDiff.Change> compare(long itemId, int older, int newer) {
        return ItemDiff.between(at(itemId, older), at(itemId, newer));
    }

    /** Makes an old version current again, as a new revision; the history keeps everything in between. */
    @Transactional
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public EditorItem restore(long itemId, int revision, long openedVersion) {
        ItemSource old = at(itemId, revision);
        return editor.save(itemId, old, openedVersion, "Hersteld naar versie " + revision);
    }

    /** The current content, for comparing with an older version. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
    public ItemSource current(long itemId) {
        return editor.load(itemId).source();
    }
}
