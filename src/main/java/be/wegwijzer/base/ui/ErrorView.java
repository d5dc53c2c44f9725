package be.wegwijzer.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure while opening a page: a calm message for the visitor, the details in the log. */
@ParentLayout(MainLayout.class)
@PageTitle("Er ging iets mis | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error(
                "Failed to show {}", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        removeAll();
        addClassName("error-page");
        add(
                new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.text")),
                new Paragraph(new Anchor("/", getTranslation("notfound.home"))));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
