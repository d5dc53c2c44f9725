package be.wegwijzer.alerts.ui;

import be.wegwijzer.alerts.AlertOverview;
import be.wegwijzer.alerts.AlertService;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.web.AlertPaths;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** {@code /op-de-hoogte/mijn/{token}}: every alert of one address, to stop one or all (and delete the address). */
@Route(value = AlertPaths.MANAGE + "/:token", layout = MainLayout.class)
@AnonymousAllowed
public class ManageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;
    private String token = "";

    ManageView(AlertService alerts) {
        this.alerts = alerts;
        addClassName("alerts-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("alerts.manage.title")));
        Optional<AlertOverview> overview = alerts.overview(token);
        if (overview.isEmpty()) {
            add(
                    new Paragraph(getTranslation("alerts.manage.unknown")),
                    new Paragraph(new Anchor("/", getTranslation("alerts.to.home"))));
            return;
        }
        add(new Paragraph(getTranslation("alerts.manage.intro", overview.get().email())));
        UnorderedList list = new UnorderedList();
        list.addClassName("alerts-list");
        for (AlertOverview.Entry entry : overview.get().entries()) {
            Button stop = new Button(getTranslation("alerts.manage.stop"), e -> {
                alerts.remove(token, entry.id());
                render();
            });
            stop.getElement().setAttribute("aria-label", getTranslation("alerts.manage.stop.label", entry.label()));
            String state = entry.confirmed()
                    ? entry.schedule()
                    : entry.schedule() + " · " + getTranslation("alerts.manage.pending");
            list.add(new ListItem(new Span(entry.label()), new Paragraph(state), stop));
        }
        Button forget = new Button(getTranslation("alerts.manage.forget"), e -> {
            alerts.forget(token);
            removeAll();
            add(
                    new H1(getTranslation("alerts.manage.title")),
                    new Paragraph(getTranslation("alerts.manage.forgotten")),
                    new Paragraph(new Anchor("/", getTranslation("alerts.to.home"))));
        });
        forget.addThemeVariants(ButtonVariant.ERROR);
        add(
                list,
                new H2(getTranslation("alerts.manage.forget.heading")),
                new Paragraph(getTranslation("alerts.manage.forget.intro")),
                forget);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.manage.pagetitle");
    }
}
