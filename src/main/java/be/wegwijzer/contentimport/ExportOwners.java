package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations an export can be limited to ({@link ExportFilter#owner()}): every organisation item, in any
 * status, by name. Its own small service because the export page may not borrow curation's lookup (curation
 * depends on this feature, not the other way round).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class ExportOwners {

    /** An organisation as the export filter offers it. */
    public record Owner(String slug, String name) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    public List<Owner> all() {
        return entityManager.createQuery("select i.slug, i.title from Item i where i.type = :type order by i.title", Object[].class)
                .setParameter("type", ItemType.ORGANISATIE).getResultList().stream()
                .map(row -> new Owner((String) row[0], (String) row[1])).toList();
    }
}
