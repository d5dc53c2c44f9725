package be.wegwijzer.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Failures in a click or a field change: logged in full, and a short message the visitor can act on. */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        log.error("Unexpected error in the UI", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(ui.getTranslation("error.action"), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
