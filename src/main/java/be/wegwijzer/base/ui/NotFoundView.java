package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and unknown items, with HTTP status 404. It offers a search built from the words
 * in the address, because a visitor who followed an old link usually still wants the same thing.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Pagina niet gevonden | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found");
        String path = event.getLocation().getPath();
        String words =
                path.substring(path.lastIndexOf('/') + 1).replace('-', ' ').strip();
        add(new H1(getTranslation("notfound.title")));
        add(new Paragraph(getTranslation("notfound.text")));
        SearchBox search = new SearchBox(words);
        add(search);
        UnorderedList ways = new UnorderedList(
                new ListItem(new Anchor("/", getTranslation("notfound.home"))),
                new ListItem(new Anchor("/zoeken", getTranslation("notfound.all"))));
        ways.addClassName("link-list");
        add(ways);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
