package be.wegwijzer.api.ui;

import be.wegwijzer.api.ApiService;
import be.wegwijzer.base.PublicUrl;
import be.wegwijzer.base.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /ontwikkelaars}: the open API and the widget explained for the people who build the sites of intermediaries,
 * with curl examples against this portal's own address and the terms of reuse. The technical reference is the
 * OpenAPI document; docs/api.md is the developers' page of the repository.
 */
@Route(value = DeveloperView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class DeveloperView extends Div implements HasDynamicTitle {

    static final String PATH = "ontwikkelaars";

    DeveloperView(ApiService api, PublicUrl publicUrl) {
        addClassName("developer-page");
        String portal = publicUrl.current();
        add(new H1(getTranslation("developers.title")), new Paragraph(getTranslation("developers.intro")));

        add(section(
                "developers.widget.heading",
                null,
                new Paragraph(getTranslation("developers.widget.text")),
                new Paragraph(new Anchor("/" + WidgetView.PATH, getTranslation("developers.widget.link")))));

        add(section(
                "developers.api.heading",
                null,
                new Paragraph(getTranslation("developers.api.text", portal + "/api/v1")),
                new Paragraph(new Anchor("/api/v1/openapi.json", getTranslation("developers.api.openapi")))));

        add(example(
                "developers.search.heading",
                "developers.search.text",
                "curl '" + portal + "/api/v1/zoeken?q=werkdruk&doelgroep=werkgevers&aantal=5'"));
        add(example(
                "developers.filters.heading",
                "developers.filters.text",
                "curl '" + portal + "/api/v1/zoeken?type=maatregel&sector=bouw&open=ja&sortering=deadline'"));
        add(example(
                "developers.item.heading",
                "developers.item.text",
                "curl '" + portal + "/api/v1/items/maatregel/{slug}'"));
        add(example(
                "developers.taxonomies.heading",
                "developers.taxonomies.text",
                "curl '" + portal + "/api/v1/taxonomieen'"));
        add(example(
                "developers.finder.heading",
                "developers.finder.text",
                "curl -X POST '" + portal + "/api/v1/steunzoeker' \\\n  -H 'Content-Type: application/json' \\\n"
                        + "  -d '{\"statuut\": \"werkgever\", \"werknemers\": 8, \"sector\": \"bouw\","
                        + " \"regio\": \"limburg\", \"thema\": [\"werkdruk\"]}'"));
        add(example("developers.agenda.heading", "developers.agenda.text", "curl '" + portal + "/api/v1/agenda'"));

        add(section(
                "developers.manners.heading",
                null,
                list(
                        getTranslation("developers.manners.fields"),
                        getTranslation("developers.manners.pages", ApiService.PAGE_SIZE),
                        getTranslation("developers.manners.etag"),
                        getTranslation("developers.manners.cors"),
                        getTranslation("developers.manners.limit", api.requestsPerMinute()),
                        getTranslation("developers.manners.version"))));

        add(section(
                "developers.errors.heading",
                "fouten",
                new Paragraph(getTranslation("developers.errors.text")),
                anchored("ongeldige-parameter", "developers.errors.badrequest"),
                anchored("niet-gevonden", "developers.errors.notfound"),
                anchored("te-veel-verzoeken", "developers.errors.toomany"),
                example(new Code("{\"status\": 400, \"detail\": \"Parameter 'pagina' moet 1 of meer zijn; de eerste"
                        + " pagina is 1.\",\n \"errors\": [{\"parameter\": \"pagina\", \"reason\": \"moet 1 of meer"
                        + " zijn; de eerste pagina is 1\"}]}"))));

        add(section(
                "developers.terms.heading",
                "voorwaarden",
                new Paragraph(getTranslation("developers.terms.intro")),
                list(
                        getTranslation("developers.terms.source"),
                        getTranslation("developers.terms.link"),
                        getTranslation("developers.terms.date"),
                        getTranslation("developers.terms.meaning"),
                        getTranslation("developers.terms.endorsement"),
                        getTranslation("developers.terms.official"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("developers.pagetitle");
    }

    private static Pre example(Code code) {
        Pre pre = new Pre(code);
        pre.addClassName("code-example");
        return pre;
    }

    private Section section(String headingKey, String id, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        if (id != null) {
            section.setId(id);
        }
        section.add(content);
        return section;
    }

    private Section example(String headingKey, String textKey, String command) {
        Section section = new Section(new H3(getTranslation(headingKey)), new Paragraph(getTranslation(textKey)));
        Pre code = new Pre(new Code(command));
        code.addClassName("code-example");
        section.add(code);
        section.addClassName("developer-example");
        return section;
    }

    private Paragraph anchored(String id, String key) {
        Paragraph paragraph = new Paragraph(getTranslation(key));
        paragraph.setId(id);
        return paragraph;
    }

    private static UnorderedList list(String... texts) {
        UnorderedList list = new UnorderedList();
        for (String text : texts) {
            list.add(new ListItem(text));
        }
        return list;
    }
}
