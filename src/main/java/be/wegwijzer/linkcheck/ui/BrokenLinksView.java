package be.wegwijzer.linkcheck.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.linkcheck.LinkCheckBusyException;
import be.wegwijzer.linkcheck.LinkCheckService;
import be.wegwijzer.linkcheck.LinkCheckSummary;
import be.wegwijzer.linkcheck.LinkProblem;
import be.wegwijzer.linkcheck.LinkStatus;
import be.wegwijzer.linkcheck.LinkUse;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * {@code /beheer/links}: the links that need an editor — what the last check found, which items use each link, and a
 * button to check again now. The check takes minutes (it waits on other servers), so it runs in the background while
 * the page polls for the result.
 */
@Route(value = "beheer/links", layout = MainLayout.class)
@PageTitle("Links met een probleem | Beheer | Wegwijzer Werkbaar Werk")
@Menu(title = "admin.menu.links", order = 25)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class BrokenLinksView extends Div {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final LinkCheckService links;
    final Button checkNow = new Button("Links nu controleren", e -> checkNow());
    final Div content = new Div();

    BrokenLinksView(LinkCheckService links) {
        this.links = links;
        addClassName("links-page");
        content.getElement().setAttribute("aria-live", "polite");
        add(new H1("Links met een probleem"), new AdminMenu(), new Paragraph("Links in gepubliceerde items en concepten "
                + "die niet werken, verhuisd zijn of niet antwoorden. De controle loopt elke nacht; je kunt ze ook nu starten."),
                checkNow, content);
        render(links.problems());
    }

    private void render(List<LinkProblem> problems) {
        content.removeAll();
        if (problems.isEmpty()) {
            content.add(new Paragraph("Alle gecontroleerde links werken."));
            return;
        }
        NativeTable table = new NativeTable();
        table.getHead().addRows(new NativeTableRow(new NativeTableHeaderCell("Link"), new NativeTableHeaderCell("Probleem"),
                new NativeTableHeaderCell("Sinds"), new NativeTableHeaderCell("Gebruikt in")));
        NativeTableBody body = table.addBody();
        for (LinkProblem problem : problems) {
            Anchor link = new Anchor(problem.url(), problem.url());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            UnorderedList usedBy = new UnorderedList();
            for (LinkUse use : problem.usedBy()) {
                usedBy.add(new ListItem(new Anchor("/beheer/item/" + use.itemId(), use.title()),
                        new com.vaadin.flow.component.html.Span(" · " + use.field().contentField())));
            }
            body.addRows(new NativeTableRow(new NativeTableCell(link), new NativeTableCell(describe(problem)),
                    new NativeTableCell(problem.failingSince() == null ? ""
                            : DutchFormat.date(LocalDate.ofInstant(problem.failingSince(), ZONE))),
                    new NativeTableCell(usedBy)));
        }
        table.addClassName("dashboard-table");
        content.add(new Paragraph(problems.size() == 1 ? "1 link met een probleem." : problems.size() + " links met een probleem."));
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        content.add(wrapper);
    }

    private static String describe(LinkProblem problem) {
        StringBuilder text = new StringBuilder(problem.status().label());
        if (problem.httpStatus() != null) {
            text.append(" (").append(problem.httpStatus()).append(')');
        }
        if (problem.message() != null) {
            text.append(": ").append(problem.message());
        }
        if (problem.status() == LinkStatus.REDIRECTED && problem.finalUrl() != null) {
            text.append(" Nieuw adres: ").append(problem.finalUrl());
        }
        if (problem.consecutiveFailures() > 1) {
            text.append(" · ").append(problem.consecutiveFailures()).append(" controles na elkaar");
        }
        return text.toString();
    }

    void checkNow() {
        UI ui = UI.getCurrent();
        checkNow.setEnabled(false);
        checkNow.setText("Controle loopt …");
        ui.setPollInterval(2000);
        // the security context goes along, so the background run is checked as this editor
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                LinkCheckSummary summary = links.checkNow();
                List<LinkProblem> problems = links.problems();
                ui.access(() -> finish(ui, problems, "Controle klaar: " + summary.checked() + " links, waarvan "
                        + (summary.checked() - summary.ok()) + " met een probleem.", false));
            } catch (LinkCheckBusyException e) {
                ui.access(() -> finish(ui, null, e.getMessage(), true));
            } catch (RuntimeException e) {
                ui.access(() -> finish(ui, null, "De controle liep mis: " + e.getMessage(), true));
            }
        }));
    }

    private void finish(UI ui, List<LinkProblem> problems, String message, boolean failed) {
        ui.setPollInterval(-1);
        checkNow.setEnabled(true);
        checkNow.setText("Links nu controleren");
        if (problems != null) {
            render(problems);
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(failed ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
