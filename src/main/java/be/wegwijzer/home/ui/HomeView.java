package be.wegwijzer.home.ui;

import be.wegwijzer.agenda.AgendaService;
import be.wegwijzer.audience.AudiencePreference;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.TaxonomyService;
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
import java.util.Optional;

/**
 * Start page: the search box, the three guided ways in (Steunzoeker, quick scan, Wie helpt), a tile per
 * audience and per theme, and the theme in the spotlight. A returning visitor gets a way back to "their" page.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    HomeView(CatalogService catalog, TaxonomyService taxonomy, AgendaService agenda) {
        addClassName("home");
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        Optional<TaxonomyService.Term> remembered =
                AudiencePreference.remembered().flatMap(terms::audience);

        Section hero = new Section(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")));
        hero.addClassName("hero");
        remembered.ifPresent(a -> {
            Paragraph back = new Paragraph(new Anchor(
                    "/voor/" + a.code(),
                    getTranslation("home.welcomeback", a.label().toLowerCase())));
            back.addClassName("welcome-back");
            hero.add(back);
        });
        hero.add(
                new SearchBox("", remembered.map(TaxonomyService.Term::code).orElse(null)),
                new Paragraph(getTranslation("home.stats", catalog.countPublished())));
        add(hero);

        UnorderedList guides = new UnorderedList();
        guides.addClassNames("tiles", "guide-tiles");
        guides.add(
                tile(
                        getTranslation("home.guide.finder"),
                        getTranslation("home.guide.finder.text"),
                        "/steunzoeker",
                        "guide"),
                tile(getTranslation("home.guide.scan"), getTranslation("home.guide.scan.text"), "/scan", "guide"),
                tile(
                        getTranslation("home.guide.helpers"),
                        getTranslation("home.guide.helpers.text"),
                        "/wie-helpt",
                        "guide"));
        Section guideSection = new Section(new H2(getTranslation("home.guides.heading")), guides);
        guideSection.addClassName("home-guides");
        add(guideSection);

        agenda.agenda().spotlight().ifPresent(s -> {
            Section spotlight = new Section(
                    new H2(getTranslation("agenda.spotlight")),
                    new H3(new Anchor(s.path(), s.title())),
                    new Paragraph(s.summary()),
                    new Paragraph(new Anchor("/agenda", getTranslation("home.agenda"))));
            spotlight.addClassName("spotlight");
            add(spotlight);
        });

        UnorderedList audiences = new UnorderedList();
        audiences.addClassName("tiles");
        terms.audiences()
                .forEach(a -> audiences.add(tile(a.label(), a.explanation(), "/voor/" + a.code(), "audience")));
        Section audienceSection = new Section(new H2(getTranslation("home.audiences.heading")), audiences);
        audienceSection.addClassName("home-audiences");
        add(audienceSection);

        UnorderedList themes = new UnorderedList();
        themes.addClassName("tiles");
        terms.mainThemes().forEach(t -> themes.add(tile(t.label(), t.explanation(), "/thema/" + t.code(), "theme")));
        Section themeSection = new Section(
                new H2(getTranslation("home.themes.heading")),
                new Paragraph(getTranslation("home.themes.intro")),
                themes);
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
        Span explanation = new Span(text == null ? "" : text);
        explanation.addClassName("tile-text");
        link.add(new H3(title), explanation);
        return new ListItem(link);
    }
}
