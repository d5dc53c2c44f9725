package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.search.EditorQuery;
import be.wegwijzer.search.EditorRow;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lookups for the editor's pickers: organisations, and items found by words in their title. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class EditorLookup {

    private final SearchService search;

    @PersistenceContext
    private EntityManager entityManager;

    EditorLookup(SearchService search) {
        this.search = search;
    }

    public List<ItemRef> organisations() {
        return entityManager
                .createQuery("select i.slug, i.title from Item i where i.type = :type order by i.title", Object[].class)
                .setParameter("type", ItemType.ORGANISATIE)
                .getResultList()
                .stream()
                .map(row -> new ItemRef(ItemType.ORGANISATIE, (String) row[0], (String) row[1]))
                .toList();
    }

    /** Items whose words match, best first; an empty filter gives the most recently changed. */
    public List<ItemRef> find(String text, Set<ItemType> types, int limit) {
        List<ItemRef> found = new ArrayList<>();
        ItemType only = types.size() == 1 ? types.iterator().next() : null;
        for (EditorRow row :
                search.editorRows(new EditorQuery(text, null, only, null, null), PageRequest.of(0, limit * 2))) {
            if ((types.isEmpty() || types.contains(row.type())) && found.size() < limit) {
                found.add(new ItemRef(row.type(), row.slug(), row.title()));
            }
        }
        return found;
    }

    /** The references of an item's current relations, so the picker can show them before any search. */
    public List<ItemRef> byReferences(Collection<String> references) {
        List<String> slugs =
                references.stream().map(r -> r.substring(r.indexOf('/') + 1)).toList();
        if (slugs.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("select i.type, i.slug, i.title from Item i where i.slug in :slugs", Object[].class)
                .setParameter("slugs", slugs)
                .getResultList()
                .stream()
                .map(row -> new ItemRef((ItemType) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
