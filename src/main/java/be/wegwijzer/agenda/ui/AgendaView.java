package be.wegwijzer.agenda.ui;

import be.wegwijzer.agenda.Agenda;
import be.wegwijzer.agenda.AgendaService;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.feeds.FeedPaths;
import be.wegwijzer.search.ItemHit;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** {@code /agenda}: coming activities and campaigns, the theme in the spotlight, and what already took place. */
@Route(value = "agenda", layout = MainLayout.class)
@Menu(title = "nav.agenda", order = 60)
@PageTitle("Agenda | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class AgendaView extends Div {

    final Agenda agenda;

    AgendaView(AgendaService service) {
        addClassName("agenda-page");
        agenda = service.agenda();
        add(new H1(getTranslation("agenda.title")), new Paragraph(getTranslation("agenda.intro")));
        agenda.spotlight().ifPresent(s -> {
            Section spotlight = new Section(new H2(getTranslation("agenda.spotlight")), activity(s));
            spotlight.addClassName("spotlight");
            add(spotlight);
        });
        Section upcoming = new Section(new H2(getTranslation("agenda.upcoming")));
        if (agenda.upcoming().isEmpty()) {
            upcoming.add(new Paragraph(getTranslation("agenda.upcoming.none")));
        } else {
            upcoming.add(list(agenda.upcoming()));
        }
        Section past = new Section(
                new H2(getTranslation("agenda.past")),
                new Paragraph(getTranslation("agenda.past.intro")),
                list(agenda.past()));
        past.addClassName("agenda-past");
        add(upcoming, past, subscribe());
    }

    /** For intermediaries: the agenda and the closing dates of support in their own calendar (docs/reach.md). */
    private Section subscribe() {
        UnorderedList links = new UnorderedList(
                new ListItem(calendarLink(FeedPaths.AGENDA, getTranslation("agenda.subscribe.activities"))),
                new ListItem(calendarLink(FeedPaths.DEADLINES, getTranslation("agenda.subscribe.deadlines"))));
        links.addClassName("link-list");
        Section section = new Section(
                new H2(getTranslation("agenda.subscribe")),
                new Paragraph(getTranslation("agenda.subscribe.intro")),
                links);
        section.addClassName("agenda-subscribe");
        return section;
    }

    private static Anchor calendarLink(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("type", "text/calendar");
        return link;
    }

    private UnorderedList list(List<ItemHit> activities) {
        UnorderedList list = new UnorderedList();
        list.addClassName("agenda-list");
        activities.forEach(a -> list.add(new ListItem(activity(a))));
        return list;
    }

    private Article activity(ItemHit a) {
        Article article = new Article();
        article.addClassName("agenda-item");
        String when = DutchFormat.date(a.deadline())
                + (a.periodOther() != null && !a.periodOther().equals(a.deadline())
                        ? " – " + DutchFormat.date(a.periodOther())
                        : "");
        Span date = new Span(when);
        date.addClassName("agenda-date");
        article.add(date, new H3(new Anchor(a.path(), a.title())), new Paragraph(a.summary()));
        return article;
    }
}
