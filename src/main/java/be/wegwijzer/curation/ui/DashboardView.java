package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.curation.DashboardService;
import be.wegwijzer.curation.ProposalService;
import be.wegwijzer.linkcheck.LinkCheckService;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** {@code /beheer/overzicht}: the lists that tell an editor what to do next. */
@Route(value = "beheer/overzicht", layout = MainLayout.class)
@Menu(title = "admin.menu.dashboard", order = 20)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class DashboardView extends Div implements HasDynamicTitle {

    final DashboardService.Dashboard dashboard;

    DashboardView(DashboardService service, ProposalService proposals, LinkCheckService links) {
        addClassName("dashboard-page");
        dashboard = service.dashboard();
        add(
                new H1(getTranslation("curation.dashboard.title")),
                new AdminMenu(),
                list(
                        getTranslation("curation.dashboard.review.heading"),
                        getTranslation("curation.dashboard.review.intro"),
                        dashboard.waitingForReview()),
                proposals(proposals.open()),
                list(
                        getTranslation("curation.dashboard.due.heading"),
                        getTranslation("curation.dashboard.due.intro", DashboardService.REVIEW_WINDOW_DAYS),
                        dashboard.reviewDue()),
                list(
                        getTranslation("curation.dashboard.ended.heading"),
                        getTranslation("curation.dashboard.ended.intro"),
                        dashboard.endedMeasures()),
                list(
                        getTranslation("curation.dashboard.verify.heading"),
                        getTranslation("curation.dashboard.verify.intro"),
                        dashboard.toVerify()),
                brokenLinks(links.problems().size()),
                perOwner(dashboard.perOwner()));
    }

    private Section list(String heading, String explanation, List<DashboardService.Row> rows) {
        Section section = new Section(
                new H2(getTranslation("curation.dashboard.count", heading, rows.size())), new Paragraph(explanation));
        section.addClassName("dashboard-section");
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("curation.dashboard.nothing")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.item")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.type")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.status")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.date")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.note"))));
        NativeTableBody body = table.addBody();
        rows.forEach(r -> body.addRows(new NativeTableRow(
                new NativeTableCell(new Anchor("/beheer/item/" + r.id(), r.title())),
                new NativeTableCell(r.type().label()),
                new NativeTableCell(r.status().label()),
                new NativeTableCell(DutchFormat.date(r.date())),
                new NativeTableCell(r.note() == null ? "" : r.note()))));
        table.addClassName("dashboard-table");
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        section.add(wrapper);
        return section;
    }

    /** Changes contributors proposed to published items; the editor decides on the item's page. */
    private Section proposals(List<ProposalService.Proposal> open) {
        Section section = new Section(
                new H2(getTranslation(
                        "curation.dashboard.count",
                        getTranslation("curation.dashboard.proposals.heading"),
                        open.size())),
                new Paragraph(getTranslation("curation.dashboard.proposals.intro")));
        section.addClassName("dashboard-section");
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("curation.dashboard.nothing")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.item")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.proposer")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.date")),
                        new NativeTableHeaderCell(getTranslation("curation.dashboard.column.comment"))));
        NativeTableBody body = table.addBody();
        open.forEach(p -> body.addRows(new NativeTableRow(
                new NativeTableCell(new Anchor("/beheer/item/" + p.itemId(), p.itemTitle())),
                new NativeTableCell(p.proposedBy() + (p.organisation() == null ? "" : " (" + p.organisation() + ")")),
                new NativeTableCell(DutchFormat.date(LocalDate.ofInstant(p.createdAt(), ZoneId.of("Europe/Brussels")))),
                new NativeTableCell(p.comment() == null ? "" : p.comment()))));
        table.addClassName("dashboard-table");
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        section.add(wrapper);
        return section;
    }

    /** Only the count: the links themselves, and checking them again, are on the link check's own page. */
    private Section brokenLinks(int count) {
        Section section = new Section(
                new H2(getTranslation(
                        "curation.dashboard.count", getTranslation("curation.dashboard.links.heading"), count)),
                new Paragraph(new Anchor("/beheer/links", getTranslation("curation.dashboard.links.open"))));
        section.addClassName("dashboard-section");
        return section;
    }

    private Section perOwner(Map<String, Map<ItemStatus, Long>> counts) {
        Section section = new Section(new H2(getTranslation("curation.dashboard.owners.heading")));
        NativeTable table = new NativeTable();
        NativeTableRow head =
                new NativeTableRow(new NativeTableHeaderCell(getTranslation("curation.dashboard.column.owner")));
        for (ItemStatus status : ItemStatus.values()) {
            head.add(new NativeTableHeaderCell(status.label()));
        }
        table.getHead().addRows(head);
        NativeTableBody body = table.addBody();
        counts.forEach((owner, byStatus) -> {
            NativeTableRow row = new NativeTableRow(new NativeTableCell(owner));
            for (ItemStatus status : ItemStatus.values()) {
                row.add(new NativeTableCell(String.valueOf(byStatus.getOrDefault(status, 0L))));
            }
            body.addRows(row);
        });
        table.addClassName("dashboard-table");
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        section.add(wrapper);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.dashboard.pagetitle");
    }
}
