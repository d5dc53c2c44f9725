package be.wegwijzer.alerts.ui;

import be.wegwijzer.alerts.AlertException;
import be.wegwijzer.alerts.AlertFrequency;
import be.wegwijzer.alerts.AlertService;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.web.AlertPaths;
import be.wegwijzer.mail.InvalidMailAddressException;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * {@code /op-de-hoogte?…}: subscribe to what is new for a search (with the search page's own parameters, so a theme
 * or an audience is a search with one filter), or with {@code ?maatregel=slug} to a reminder before a measure closes.
 */
@Route(value = AlertPaths.SUBSCRIBE, layout = MainLayout.class)
@AnonymousAllowed
public class SubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AlertService alerts;

    final EmailField email = new EmailField();
    final RadioButtonGroup<AlertFrequency> frequency = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> daysBefore = new RadioButtonGroup<>();
    final Button subscribe = new Button();
    final Paragraph problem = new Paragraph();

    private SearchRequest request;
    private AlertService.Measure measure;

    SubscribeView(AlertService alerts) {
        this.alerts = alerts;
        addClassName("alerts-page");
        email.setLabel(getTranslation("alerts.email"));
        email.setHelperText(getTranslation("alerts.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setMaxWidth("30em");
        frequency.setLabel(getTranslation("alerts.frequency"));
        frequency.setItems(AlertFrequency.values());
        frequency.setItemLabelGenerator(f ->
                getTranslation(f == AlertFrequency.WEKELIJKS ? "alerts.frequency.weekly" : "alerts.frequency.monthly"));
        frequency.setValue(AlertFrequency.WEKELIJKS);
        daysBefore.setLabel(getTranslation("alerts.days"));
        daysBefore.setItems(AlertService.DAYS_BEFORE);
        daysBefore.setItemLabelGenerator(days -> getTranslation("alerts.days.option", days));
        daysBefore.setValue(AlertService.DAYS_BEFORE.getFirst());
        subscribe.setText(getTranslation("alerts.subscribe"));
        subscribe.addThemeVariants(ButtonVariant.PRIMARY);
        subscribe.addClickListener(e -> subscribe());
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("alerts-problem");
        problem.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> slug = parameters.getSingleParameter(AlertPaths.MEASURE);
        removeAll();
        if (slug.isPresent()) {
            request = null;
            measure = alerts.measure(slug.get()).orElse(null);
            if (measure == null) {
                add(
                        new H1(getTranslation("alerts.deadline.title")),
                        new Paragraph(getTranslation("alerts.deadline.none")),
                        new Paragraph(new Anchor("/" + SearchUrl.PATH, getTranslation("alerts.to.search"))));
                return;
            }
            add(
                    new H1(getTranslation("alerts.deadline.title")),
                    new Paragraph(getTranslation(
                            "alerts.deadline.intro", measure.title(), DutchFormat.date(measure.deadline()))),
                    form(daysBefore));
        } else {
            measure = null;
            request = AlertService.saved(SearchUrl.parse(parameters));
            add(
                    new H1(getTranslation("alerts.title")),
                    new Paragraph(getTranslation("alerts.intro", alerts.describe(request))),
                    form(frequency));
        }
    }

    private Div form(RadioButtonGroup<?> choice) {
        Div form = new Div(email, choice, problem, subscribe, new Paragraph(getTranslation("alerts.privacy")));
        form.addClassName("alerts-form");
        return form;
    }

    private void subscribe() {
        email.setInvalid(false);
        problem.setVisible(false);
        try {
            if (measure != null) {
                alerts.subscribeToDeadline(email.getValue(), measure.slug(), daysBefore.getValue());
            } else {
                alerts.subscribeToSearch(email.getValue(), request, frequency.getValue());
            }
        } catch (InvalidMailAddressException e) {
            email.setErrorMessage(e.getMessage());
            email.setInvalid(true);
            email.focus();
            return;
        } catch (AlertException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            return;
        }
        removeAll();
        add(
                new H1(getTranslation("alerts.sent.title")),
                new Paragraph(getTranslation("alerts.sent", email.getValue().strip())),
                new Paragraph(getTranslation("alerts.sent.spam")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(measure != null ? "alerts.deadline.pagetitle" : "alerts.pagetitle");
    }
}
