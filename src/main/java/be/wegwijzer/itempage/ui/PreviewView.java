package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.itempage.BundleService;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;

/** {@code /beheer/voorbeeld/{id}}: a draft shown exactly as its public page will look, for the people editing it. */
@Route(value = "beheer/voorbeeld/:id", layout = MainLayout.class)
@PageTitle("Voorbeeld | Beheer | Wegwijzer Werkbaar Werk")
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class PreviewView extends Div implements BeforeEnterObserver {

    private final CatalogService catalog;
    private final EditorService editor;
    private final ItemView page;

    PreviewView(CatalogService catalog, EditorService editor, BundleService bundles, Clock clock) {
        this.catalog = catalog;
        this.editor = editor;
        this.page = new ItemView(catalog, bundles, clock);
        addClassName("preview-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ItemPage> found;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            editor.checkMayPreview(id);
            found = catalog.anyPage(id);
        } catch (NumberFormatException | EditorException.NotAllowed e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Paragraph banner = new Paragraph("Voorbeeld · status: " + found.get().item().getStatus().label()
                + (found.get().item().isPublished() ? "" : " · bezoekers zien deze pagina nog niet"));
        banner.addClassName("notice");
        page.show(found.get());
        add(banner, page);
    }
}
