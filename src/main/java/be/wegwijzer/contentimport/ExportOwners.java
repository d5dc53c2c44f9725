package be.wegwijzer.contentimport;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
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
    public record Owner(String slug, String name) {}

    private final CatalogService catalog;

    ExportOwners(CatalogService catalog) {
        this.catalog = catalog;
    }

    public List<Owner> all() {
        return catalog.organisationTitles().entrySet().stream()
                .map(e -> new Owner(e.getKey(), e.getValue()))
                .toList();
    }
}
