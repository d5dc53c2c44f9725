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

/**
 * {@code /op-de-hoogte/bevestigen/{token}}: the link in the confirmation mail. Opening it does not confirm yet — mail
 * scanners open links too — the button does.
 */
@Route(value = AlertPaths.CONFIRM + "/:token", layout = MainLayout.class)
@AnonymousAllowed
public class ConfirmView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;
    final Button confirm = new Button();

    ConfirmView(AlertService alerts) {
        this.alerts = alerts;
        addClassName("alerts-page");
        confirm.setText(getTranslation("alerts.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("alerts.confirm.title")));
        Optional<String> label = alerts.pending(token);
        if (label.isEmpty()) {
            add(
                    new Paragraph(getTranslation("alerts.confirm.unknown")),
                    new Paragraph(new Anchor("/", getTranslation("alerts.to.home"))));
            return;
        }
        add(new Paragraph(getTranslation("alerts.confirm.intro", label.get())), confirm);
        confirm.addClickListener(e -> {
            Optional<String> manage = alerts.confirm(token);
            removeAll();
            add(new H1(getTranslation("alerts.confirm.title")));
            if (manage.isEmpty()) {
                add(new Paragraph(getTranslation("alerts.confirm.unknown")));
                return;
            }
            add(
                    new Paragraph(getTranslation("alerts.confirm.done")),
                    new Paragraph(new Anchor(
                            "/" + AlertPaths.MANAGE + "/" + manage.get(), getTranslation("alerts.manage.link"))));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.confirm.pagetitle");
    }
}
