package be.wegwijzer.alerts.ui;

import be.wegwijzer.alerts.AlertService;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.web.AlertPaths;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/** {@code /op-de-hoogte/uitschrijven/{token}}: the unsubscribe link in each mail; the button stops that mail. */
@Route(value = AlertPaths.UNSUBSCRIBE + "/:token", layout = MainLayout.class)
@AnonymousAllowed
public class UnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;
    final Button unsubscribe = new Button();

    UnsubscribeView(AlertService alerts) {
        this.alerts = alerts;
        addClassName("alerts-page");
        unsubscribe.setText(getTranslation("alerts.unsubscribe.button"));
        unsubscribe.addThemeVariants(ButtonVariant.PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("alerts.unsubscribe.title")));
        Optional<String> label = alerts.unsubscribeLabel(token);
        if (label.isEmpty()) {
            add(
                    new Paragraph(getTranslation("alerts.unsubscribe.unknown")),
                    new Paragraph(new Anchor("/", getTranslation("alerts.to.home"))));
            return;
        }
        add(new Paragraph(getTranslation("alerts.unsubscribe.intro", label.get())), unsubscribe);
        unsubscribe.addClickListener(e -> {
            alerts.unsubscribe(token);
            removeAll();
            add(
                    new H1(getTranslation("alerts.unsubscribe.title")),
                    new Paragraph(getTranslation("alerts.unsubscribe.done")),
                    new Paragraph(new Anchor("/", getTranslation("alerts.to.home"))));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.unsubscribe.pagetitle");
    }
}
