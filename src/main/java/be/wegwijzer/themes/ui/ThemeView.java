package be.wegwijzer.themes.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.ui.ItemCards;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import be.wegwijzer.themes.ThemePage;
import be.wegwijzer.themes.ThemeService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;

/** {@code /thema/{code}}: what a theme means, its sub-themes, and its items grouped by type. */
@Route(value = "thema/:code", layout = MainLayout.class)
@AnonymousAllowed
public class ThemeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ThemeService themes;
    ThemePage page;

    ThemeView(ThemeService themes) {
        this.themes = themes;
        addClassName("theme-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ThemePage> found = event.getRouteParameters().get("code").flatMap(themes::page);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(
                "theme.pagetitle", page == null ? "" : page.theme().label());
    }

    private void render() {
        removeAll();
        Nav crumbs = new Nav();
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("theme.breadcrumbs"));
        UnorderedList trail = new UnorderedList(new ListItem(new Anchor("/themas", getTranslation("theme.all"))));
        if (page.parent() != null) {
            trail.add(new ListItem(
                    new Anchor("/thema/" + page.parent().code(), page.parent().label())));
        }
        crumbs.add(trail);
        Paragraph lead = new Paragraph(page.theme().explanation());
        lead.addClassName("lead");
        add(crumbs, new H1(page.theme().label()), lead);

        if (!page.children().isEmpty()) {
            UnorderedList children = new UnorderedList();
            children.addClassName("chips");
            page.children().forEach(c -> children.add(new ListItem(new Anchor("/thema/" + c.code(), c.label()))));
            add(new Section(new H2(getTranslation("theme.children")), children));
        }
        if (!page.fiches().isEmpty()) {
            add(section(getTranslation("theme.fiches"), page.fiches(), ItemType.FICHE));
        }
        page.groups().forEach((type, hits) -> add(section(type.pluralLabel(), hits, type)));
        if (page.counts().isEmpty()) {
            add(new Paragraph(getTranslation("theme.empty")));
        }
        add(new Paragraph(new Anchor(
                SearchUrl.href(SearchRequest.of("")
                        .withFilter(Facet.THEME, page.theme().code())),
                getTranslation("theme.search", page.theme().label().toLowerCase()))));
        add(new Paragraph(new Anchor(
                AlertPaths.subscribe(SearchUrl.toParameters(SearchRequest.of("")
                                .withFilter(Facet.THEME, page.theme().code()))
                        .getQueryString()),
                getTranslation("alerts.link.theme"))));
    }

    private Section section(String heading, List<ItemHit> hits, ItemType type) {
        Section section = new Section(
                new H2(heading + " (" + page.counts().getOrDefault(type, 0L) + ")"),
                ItemCards.list(hits.stream().map(ItemHit::card).toList()));
        if (page.counts().getOrDefault(type, 0L) > hits.size()) {
            section.add(new Paragraph(new Anchor(
                    SearchUrl.href(SearchRequest.of("")
                            .withFilter(Facet.THEME, page.theme().code())
                            .withFilter(Facet.TYPE, type.segment())),
                    getTranslation("theme.more", type.pluralLabel().toLowerCase()))));
        }
        return section;
    }
}
