package be.wegwijzer.search.ui;

import be.wegwijzer.search.SearchUrl;
import be.wegwijzer.search.ZeroResultHelp;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Never a dead end: the ways on that {@link be.wegwijzer.search.SearchPageService} found, as plain links. */
class ZeroResultPanel extends Div {

    ZeroResultPanel(ZeroResultHelp help) {
        addClassName("no-results");
        add(new H2(getTranslation("search.noresults.title")), new Paragraph(getTranslation("search.noresults.tips")));
        UnorderedList ways = linkList();
        if (help.betterSpelling() != null) {
            ways.add(link(
                    SearchUrl.href(help.betterSpelling()),
                    getTranslation(
                            "search.noresults.spelling", help.betterSpelling().query())));
        }
        if (help.withoutFilters() != null) {
            ways.add(link(SearchUrl.href(help.withoutFilters()), getTranslation("search.noresults.clear")));
        }
        ways.add(link("/" + SearchUrl.PATH, getTranslation("search.noresults.browse")));
        add(ways);

        add(new H2(getTranslation("search.noresults.themes")));
        UnorderedList themes = linkList();
        themes.addClassName("related-themes");
        help.themes().forEach(theme -> themes.add(link("/thema/" + theme.code(), theme.label())));
        add(themes);

        add(new H2(getTranslation("search.noresults.person")));
        Paragraph person = new Paragraph();
        person.addClassName("no-results-person");
        if (help.organisation() != null) {
            person.add(
                    new Anchor(help.organisation().path(), help.organisation().title()),
                    new Span(" " + getTranslation("search.noresults.person.more") + " "));
        }
        person.add(new Anchor("/wie-helpt", getTranslation("search.noresults.whohelps")));
        add(person);
    }

    private static UnorderedList linkList() {
        UnorderedList list = new UnorderedList();
        list.addClassName("link-list");
        return list;
    }

    private static ListItem link(String href, String text) {
        return new ListItem(new Anchor(href, text));
    }
}
