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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "admin.menu.links", order = 25)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class BrokenLinksView extends Div implements HasDynamicTitle {

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final LinkCheckService links;
    final Button checkNow = new Button(getTranslation("admin.links.check"), e -> checkNow());
    final Div content = new Div();

    BrokenLinksView(LinkCheckService links) {
        this.links = links;
        addClassName("links-page");
        content.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("admin.links.title")),
                new AdminMenu(),
                new Paragraph(getTranslation("admin.links.intro")),
                checkNow,
                content);
        render(links.problems());
    }

    private void render(List<LinkProblem> problems) {
        content.removeAll();
        if (problems.isEmpty()) {
            content.add(new Paragraph(getTranslation("admin.links.none")));
            return;
        }
        content.add(new Paragraph(
                problems.size() == 1
                        ? getTranslation("admin.links.count.one")
                        : getTranslation("admin.links.count", problems.size())));
        NativeTable table = new NativeTable();
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(getTranslation("admin.links.column.link")),
                        new NativeTableHeaderCell(getTranslation("admin.links.column.problem")),
                        new NativeTableHeaderCell(getTranslation("admin.links.column.since")),
                        new NativeTableHeaderCell(getTranslation("admin.links.column.usedby"))));
        NativeTableBody body = table.addBody();
        for (LinkProblem problem : problems) {
            Anchor link = new Anchor(problem.url(), problem.url());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            UnorderedList usedBy = new UnorderedList();
            for (LinkUse use : problem.usedBy()) {
                usedBy.add(new ListItem(
                        new Anchor("/beheer/item/" + use.itemId(), use.title()),
                        new Span(" · " + use.field().contentField())));
            }
            body.addRows(new NativeTableRow(
                    new NativeTableCell(link),
                    new NativeTableCell(describe(problem)),
                    new NativeTableCell(
                            problem.failingSince() == null
                                    ? ""
                                    : DutchFormat.date(LocalDate.ofInstant(problem.failingSince(), ZONE))),
                    new NativeTableCell(usedBy)));
        }
        table.addClassName("dashboard-table");
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        content.add(wrapper);
    }

    private String describe(LinkProblem problem) {
        StringBuilder text = new StringBuilder(problem.status().label());
        if (problem.httpStatus() != null) {
            text.append(" (").append(problem.httpStatus()).append(')');
        }
        if (problem.message() != null) {
            text.append(": ").append(problem.message());
        }
        if (problem.status() == LinkStatus.REDIRECTED && problem.finalUrl() != null) {
            text.append(' ').append(getTranslation("admin.links.problem.moved", problem.finalUrl()));
        }
        if (problem.consecutiveFailures() > 1) {
            text.append(" · ").append(getTranslation("admin.links.problem.repeated", problem.consecutiveFailures()));
        }
        return text.toString();
    }

    void checkNow() {
        UI ui = UI.getCurrent();
        checkNow.setEnabled(false);
        checkNow.setText(getTranslation("admin.links.checking"));
        ui.setPollInterval(2000);
        // the security context goes along, so the background run is checked as this editor
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                LinkCheckSummary summary = links.checkNow();
                List<LinkProblem> problems = links.problems();
                // texts inside access(): only there are this UI and its locale current
                ui.access(() -> finish(
                        ui,
                        problems,
                        getTranslation("admin.links.done", summary.checked(), summary.checked() - summary.ok()),
                        false));
            } catch (LinkCheckBusyException e) {
                ui.access(() -> finish(ui, null, e.getMessage(), true));
            } catch (RuntimeException e) {
                ui.access(() -> finish(ui, null, getTranslation("admin.links.failed", e.getMessage()), true));
            }
        }));
    }

    private void finish(UI ui, List<LinkProblem> problems, String message, boolean failed) {
        ui.setPollInterval(-1);
        checkNow.setEnabled(true);
        checkNow.setText(getTranslation("admin.links.check"));
        if (problems != null) {
            render(problems);
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(failed ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.links.pagetitle");
    }
}
