package be.wegwijzer.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page is Dutch: {@code <html lang="nl-BE">} for screen readers and the UI locale for translations; and
 * every session gets the portal's error handler.
 */
@Component
class DutchUiInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                response.getDocument().getElementsByTag("html").attr("lang", DutchFormat.LOCALE.toLanguageTag()));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(DutchFormat.LOCALE));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new UiErrorHandler()));
    }
}
