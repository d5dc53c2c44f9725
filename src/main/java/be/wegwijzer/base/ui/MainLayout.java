package be.wegwijzer.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every public page: a skip link, the header with the main navigation, the main landmark that
 * holds the view, and the footer. Plain semantic elements so screen readers and crawlers see the structure.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    public static final String MAIN_ID = "inhoud";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication) {
        addClassName("page");
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skip"));
        skip.addClassName("skip-link");

        Anchor brand = new Anchor("/", "");
        brand.addClassName("brand");
        Span mark = new Span("W");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        brand.add(mark, name);

        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        UnorderedList links = new UnorderedList();
        // the public pages that carry @Menu, in their order
        for (MenuEntry entry : MenuEntries.main()) {
            links.add(new ListItem(new Anchor(MenuEntries.href(entry), getTranslation(entry.title()))));
        }
        if (authentication.isAuthenticated()) {
            links.add(new ListItem(new Anchor("/beheer", getTranslation("nav.admin"))));
            Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            logout.addClassName("logout");
            links.add(new ListItem(logout));
        }
        nav.add(links);

        Header header = new Header(skip, brand, nav);
        header.addClassName("site-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer(
                new Paragraph(getTranslation("layout.footer.mission")),
                new Paragraph(getTranslation("layout.footer.sources")),
                new Paragraph(
                        new Anchor(
                                "/" + AccessibilityStatementView.PATH, getTranslation("layout.footer.accessibility")),
                        new Span(" · "),
                        new Anchor("/ontwikkelaars", getTranslation("layout.footer.developers")),
                        new Span(" · "),
                        new Anchor("/login", getTranslation("layout.footer.login"))));
        footer.addClassName("site-footer");

        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }
}
