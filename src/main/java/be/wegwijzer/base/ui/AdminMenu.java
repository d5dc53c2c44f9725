package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;

/**
 * Links between the administration pages, shown on each of them. Every page declares itself with {@code @Menu}
 * (a translation key as title, and its place); {@link MenuConfiguration} leaves out what the user's role may not
 * open, so an editor sees no account pages and a contributor only their items and the contribution form.
 */
public class AdminMenu extends Nav {

    /** First path segments of the administration pages; everything else in the menu registry is public. */
    private static final List<String> SECTIONS = List.of("beheer", "bijdragen");

    public AdminMenu() {
        addClassName("admin-nav");
        getElement().setAttribute("aria-label", getTranslation("admin.menu.label"));
        for (MenuEntry entry : entries()) {
            add(new Anchor(href(entry), getTranslation(entry.title())));
        }
    }

    /** The administration pages the current user may open, in menu order. */
    static List<MenuEntry> entries() {
        return MenuConfiguration.getMenuEntries().stream().filter(AdminMenu::isAdministration).toList();
    }

    private static boolean isAdministration(MenuEntry entry) {
        String path = href(entry).substring(1);
        return SECTIONS.stream().anyMatch(section -> path.equals(section) || path.startsWith(section + "/"));
    }

    private static String href(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path() : "/" + entry.path();
    }
}
