package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.ContributionService;
import be.wegwijzer.curation.EditorException;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRef;
import be.wegwijzer.curation.PracticeContribution;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.security.CurrentUser;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * {@code /bijdragen}: a guided form for a good practice — the challenge, what they did, costs, time, results and a
 * business case — that lands in review, attributed to the contributor's organisation.
 */
@Route(value = "bijdragen", layout = MainLayout.class)
@Menu(title = "admin.menu.contribute", order = 40)
@RolesAllowed({Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN})
public class ContributeView extends Div implements HasDynamicTitle {

    private final ContributionService contributions;
    final TextField title = new TextField(getTranslation("curation.contribute.title"));
    final TextArea summary = new TextArea(getTranslation("curation.contribute.summary"));
    final TextArea challenge = new TextArea(getTranslation("curation.contribute.challenge"));
    final TextArea whatTheyDid = new TextArea(getTranslation("curation.contribute.approach"));
    final TextArea results = new TextArea(getTranslation("curation.contribute.results"));
    final TextArea costs = new TextArea(getTranslation("curation.contribute.costs"));
    final IntegerField investment = new IntegerField(getTranslation("curation.contribute.investment"));
    final TextField duration = new TextField(getTranslation("curation.contribute.duration"));
    final TextArea businessCase = new TextArea(getTranslation("curation.contribute.businesscase"));
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>(getTranslation("curation.contribute.sector"));
    final Select<CompanySize> size = new Select<>();
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>(getTranslation("curation.contribute.region"));
    final MultiSelectComboBox<TaxonomyService.Term> themes =
            new MultiSelectComboBox<>(getTranslation("curation.contribute.themes"));
    final ComboBox<ItemRef> owner = new ComboBox<>(getTranslation("curation.contribute.owner"));
    final TextField contactName = new TextField(getTranslation("curation.contribute.contact.name"));
    final EmailField contactEmail = new EmailField(getTranslation("curation.contribute.contact.email"));
    final Checkbox consent = new Checkbox(getTranslation("curation.contribute.contact.consent"));
    final Div problems = new Div();
    EditorItem submitted;
    /** Checks the plain-text fields while the contributor types; the service checks them again on submit. */
    private final Binder<PracticeContribution> plainText = new Binder<>();

    private final Map<String, HasValidation> fields;

    ContributeView(
            ContributionService contributions, TaxonomyService taxonomy, EditorLookup lookup, CurrentUser currentUser) {
        this.contributions = contributions;
        addClassName("contribute-page");
        TaxonomyService.Snapshot terms = taxonomy.snapshot();
        sector.setItems(terms.sectors());
        sector.setItemLabelGenerator(TaxonomyService.Term::label);
        size.setLabel(getTranslation("curation.contribute.size"));
        size.setItems(CompanySize.values());
        size.setItemLabelGenerator(s -> s == null ? "—" : s.label());
        size.setEmptySelectionAllowed(true);
        region.setItems(terms.regions());
        region.setItemLabelGenerator(TaxonomyService.Term::label);
        themes.setItems(terms.themes());
        themes.setItemLabelGenerator(TaxonomyService.Term::label);
        owner.setItems(lookup.organisations());
        owner.setItemLabelGenerator(ItemRef::title);
        owner.setVisible(currentUser.isEditor());
        summary.setMaxLength(300);
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("form-problems");
        fields = Map.ofEntries(
                Map.entry("titel", title),
                Map.entry("samenvatting", summary),
                Map.entry("uitdaging", challenge),
                Map.entry("aanpak", whatTheyDid),
                Map.entry("themas", themes),
                Map.entry("wie.sector", sector),
                Map.entry("sectoren", sector),
                Map.entry("regios", region),
                Map.entry("wie.regio", region),
                Map.entry("investering_eur", investment),
                Map.entry("tijd", duration),
                Map.entry("resultaat", results),
                Map.entry("business_case", businessCase),
                Map.entry("contact", consent),
                Map.entry("organisatie", owner),
                Map.entry("wat_het_kostte", costs),
                Map.entry(EditorService.CONTACT_NAME, contactName));
        PlainTextFields.checkLines(plainText, title, summary, duration, contactName);
        PlainTextFields.checkTexts(plainText, challenge, whatTheyDid, results, costs, businessCase);

        Button submit = new Button(getTranslation("curation.contribute.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("curation.contribute.heading")),
                new AdminMenu(),
                new Paragraph(getTranslation("curation.contribute.intro")),
                problems,
                section(
                        getTranslation("curation.contribute.section.story"),
                        title,
                        summary,
                        challenge,
                        whatTheyDid,
                        results),
                section(getTranslation("curation.contribute.section.costs"), costs, investment, duration, businessCase),
                section(getTranslation("curation.contribute.section.company"), sector, size, region, themes, owner),
                section(getTranslation("curation.contribute.section.contact"), contactName, contactEmail, consent),
                submit);
    }

    void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        problems.removeAll();
        try {
            submitted = contributions.submit(
                    new PracticeContribution(
                            title.getValue(),
                            summary.getValue(),
                            challenge.getValue(),
                            whatTheyDid.getValue(),
                            results.getValue(),
                            costs.getValue(),
                            investment.getValue(),
                            duration.getValue(),
                            businessCase.getValue(),
                            sector.getValue() == null ? null : sector.getValue().code(),
                            size.getValue() == null ? null : size.getValue().code(),
                            region.getValue() == null ? null : region.getValue().code(),
                            themes.getValue().stream()
                                    .map(TaxonomyService.Term::code)
                                    .toList(),
                            blank(contactName.getValue()),
                            blank(contactEmail.getValue()),
                            consent.getValue()),
                    owner.getValue() == null ? null : owner.getValue().slug());
            removeAll();
            add(
                    new H1(getTranslation("curation.contribute.thanks")),
                    new Paragraph(getTranslation(
                            "curation.contribute.thanks.text",
                            submitted.source().title())),
                    new Paragraph(new Anchor(
                            "/beheer/item/" + submitted.id(), getTranslation("curation.contribute.thanks.view"))));
        } catch (EditorException.Invalid e) {
            show(e.problems());
        }
    }

    private void show(List<FieldProblem> list) {
        UnorderedList rest = new UnorderedList();
        for (FieldProblem problem : list) {
            String key = problem.field().replaceAll("\\[\\d+]", "");
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(problem.message() + " " + problem.hint());
                field.setInvalid(true);
            } else {
                rest.add(new ListItem(problem.message() + " " + problem.hint()));
            }
        }
        problems.add(new Paragraph(getTranslation("curation.contribute.problems")));
        if (rest.getChildren().findAny().isPresent()) {
            problems.add(rest);
        }
    }

    private static Section section(String heading, Component... components) {
        Div grid = new Div(components);
        grid.addClassName("form-grid");
        Section section = new Section(new H2(heading), grid);
        section.addClassName("form-section");
        return section;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.contribute.pagetitle");
    }
}
