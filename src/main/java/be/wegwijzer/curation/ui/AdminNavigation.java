package be.wegwijzer.curation.ui;

import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** Links between the administration pages, shown according to the user's role. */
final class AdminNavigation {

    private AdminNavigation() {
    }

    static Nav of(CurrentUser currentUser) {
        Nav nav = new Nav();
        nav.addClassName("admin-nav");
        nav.getElement().setAttribute("aria-label", "Beheer");
        nav.add(new Anchor("/beheer", "Items"));
        if (currentUser.isEditor()) {
            nav.add(new Anchor("/beheer/overzicht", "Overzicht"), new Anchor("/beheer/uitwisselen", "Exporteren en importeren"));
        }
        nav.add(new Anchor("/bijdragen", "Goede praktijk bijdragen"));
        if (currentUser.isEditor()) {
            nav.add(new Anchor("/" + SearchAnalyticsView.ROUTE, "Zoekgedrag"), new Anchor("/" + SynonymsView.ROUTE, "Synoniemen"));
        }
        if (currentUser.has(Role.BEHEERDER)) {
            nav.add(new Anchor("/beheer/gebruikers", "Gebruikers"), new Anchor("/beheer/auditlog", "Auditlog"));
        }
        return nav;
    }
}
