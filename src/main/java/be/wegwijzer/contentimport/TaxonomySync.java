package be.wegwijzer.contentimport;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Brings one taxonomy table in line with its file: terms are added and updated before the items are written,
 * obsolete terms are deleted after them (items may still point to them until then). A subclass says how one
 * kind of term is read from its file entry; a tree-shaped taxonomy also names each entry's parent.
 *
 * @param <S> an entry of the taxonomy file, e.g. {@link TaxonomySource.ThemeSource}
 * @param <E> the stored term, e.g. {@link be.wegwijzer.catalog.Theme}
 */
abstract class TaxonomySync<S, E> {

    private final JpaRepository<E, String> terms;
    private final Function<E, String> termCode;

    TaxonomySync(JpaRepository<E, String> terms, Function<E, String> termCode) {
        this.terms = terms;
        this.termCode = termCode;
    }

    abstract String code(S entry);

    abstract E create(String code);

    /** Whether the stored term says something else than the entry, with {@code parent} already resolved. */
    abstract boolean differs(E term, S entry, E parent);

    abstract void update(E term, S entry, E parent);

    /** The code of the entry's parent in a tree-shaped taxonomy; flat taxonomies have none. */
    String parentCode(S entry) {
        return null;
    }

    /** Content stored with the term that other items do not copy, so a change to it is no taxonomy change. */
    void updateOwnContent(E term, S entry) {}

    /** Lets go of the parent of a term that is about to be deleted, so that a parent and child can go together. */
    void detachFromParent(E term) {}

    /**
     * Adds and updates the terms of the file; returns whether anything changed. New terms are stored without a
     * parent first, so that an entry may name a parent that comes later in the file.
     */
    boolean addAndUpdate(List<S> entries, EntityManager entityManager) {
        boolean changed = false;
        Map<String, E> byCode = byCode();
        for (S entry : entries) {
            if (!byCode.containsKey(code(entry))) {
                E term = create(code(entry));
                update(term, entry, null);
                entityManager.persist(term);
                byCode.put(code(entry), term);
                changed = true;
            }
        }
        for (S entry : entries) {
            E term = byCode.get(code(entry));
            E parent = parentCode(entry) == null ? null : byCode.get(parentCode(entry));
            if (differs(term, entry, parent)) {
                update(term, entry, parent);
                changed = true;
            }
            updateOwnContent(term, entry);
        }
        return changed;
    }

    /** The stored terms the file no longer has, already detached from their parent; delete them after a flush. */
    List<E> obsolete(List<S> entries) {
        Set<String> codes = entries.stream().map(this::code).collect(Collectors.toSet());
        List<E> obsolete = terms.findAll().stream()
                .filter(t -> !codes.contains(termCode.apply(t)))
                .toList();
        obsolete.forEach(this::detachFromParent);
        return obsolete;
    }

    void delete(List<E> obsolete) {
        terms.deleteAll(obsolete);
    }

    Map<String, E> byCode() {
        Map<String, E> map = new HashMap<>();
        terms.findAll().forEach(t -> map.put(termCode.apply(t), t));
        return map;
    }

    List<E> all() {
        return terms.findAll();
    }
}
