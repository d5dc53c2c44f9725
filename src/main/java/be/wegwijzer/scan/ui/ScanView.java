package be.wegwijzer.scan.ui;

import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.scan.ActionPlan;
import be.wegwijzer.scan.QuickScan;
import be.wegwijzer.scan.ScanContext;
import be.wegwijzer.scan.ScanService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /scan}: a short self-check with a profile and an action plan. The answers stay in this page (server
 * memory of the open page) and are stored only when the visitor asks for a link.
 */
@Route(value = "scan", layout = MainLayout.class)
@Menu(title = "nav.scan", order = 30)
@PageTitle("Quick scan werkbaar werk | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class ScanView extends Div {

    private final ScanService scans;
    private final TaxonomyService.Snapshot terms;
    final List<RadioButtonGroup<Integer>> answers = new ArrayList<>();
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>();
    final IntegerField employees = new IntegerField();
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>();
    private final Paragraph formStatus = new Paragraph();
    private final Div form = new Div();
    private final Div result = new Div();
    ActionPlan plan;

    ScanView(ScanService scans, TaxonomyService taxonomy) {
        this.scans = scans;
        this.terms = taxonomy.snapshot();
        addClassName("scan-page");
        Paragraph conversation = new Paragraph(getTranslation("scan.intro.conversation"));
        conversation.addClassName("notice");
        add(new H1(getTranslation("scan.title")), new Paragraph(getTranslation("scan.intro")), conversation);
        buildForm(scans.definition());
        add(form, result);
    }

    private void buildForm(QuickScan scan) {
        form.addClassName("scan-form");
        OrderedList statements = new OrderedList();
        statements.addClassName("statements");
        for (QuickScan.Statement statement : scan.statements()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setLabel(statement.text());
            group.setItems(IntStream.rangeClosed(0, scan.maxAnswer()).boxed().toList());
            group.setItemLabelGenerator(scan.scale()::get);
            group.setRequired(true);
            group.addValueChangeListener(e -> group.setInvalid(false));
            answers.add(group);
            statements.add(new ListItem(group));
        }
        sector.setLabel(getTranslation("finder.sector.label"));
        sector.setItems(terms.sectors());
        sector.setItemLabelGenerator(TaxonomyService.Term::label);
        sector.setClearButtonVisible(true);
        employees.setLabel(getTranslation("finder.employees.label"));
        employees.setMin(0);
        employees.setMax(1_000_000);
        region.setLabel(getTranslation("finder.region.label"));
        region.setItems(terms.regions().stream().filter(r -> r.depth() > 0).toList());
        region.setItemLabelGenerator(TaxonomyService.Term::label);
        region.setClearButtonVisible(true);
        Div context = new Div(sector, employees, region);
        context.addClassName("form-grid");
        Section about = new Section(
                new H2(getTranslation("scan.context.heading")),
                new Paragraph(getTranslation("scan.context.intro")),
                context);

        formStatus.getElement().setAttribute("role", "alert");
        formStatus.addClassName("form-status");
        Button submit = new Button(getTranslation("scan.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(submit);
        actions.addClassName("form-actions");
        form.add(
                new Section(new H2(getTranslation("scan.statements.heading")), statements), about, formStatus, actions);
    }

    void submit() {
        long unanswered = answers.stream().filter(g -> g.getValue() == null).count();
        answers.forEach(g -> {
            g.setErrorMessage(getTranslation("scan.answer.required"));
            g.setInvalid(g.getValue() == null);
        });
        boolean employeesValid =
                employees.getValue() == null || (employees.getValue() >= 0 && employees.getValue() <= 1_000_000);
        employees.setErrorMessage(getTranslation("finder.employees.error.range"));
        employees.setInvalid(!employeesValid || (employees.isInvalid() && employees.getValue() == null));
        if (unanswered > 0 || employees.isInvalid()) {
            formStatus.setText(
                    unanswered > 0 ? getTranslation("scan.unanswered", unanswered) : getTranslation("scan.fixfields"));
            answers.stream()
                    .filter(g -> g.getValue() == null)
                    .findFirst()
                    .ifPresent(g -> g.getElement().callJsFunction("focus"));
            return;
        }
        formStatus.setText("");
        plan = scans.plan(answers.stream().map(RadioButtonGroup::getValue).toList(), context());
        showResult();
    }

    private ScanContext context() {
        return new ScanContext(
                sector.getValue() == null ? null : sector.getValue().code(),
                employees.getValue(),
                region.getValue() == null ? null : region.getValue().code());
    }

    private void showResult() {
        form.setVisible(false);
        result.removeAll();
        result.add(new ActionPlanPanel(plan, terms));
        Button edit = new Button(getTranslation("scan.edit"), e -> {
            result.removeAll();
            form.setVisible(true);
        });
        Button print = new Button(
                getTranslation("scan.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Button keep = new Button(getTranslation("scan.keep"));
        Div link = new Div();
        link.getElement().setAttribute("aria-live", "polite");
        keep.addClickListener(e -> {
            String token = scans.keep(plan.answers(), plan.context());
            String path = "/scan/resultaat/" + token;
            link.removeAll();
            link.add(
                    new Paragraph(getTranslation("scan.keep.done")),
                    new Anchor(path, getTranslation("scan.keep.open")));
            keep.setEnabled(false);
        });
        Div buttons = new Div(print, keep, edit);
        buttons.addClassName("plan-buttons");
        result.add(buttons, link);
        result.getElement().scrollIntoView();
    }
}
