package be.wegwijzer.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Failures in a click or a field change: a refusal by method security is explained as such (and not logged as
 * a fault); anything else is logged in full and the visitor gets a short message they can act on.
 */
class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        boolean refused = causedByRefusal(event.getThrowable());
        if (refused) {
            log.info("Refused by method security: {}", event.getThrowable().getMessage());
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(
                        ui.getTranslation(refused ? "error.refused" : "error.action"),
                        8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static boolean causedByRefusal(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
