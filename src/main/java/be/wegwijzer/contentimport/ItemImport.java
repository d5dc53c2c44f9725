package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.ItemMapper;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.Taxonomy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes the items of a checked content folder, inside the import's transaction: creates and updates the items whose
 * file changed and deletes those whose file is gone, unless the portal has a reason to keep them.
 */
@Component
class ItemImport {

    private final ItemRepository items;

    @PersistenceContext
    private EntityManager entityManager;

    ItemImport(ItemRepository items) {
        this.items = items;
    }

    /** What the items of one import came to. */
    static final class Outcome {
        int created;
        int updated;
        int unchanged;
        int deleted;
        boolean organisationRenamed;
        final List<ContentProblem> warnings = new ArrayList<>();
        /** Every item after the import, by slug, for references from the taxonomy files. */
        final Map<String, Item> bySlug = new HashMap<>();
    }

    /**
     * @param upload               the files come through the portal, so what they change counts as a portal edit
     * @param overwritePortalEdits let the files win over changes made in the portal since the last import
     */
    Outcome apply(ContentSet set, Taxonomy taxonomy, boolean upload, boolean overwritePortalEdits, Instant now) {
        Outcome outcome = new Outcome();
        Map<String, Item> bySlug = outcome.bySlug;
        items.findAll().forEach(i -> bySlug.put(i.getSlug(), i));
        Set<String> inFiles = new HashSet<>();
        List<ContentSet.ParsedItem> changed = new ArrayList<>();
        for (ContentSet.ParsedItem parsed : set.items()) {
            ItemSource source = parsed.source();
            inFiles.add(source.slug());
            Item item = bySlug.get(source.slug());
            if (item != null && isUnchanged(parsed, item)) {
                if (item.getContentHash() == null) {
                    item.setContentHash(
                            parsed.contentHash()); // it now comes from a file, as overwriting it would have made it
                }
                if (!upload) {
                    item.clearEditedInPortal(); // file and portal agree again: the file leads from here on
                }
                outcome.unchanged++;
                continue;
            }
            if (item != null && item.getEditedInPortalAt() != null && !overwritePortalEdits) {
                // The file changed and so did the item in the portal: neither wins silently.
                outcome.warnings.add(new ContentProblem(
                        parsed.file(),
                        1,
                        "Niet overschreven: dit item werd in de portaal gewijzigd op " + item.getEditedInPortalAt()
                                + ".",
                        "Exporteer het item om beide versies te vergelijken, of importeer met "
                                + "'--overschrijf' als de bestanden de juiste versie bevatten."));
                outcome.unchanged++;
                continue;
            }
            if (item == null) {
                item = new Item(source.type(), source.slug(), now);
                ItemMapper.applyFields(source, item, taxonomy);
                item.publication().publish(now);
                entityManager.persist(item);
                bySlug.put(source.slug(), item);
                outcome.created++;
            } else {
                boolean organisationRenamed = item.getType() == ItemType.ORGANISATIE
                        && !source.title().equals(item.getTitle());
                outcome.organisationRenamed |= organisationRenamed;
                ItemMapper.applyFields(source, item, taxonomy);
                item.touch(now);
                outcome.updated++;
            }
            item.setContentHash(parsed.contentHash());
            if (upload) {
                item.markEditedInPortal(now);
            } else {
                item.clearEditedInPortal();
            }
            changed.add(parsed);
        }
        for (ContentSet.ParsedItem parsed : changed) {
            ItemMapper.applyRelations(
                    parsed.source(), bySlug.get(parsed.source().slug()), bySlug);
        }
        deleteItemsWithoutFile(bySlug.values(), inFiles, overwritePortalEdits, outcome);
        return outcome;
    }

    /** Items that came from files and whose file is gone; items made in the portal have no hash and stay. */
    private void deleteItemsWithoutFile(
            Collection<Item> all, Set<String> inFiles, boolean overwritePortalEdits, Outcome outcome) {
        Map<Long, Long> inUse = organisationsInUse();
        Map<Item, String> keep = new LinkedHashMap<>();
        List<Item> gone = new ArrayList<>();
        for (Item item : all) {
            if (inFiles.contains(item.getSlug()) || item.getContentHash() == null) {
                continue;
            }
            long users = inUse.getOrDefault(item.getId(), 0L);
            if (item.getEditedInPortalAt() != null && !overwritePortalEdits) {
                keep.put(item, "het item werd in de portaal gewijzigd.");
            } else if (users > 0) {
                keep.put(
                        item,
                        users + (users == 1 ? " account of voorstel hoort" : " accounts of voorstellen horen")
                                + " bij deze organisatie.");
            } else {
                gone.add(item);
            }
        }
        keepWhatStayingItemsReferTo(all, gone, keep);
        keep.forEach(
                (item, reason) -> outcome.warnings.add(
                        new ContentProblem(
                                item.getType().folder() + "/" + item.getSlug() + ".md",
                                0,
                                "Niet verwijderd: het bestand ontbreekt, maar " + reason,
                                "Archiveer het in de portaal als het weg mag (koppel eerst accounts en verwijzingen los), of zet het bestand terug.")));
        gone.forEach(entityManager::remove);
        outcome.deleted += gone.size();
        entityManager.flush();
    }

    /**
     * An item that stays (its file is there, it was made or changed in the portal) must not point to an item that
     * goes: such an item stays too, with a warning, until nothing refers to it any more.
     */
    private static void keepWhatStayingItemsReferTo(Collection<Item> all, List<Item> gone, Map<Item, String> keep) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<Item> goneSet = new HashSet<>(gone);
            for (Item item : all) {
                if (goneSet.contains(item)) {
                    continue;
                }
                List<Item> targets = new ArrayList<>(item.getRelated());
                targets.add(item.getOwner());
                targets.add(item.measure().getReplacedBy());
                targets.add(item.verification().getVerifiedBy());
                for (Item target : targets) {
                    if (target != null && goneSet.contains(target)) {
                        gone.remove(target);
                        goneSet.remove(target);
                        keep.put(target, item + " verwijst er nog naar.");
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * How many accounts and proposals name each organisation; such an organisation cannot go. Read once before any
     * deletion: a query in between would flush half-done deletions.
     */
    private Map<Long, Long> organisationsInUse() {
        Map<Long, Long> uses = new HashMap<>();
        for (String jpql : List.of(
                "select a.organisation.id, count(a) from UserAccount a where a.organisation is not null "
                        + "group by a.organisation.id",
                "select p.organisation.id, count(p) from ItemProposal p "
                        + "where p.organisation is not null group by p.organisation.id")) {
            entityManager
                    .createQuery(jpql, Object[].class)
                    .getResultList()
                    .forEach(row -> uses.merge((Long) row[0], (Long) row[1], Long::sum));
        }
        return uses;
    }

    /**
     * The same file as last time, or a file that says the same: an exported zip formats files differently from
     * the ones they were imported from, and importing it back must not rewrite every item. The stored hash is
     * kept, so a later import of the original file still counts as unchanged.
     */
    private static boolean isUnchanged(ContentSet.ParsedItem parsed, Item item) {
        if (item.getType() != parsed.source().type()) {
            return false;
        }
        return parsed.contentHash().equals(item.getContentHash())
                || ItemMapper.asStored(parsed.source()).equals(ItemMapper.toSource(item));
    }
}
