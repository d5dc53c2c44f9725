package be.wegwijzer.itempage.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.ItemPage;
import be.wegwijzer.itempage.BundleService;
import be.wegwijzer.itempage.PreviewAccess;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;

/** {@code /beheer/voorbeeld/{id}}: a draft shown exactly as its public page will look, for the people editing it. */
@Route(value = "beheer/voorbeeld/:id", layout = MainLayout.class)
@RolesAllowed({Role.EDITOR, Role.ADMIN, Role.CONTRIBUTOR})
public class PreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final PreviewAccess access;
    private final ItemView page;

    PreviewView(CatalogService catalog, PreviewAccess access, BundleService bundles, Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.page = new ItemView(catalog, bundles, clock);
        addClassName("preview-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preview.pagetitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ItemPage> found;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            found = access.mayPreview(id) ? catalog.anyPage(id) : Optional.empty();
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Paragraph banner = new Paragraph(getTranslation(
                found.get().item().isPublished() ? "preview.banner.published" : "preview.banner.draft",
                found.get().item().getStatus().label()));
        banner.addClassName("notice");
        page.show(found.get());
        add(banner, page);
    }
}
