package be.wegwijzer.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;

/**
 * The menus, read from the {@code @Menu} of the views (title: a translation key; order: their place). Vaadin's
 * {@link MenuConfiguration} leaves out what the current user may not open. The administration pages live under
 * {@code /beheer} and {@code /bijdragen}; every other entry belongs to the public main navigation.
 */
final class MenuEntries {

    private static final List<String> ADMINISTRATION = List.of("beheer", "bijdragen");

    private MenuEntries() {}

    /** The public pages of the main navigation, in menu order. */
    static List<MenuEntry> main() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(e -> !isAdministration(e))
                .toList();
    }

    /** The administration pages the current user may open, in menu order. */
    static List<MenuEntry> administration() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(MenuEntries::isAdministration)
                .toList();
    }

    /** The entry's path as a link from the site root. */
    static String href(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path() : "/" + entry.path();
    }

    private static boolean isAdministration(MenuEntry entry) {
        String path = href(entry).substring(1);
        return ADMINISTRATION.stream().anyMatch(section -> path.equals(section) || path.startsWith(section + "/"));
    }
}
