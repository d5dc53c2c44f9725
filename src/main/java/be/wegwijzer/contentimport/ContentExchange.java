package be.wegwijzer.contentimport;

import be.wegwijzer.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import org.springframework.stereotype.Service;

/**
 * Export and zip import for people in the portal, with who may do what: editors export, only administrators
 * import (an import can replace the whole content). The start-up import and the command use the importer directly.
 */
@Service
public class ContentExchange {

    private final ContentExporter exporter;
    private final ContentImporter importer;

    ContentExchange(ContentExporter exporter, ContentImporter importer) {
        this.exporter = exporter;
        this.importer = importer;
    }

    /** Writes the zip; returns the number of items in it. */
    @RolesAllowed({Role.EDITOR, Role.ADMIN})
    public int export(OutputStream zip, ExportFilter filter) {
        return exporter.export(zip, filter);
    }

    @RolesAllowed(Role.ADMIN)
    public ImportReport preview(byte[] zip, boolean overwritePortalEdits) {
        return importer.previewZip(new ByteArrayInputStream(zip), overwritePortalEdits);
    }

    @RolesAllowed(Role.ADMIN)
    public ImportReport importZip(byte[] zip, boolean overwritePortalEdits) {
        return importer.importZip(new ByteArrayInputStream(zip), overwritePortalEdits);
    }
}
