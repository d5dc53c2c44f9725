package be.wegwijzer.questions.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.questions.QuestionRefused;
import be.wegwijzer.questions.QuestionService;
import be.wegwijzer.questions.RoutingRule;
import be.wegwijzer.questions.RoutingRuleService;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * {@code /beheer/vraagroutering}: which organisation answers which questions. Rules from the content files
 * ({@code taxonomie/vraagroutering.yml}) are listed and change with the files; editors add their own here.
 */
@Route(value = "beheer/vraagroutering", layout = MainLayout.class)
@Menu(title = "admin.menu.routing", order = 67)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class RoutingRulesView extends Div implements HasDynamicTitle {

    private final RoutingRuleService rules;
    private final TaxonomyService.Snapshot terms;
    final Grid<RoutingRuleService.Rule> grid = new Grid<>();
    final ComboBox<Map.Entry<String, String>> organisation = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> theme = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>();
    final Paragraph message = new Paragraph();

    RoutingRulesView(RoutingRuleService rules, QuestionService questions, TaxonomyService taxonomy) {
        this.rules = rules;
        this.terms = taxonomy.snapshot();
        addClassName("routing-page");
        String every = getTranslation("routing.every");
        grid.addColumn(RoutingRuleService.Rule::organisationName).setHeader(getTranslation("routing.organisation"));
        grid.addColumn(r -> r.theme() == null
                        ? every
                        : terms.theme(r.theme())
                                .map(TaxonomyService.Term::label)
                                .orElse(r.theme()))
                .setHeader(getTranslation("routing.theme"));
        grid.addColumn(r -> r.sector() == null ? every : terms.sectorLabel(r.sector()))
                .setHeader(getTranslation("routing.sector"));
        grid.addColumn(r -> r.region() == null ? every : terms.regionLabel(r.region()))
                .setHeader(getTranslation("routing.region"));
        grid.addColumn(r -> getTranslation(
                        r.origin() == RoutingRule.Origin.BESTAND ? "routing.origin.file" : "routing.origin.editor"))
                .setHeader(getTranslation("routing.origin"));
        grid.addComponentColumn(this::deleteButton).setHeader(getTranslation("routing.action"));
        grid.setAriaLabel(getTranslation("routing.title"));
        grid.setAllRowsVisible(true);

        organisation.setLabel(getTranslation("routing.organisation"));
        organisation.setItems(List.copyOf(questions.organisations().entrySet()));
        organisation.setItemLabelGenerator(Map.Entry::getValue);
        setUp(theme, "routing.theme", terms.themes());
        setUp(sector, "routing.sector", terms.sectors());
        setUp(region, "routing.region", terms.regions());
        Button add = new Button(getTranslation("routing.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.getElement().setAttribute("role", "status");

        add(
                new H1(getTranslation("routing.title")),
                new AdminMenu(),
                new Paragraph(getTranslation("routing.intro")),
                grid,
                new H2(getTranslation("routing.new")),
                new Div(organisation, theme, sector, region, add),
                message);
        refresh();
    }

    private void setUp(ComboBox<TaxonomyService.Term> box, String label, List<TaxonomyService.Term> items) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(TaxonomyService.Term::label);
        box.setClearButtonVisible(true);
        box.setHelperText(getTranslation("routing.every.help"));
    }

    void add() {
        try {
            rules.add(new RoutingRuleService.RuleSource(
                    organisation.getValue() == null
                            ? null
                            : organisation.getValue().getKey(),
                    code(theme),
                    code(sector),
                    code(region)));
            message.setText(getTranslation("routing.added"));
            refresh();
        } catch (QuestionRefused refused) {
            message.setText(refused.getMessage());
        }
    }

    private static String code(ComboBox<TaxonomyService.Term> box) {
        return box.getValue() == null ? null : box.getValue().code();
    }

    private Div deleteButton(RoutingRuleService.Rule rule) {
        Div cell = new Div();
        if (rule.origin() == RoutingRule.Origin.REDACTIE) {
            Button delete = new Button(getTranslation("routing.delete"), e -> {
                rules.delete(rule.id());
                message.setText(getTranslation("routing.deleted"));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.getElement()
                    .setAttribute("aria-label", getTranslation("routing.delete.label", rule.organisationName()));
            cell.add(delete);
        }
        return cell;
    }

    private void refresh() {
        grid.setItems(rules.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routing.pagetitle");
    }
}
