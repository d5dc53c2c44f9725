package be.wegwijzer.scan.ui;

import be.wegwijzer.base.ui.Html;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.scan.ActionPlan;
import be.wegwijzer.scan.ProfileChart;
import be.wegwijzer.scan.ScanScoring;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** The scan result as the visitor sees and prints it: profile chart, table, and the action plan with bundles. */
class ActionPlanPanel extends Div {

    ActionPlanPanel(ActionPlan plan, TaxonomyService.Snapshot terms) {
        addClassName("action-plan");
        Paragraph disclaimer = new Paragraph(getTranslation("scan.disclaimer"));
        disclaimer.addClassName("notice");

        Section profile = new Section(new H2(getTranslation("scan.profile.heading")));
        profile.add(Html.of(
                ProfileChart.svg(
                        plan.profile().scores(),
                        code -> label(terms, code),
                        band -> getTranslation("scan.band." + band.name().toLowerCase()),
                        getTranslation("scan.profile.heading")),
                "chart"));
        profile.add(table(plan, terms));

        Section actions = new Section(new H2(getTranslation("scan.plan.heading")));
        if (plan.points().isEmpty()) {
            actions.add(new Paragraph(getTranslation("scan.plan.none")));
        } else {
            actions.add(new Paragraph(getTranslation("scan.plan.intro")));
            OrderedList list = new OrderedList();
            list.addClassName("plan-points");
            plan.points().forEach(point -> list.add(new ListItem(point(point, terms))));
            actions.add(list);
        }
        add(disclaimer, profile, actions);
    }

    private Div point(ActionPlan.Point point, TaxonomyService.Snapshot terms) {
        Div box = new Div();
        box.addClassName("plan-point");
        box.add(new H3(
                label(terms, point.score().code()) + " — " + point.score().score() + "/100"));
        Paragraph step = new Paragraph(
                new Span(getTranslation("scan.plan.firststep") + " "),
                new Span(point.dimension().firstStep()));
        step.addClassName("first-step");
        box.add(step);
        Div bundle = new Div();
        bundle.addClassName("plan-bundle");
        bundle.add(
                entry("scan.bundle.tool", point.tool()),
                entry("scan.bundle.practice", point.practice()),
                entry("scan.bundle.measure", point.measure()),
                entry("scan.bundle.organisation", point.organisation()));
        box.add(bundle);
        box.add(new Paragraph(new Anchor(
                "/thema/" + point.score().code(),
                getTranslation(
                        "scan.plan.more", label(terms, point.score().code()).toLowerCase()))));
        return box;
    }

    private Div entry(String labelKey, ItemCard card) {
        Div entry = new Div();
        entry.addClassName("bundle-entry");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("bundle-label");
        entry.add(label);
        if (card == null) {
            entry.add(new Paragraph(getTranslation("scan.bundle.none")));
        } else {
            Anchor link = new Anchor(card.path(), card.title());
            link.addClassName("bundle-title");
            entry.add(link, new Paragraph(card.summary()));
        }
        return entry;
    }

    private NativeTable table(ActionPlan plan, TaxonomyService.Snapshot terms) {
        NativeTable table = new NativeTable();
        table.addClassName("profile-table");
        NativeTableRow head = new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("scan.table.dimension")),
                new NativeTableHeaderCell(getTranslation("scan.table.score")),
                new NativeTableHeaderCell(getTranslation("scan.table.band")));
        table.getHead().addRows(head);
        NativeTableBody body = table.addBody();
        for (ScanScoring.DimensionScore s : plan.profile().scores()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(label(terms, s.code()));
            name.getElement().setAttribute("scope", "row");
            body.addRows(new NativeTableRow(
                    name,
                    new NativeTableCell(String.valueOf(s.score())),
                    new NativeTableCell(
                            getTranslation("scan.band." + s.band().name().toLowerCase()))));
        }
        return table;
    }

    private static String label(TaxonomyService.Snapshot terms, String code) {
        return terms.theme(code).map(TaxonomyService.Term::label).orElse(code);
    }
}
