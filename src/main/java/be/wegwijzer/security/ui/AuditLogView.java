package be.wegwijzer.security.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.security.Role;
import be.wegwijzer.security.SecurityAuditLog;
import be.wegwijzer.security.SecurityEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code /beheer/auditlog}: logins, failed logins, role changes, publications and deletions, newest first. */
@Route(value = "beheer/auditlog", layout = MainLayout.class)
@Menu(title = "admin.menu.auditlog", order = 80)
@RolesAllowed(Role.ADMIN)
public class AuditLogView extends Div implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final Grid<SecurityEvent> grid = new Grid<>();

    AuditLogView(SecurityAuditLog log) {
        addClassName("audit-page");
        grid.addColumn(e -> MOMENT.format(e.getOccurredAt().atZone(ZONE)))
                .setHeader(getTranslation("admin.auditlog.column.when"));
        grid.addColumn(e -> e.getType().name()).setHeader(getTranslation("admin.auditlog.column.event"));
        grid.addColumn(SecurityEvent::getActor).setHeader(getTranslation("admin.auditlog.column.who"));
        grid.addColumn(SecurityEvent::getDetail)
                .setHeader(getTranslation("admin.auditlog.column.detail"))
                .setFlexGrow(3);
        grid.setItems(query -> log.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("admin.auditlog.title"));
        grid.setHeight("70vh");
        add(new H1(getTranslation("admin.auditlog.title")), new AdminMenu(), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.auditlog.pagetitle");
    }
}
