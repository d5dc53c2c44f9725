package be.wegwijzer.home.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Start page: the search box, a tile per audience and a tile per theme. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    HomeView(CatalogService catalog, TaxonomyService taxonomy) {
        addClassName("home");
        Section hero = new Section(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")),
                new SearchBox(""), new Paragraph(getTranslation("home.stats", catalog.countPublished())));
        hero.addClassName("hero");
        add(hero);

        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        UnorderedList audiences = new UnorderedList();
        audiences.addClassName("tiles");
        terms.audiences().forEach(a -> audiences.add(tile(a.label(), a.explanation(),
                SearchUrl.href(SearchRequest.of("").withFilter(Facet.AUDIENCE, a.code())), "audience-" + a.code())));
        Section audienceSection = new Section(new H2(getTranslation("home.audiences.heading")), audiences);
        audienceSection.addClassName("home-audiences");
        add(audienceSection);

        UnorderedList themes = new UnorderedList();
        themes.addClassName("tiles");
        terms.mainThemes().forEach(t -> themes.add(tile(t.label(), t.explanation(),
                        SearchUrl.href(SearchRequest.of("").withFilter(Facet.THEME, t.code())), "theme")));
        Section themeSection = new Section(new H2(getTranslation("home.themes.heading")),
                new Paragraph(getTranslation("home.themes.intro")), themes);
        themeSection.addClassName("home-themes");
        add(themeSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.pagetitle");
    }

    private static ListItem tile(String title, String text, String href, String variant) {
        Anchor link = new Anchor(href, "");
        link.addClassNames("tile", "tile-" + variant);
        H3 heading = new H3(title);
        Span explanation = new Span(text == null ? "" : text);
        explanation.addClassName("tile-text");
        link.add(heading, explanation);
        return new ListItem(link);
    }
}
