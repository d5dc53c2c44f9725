package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown, with HTTP status 403, when a logged-in user opens a page their role does not allow (visitors who are not
 * logged in go to the login page instead). It says plainly that this is about rights, not a fault, and who can help.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Geen toegang | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("not-found");
        add(new H1(getTranslation("denied.title")));
        add(new Paragraph(getTranslation("denied.text")));
        UnorderedList ways = new UnorderedList(
                new ListItem(new Anchor("/beheer", getTranslation("denied.editor"))),
                new ListItem(new Anchor("/", getTranslation("notfound.home"))));
        ways.addClassName("link-list");
        add(ways);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
