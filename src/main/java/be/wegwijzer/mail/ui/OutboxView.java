package be.wegwijzer.mail.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.mail.MailService;
import be.wegwijzer.mail.MailStatus;
import be.wegwijzer.mail.OutboxMail;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * {@code /beheer/mail}: what the portal sent and what still waits — without a mail server (the embedded default)
 * every mail waits here, nothing is lost. A mail that was given up can be tried again.
 */
@Route(value = "beheer/mail", layout = MainLayout.class)
@Menu(title = "admin.menu.mail", order = 65)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class OutboxView extends Div implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MailService mail;
    final Paragraph summary = new Paragraph();
    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(MailService mail) {
        this.mail = mail;
        addClassName("outbox-page");
        grid.addColumn(m -> moment(m.getCreatedAt())).setHeader(getTranslation("admin.mail.column.queued"));
        grid.addColumn(OutboxMail::getRecipient).setHeader(getTranslation("admin.mail.column.to"));
        grid.addColumn(OutboxMail::getSubject)
                .setHeader(getTranslation("admin.mail.column.subject"))
                .setFlexGrow(3);
        grid.addColumn(this::state).setHeader(getTranslation("admin.mail.column.status"));
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError())
                .setHeader(getTranslation("admin.mail.column.error"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::retryButton).setHeader(getTranslation("admin.mail.column.action"));
        grid.setItems(query -> mail.outbox(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("admin.mail.title"));
        grid.setHeight("60vh");
        add(new H1(getTranslation("admin.mail.title")), new AdminMenu(), summary, grid);
        showSummary();
    }

    private void showSummary() {
        MailService.OutboxSummary counts = mail.summary();
        String server = getTranslation(counts.serverConfigured() ? "admin.mail.server.on" : "admin.mail.server.off");
        summary.setText(
                getTranslation("admin.mail.summary", counts.waiting(), counts.sent(), counts.failed()) + " " + server);
    }

    private String state(OutboxMail m) {
        return switch (m.getStatus()) {
            case VERZONDEN -> getTranslation("admin.mail.status.sent", moment(m.getSentAt()));
            case MISLUKT -> getTranslation("admin.mail.status.failed", m.getAttempts());
            case WACHTEND ->
                m.getAttempts() == 0
                        ? getTranslation("admin.mail.status.waiting")
                        : getTranslation("admin.mail.status.retry", moment(m.getNextAttemptAt()));
        };
    }

    private Div retryButton(OutboxMail m) {
        Div cell = new Div();
        if (m.getStatus() != MailStatus.VERZONDEN) {
            Button retry = new Button(getTranslation("admin.mail.retry"), e -> {
                mail.retry(m.getId());
                grid.getDataProvider().refreshAll();
                showSummary();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.getElement().setAttribute("aria-label", getTranslation("admin.mail.retry.label", m.getSubject()));
            cell.add(retry);
        }
        return cell;
    }

    private static String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.mail.pagetitle");
    }
}
