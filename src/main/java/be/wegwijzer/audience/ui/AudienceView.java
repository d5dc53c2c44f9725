package be.wegwijzer.audience.ui;

import be.wegwijzer.audience.AudiencePage;
import be.wegwijzer.audience.AudiencePreference;
import be.wegwijzer.audience.AudienceService;
import be.wegwijzer.base.ui.AskOffer;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.SearchBox;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.catalog.ui.ItemCards;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** {@code /voor/{doelgroep}}: the portal in the language of one audience, with its own ways in. */
@Route(value = "voor/:doelgroep", layout = MainLayout.class)
@AnonymousAllowed
public class AudienceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The policy makers' audience, whose page links to the signals of what visitors ask and miss. */
    static final String POLICY = "beleid";

    private final AudienceService audiences;
    private final Clock clock;
    AudiencePage page;

    AudienceView(AudienceService audiences, Clock clock) {
        this.audiences = audiences;
        this.clock = clock;
        addClassName("audience-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AudiencePage> found =
                event.getRouteParameters().get("doelgroep").flatMap(audiences::page);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        AudiencePreference.remember(page.code());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audience.pagetitle", page == null ? "" : page.label());
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        Section hero =
                new Section(new H1(getTranslation("audience.title", page.label().toLowerCase())));
        hero.addClassName("hero");
        if (page.intro() != null) {
            hero.add(new Paragraph(page.intro()));
        }
        hero.add(new SearchBox("", page.code()));
        add(hero);

        if (!page.entries().isEmpty()) {
            UnorderedList entries = new UnorderedList();
            entries.addClassNames("tiles", "entry-tiles");
            page.entries().forEach(e -> {
                Anchor link = new Anchor(e.href(), e.label());
                link.addClassNames("tile", "tile-entry");
                entries.add(new ListItem(link));
            });
            add(section("audience.entries.heading", entries));
        }
        if (!page.highlights().isEmpty()) {
            add(section("audience.highlights.heading", ItemCards.list(page.highlights())));
        }
        Div columns = new Div();
        columns.addClassName("two-columns");
        if (!page.openCalls().isEmpty()) {
            columns.add(section(
                    "audience.open.heading",
                    new CompactHitList(page.openCalls(), today),
                    new Anchor(
                            SearchUrl.href(SearchRequest.of("")
                                    .withFilter(Facet.AUDIENCE, page.code())
                                    .withFilter(Facet.TYPE, "maatregel")
                                    .withOpenOnly(true)),
                            getTranslation("audience.open.all"))));
        }
        if (!page.newest().isEmpty()) {
            columns.add(section("audience.new.heading", new CompactHitList(page.newest(), today)));
        }
        add(columns);
        Paragraph all = new Paragraph(new Anchor(
                SearchUrl.href(SearchRequest.of("").withFilter(Facet.AUDIENCE, page.code())),
                getTranslation("audience.all", page.itemCount(), page.label().toLowerCase())));
        add(all);
        add(new Paragraph(new Anchor(
                AlertPaths.subscribe(
                        SearchUrl.toParameters(SearchRequest.of("").withFilter(Facet.AUDIENCE, page.code()))
                                .getQueryString()),
                getTranslation("alerts.link.audience"))));
        if (POLICY.equals(page.code())) {
            Paragraph signals = new Paragraph(new Anchor("/signalen", getTranslation("audience.signals")));
            signals.addClassName("signals-link");
            add(signals);
        }
        add(new AskOffer(Map.of(), false));
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }
}
