package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * Links between the administration pages, shown on each of them. Every page declares itself with {@code @Menu}
 * (a translation key as title, and its place); the menu leaves out what the user's role may not open, so an editor
 * sees no account pages and a contributor only their items and the contribution form.
 */
public class AdminMenu extends Nav {

    public AdminMenu() {
        addClassName("admin-nav");
        getElement().setAttribute("aria-label", getTranslation("admin.menu.label"));
        for (MenuEntry entry : MenuEntries.administration()) {
            add(new Anchor(MenuEntries.href(entry), getTranslation(entry.title())));
        }
    }
}
