package be.wegwijzer.api.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The portal's address as the visitor reached it (through a proxy too), for examples they can copy. */
final class PortalAddress {

    private PortalAddress() {}

    static String current() {
        VaadinServletRequest request =
                VaadinServletRequest.getCurrent() instanceof VaadinServletRequest servlet ? servlet : null;
        return request == null
                ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                        .toUriString();
    }
}
