package be.wegwijzer.finder.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.Facts;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.ui.TrustLine;
import be.wegwijzer.finder.FinderResult;
import be.wegwijzer.finder.FinderService;
import be.wegwijzer.finder.FinderUrl;
import be.wegwijzer.finder.Match;
import be.wegwijzer.finder.MeasureFacts;
import be.wegwijzer.finder.RuleOutcome;
import be.wegwijzer.finder.Situation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /steunzoeker}: a short form about the visitor's situation, then the measures that fit with a reason per
 * rule, and the ones that nearly fit with what is missing. The form state lives in the URL.
 */
@Route(value = FinderUrl.PATH, layout = MainLayout.class)
@Menu(title = "nav.finder", order = 20)
@PageTitle("Steunzoeker | Wegwijzer Werkbaar Werk")
@AnonymousAllowed
public class FinderView extends Div implements BeforeEnterObserver {

    static final int MAX_EMPLOYEES = 1_000_000;

    private final FinderService finder;
    private final TaxonomyService.Snapshot terms;

    final RadioButtonGroup<Statute> statute = new RadioButtonGroup<>();
    final IntegerField employees = new IntegerField();
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>();
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>();
    final CheckboxGroup<TaxonomyService.Term> themes = new CheckboxGroup<>();
    private final Div results = new Div();
    private NativeDetails themeChoices;
    FinderResult result;

    FinderView(FinderService finder, TaxonomyService taxonomy) {
        this.finder = finder;
        this.terms = taxonomy.snapshot();
        addClassName("finder-page");
        add(new H1(getTranslation("finder.title")), new Paragraph(getTranslation("finder.intro")), form(), results);
        results.addClassName("finder-results");
    }

    private Component form() {
        statute.setLabel(getTranslation("finder.statute.label"));
        statute.setItems(Statute.values());
        statute.setItemLabelGenerator(s -> getTranslation("finder.statute." + s.code()));
        statute.setRequired(true);

        employees.setLabel(getTranslation("finder.employees.label"));
        employees.setHelperText(getTranslation("finder.employees.help"));
        employees.setMin(0);
        employees.setMax(MAX_EMPLOYEES);
        employees.setStepButtonsVisible(false);

        sector.setLabel(getTranslation("finder.sector.label"));
        sector.setHelperText(getTranslation("finder.sector.help"));
        sector.setItems(terms.sectors());
        sector.setItemLabelGenerator(t -> sectorLabel(t));
        sector.setClearButtonVisible(true);

        region.setLabel(getTranslation("finder.region.label"));
        region.setItems(terms.regions().stream().filter(r -> r.depth() > 0).toList());
        region.setItemLabelGenerator(TaxonomyService.Term::label);
        region.setClearButtonVisible(true);

        themes.setAriaLabel(getTranslation("finder.themes.label"));
        themes.setItems(terms.mainThemes());
        themes.setItemLabelGenerator(TaxonomyService.Term::label);
        themes.addClassName("theme-choices");

        Button submit = new Button(getTranslation("finder.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(statute, employees, sector, region);
        fields.addClassName("form-grid");
        Div actions = new Div(submit);
        actions.addClassName("form-actions");
        // 24 themes are a long list on a phone: folded away unless the visitor already chose some
        themeChoices = new NativeDetails(getTranslation("finder.themes.label"), themes);
        themeChoices.addClassName("theme-details");
        Div form = new Div(fields, themeChoices, actions);
        form.addClassName("finder-form");
        form.getElement().setAttribute("role", "form");
        form.getElement().setAttribute("aria-label", getTranslation("finder.title"));
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FinderUrl url = FinderUrl.parse(event.getLocation().getQueryParameters());
        results.removeAll();
        result = null;
        if (url.isEmpty()) {
            return;
        }
        fill(url);
        validate().ifPresent(situation -> {
            result = finder.find(situation);
            showResults();
        });
    }

    /** Puts URL values into the form, marking values that do not exist instead of silently dropping them. */
    private void fill(FinderUrl url) {
        statute.setValue(url.statuteValue());
        employees.setValue(null);
        employees.setInvalid(false);
        if (url.employees() != null) {
            try {
                employees.setValue(Integer.valueOf(url.employees()));
            } catch (NumberFormatException e) {
                markInvalid(employees, getTranslation("finder.employees.error.number"));
            }
        }
        sector.setValue(url.sector() == null ? null : terms.sector(url.sector()).orElse(null));
        region.setValue(url.region() == null ? null : terms.region(url.region()).orElse(null));
        themes.setValue(url.themes().stream()
                .map(terms::theme)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet()));
        themeChoices.setOpen(!themes.getValue().isEmpty());
    }

    private void submit() {
        Optional<Situation> situation = validate();
        situation.ifPresent(s -> getUI().ifPresent(ui -> ui.navigate(FinderUrl.PATH, FinderUrl.toParameters(s))));
        if (situation.isEmpty()) {
            // keyboard and screen-reader users land on the first field to fix; its message is read with it
            (statute.isInvalid() ? statute.getElement() : employees.getElement()).callJsFunction("focus");
        }
    }

    /** Checks the form and shows each problem next to its field. */
    Optional<Situation> validate() {
        boolean valid = true;
        statute.setInvalid(false);
        if (statute.getValue() == null) {
            markInvalid(statute, getTranslation("finder.statute.error"));
            valid = false;
        }
        if (employees.isInvalid() && employees.getValue() == null) {
            valid = false;
        } else if (employees.getValue() != null && (employees.getValue() < 0 || employees.getValue() > MAX_EMPLOYEES)) {
            markInvalid(employees, getTranslation("finder.employees.error.range"));
            valid = false;
        } else if (employees.getValue() == null && statute.getValue() == Statute.WERKGEVER) {
            markInvalid(employees, getTranslation("finder.employees.error.required"));
            valid = false;
        } else {
            employees.setInvalid(false);
        }
        if (!valid) {
            return Optional.empty();
        }
        Integer staff = employees.getValue() == null && statute.getValue() == Statute.ZELFSTANDIGE
                ? Integer.valueOf(0)
                : employees.getValue();
        return Optional.of(new Situation(
                statute.getValue(),
                staff,
                sector.getValue() == null ? null : sector.getValue().code(),
                region.getValue() == null ? null : region.getValue().code(),
                themes.getValue().stream().map(TaxonomyService.Term::code).collect(Collectors.toSet())));
    }

    private static void markInvalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    // ---- results ----------------------------------------------------------------------------------------

    private void showResults() {
        results.removeAll();
        Paragraph summary = new Paragraph(getTranslation(
                "finder.result.summary", result.fits().size(), result.nearly().size()));
        summary.addClassName("result-status");
        summary.getElement().setAttribute("role", "status");
        results.add(summary);

        Section fits = new Section(
                new H2(getTranslation("finder.result.fits", result.fits().size())));
        fits.addClassName("finder-fits");
        if (result.fits().isEmpty()) {
            fits.add(new Paragraph(getTranslation("finder.result.nofits")));
        }
        result.fits().forEach(m -> fits.add(card(m)));
        results.add(fits);

        if (!result.nearly().isEmpty()) {
            Section nearly = new Section(
                    new H2(getTranslation(
                            "finder.result.nearly", result.nearly().size())),
                    new Paragraph(getTranslation("finder.result.nearly.intro")));
            nearly.addClassName("finder-nearly");
            result.nearly().forEach(m -> nearly.add(card(m)));
            results.add(nearly);
        }
        if (result.ended() > 0) {
            results.add(new Paragraph(getTranslation("finder.result.ended", result.ended())));
        }
        results.add(new Paragraph(getTranslation("finder.result.disclaimer")));
        results.getElement().scrollIntoView();
    }

    private Article card(Match match) {
        MeasureFacts m = match.measure();
        Article card = new Article();
        card.addClassNames("finder-card", match.fit() == Match.Fit.FITS ? "fits" : "nearly");
        Span kind = new Span(Objects.requireNonNullElse(m.support().kind(), getTranslation("finder.card.measure")));
        kind.addClassNames("badge", "badge-maatregel");
        card.add(
                kind,
                new H3(new Anchor(m.card().path(), m.card().title())),
                new Paragraph(m.card().summary()));

        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("rule-list");
        for (RuleOutcome outcome : match.outcomes()) {
            if (outcome.verdict() == RuleOutcome.Verdict.INFO && outcome.rule() != RuleOutcome.Rule.NEED) {
                continue;
            }
            ListItem line = new ListItem();
            line.addClassName("rule-" + outcome.verdict().name().toLowerCase());
            Span mark = new Span(
                    getTranslation("finder.verdict." + outcome.verdict().name().toLowerCase()));
            mark.addClassName("rule-mark");
            line.add(mark);
            if (outcome.verdict() == RuleOutcome.Verdict.MET || outcome.verdict() == RuleOutcome.Verdict.NOT_MET) {
                // ✓ and ✗ are read out inconsistently: screen readers hear the verdict in words instead
                mark.getElement().setAttribute("aria-hidden", "true");
                Span spoken = new Span(getTranslation(
                        "finder.spoken." + outcome.verdict().name().toLowerCase()));
                spoken.addClassName("visually-hidden");
                line.add(spoken);
            }
            line.add(new Span(" " + getTranslation(outcome.messageKey(), arguments(outcome))));
            reasons.add(line);
        }
        card.add(new H3(getTranslation("finder.card.why")), reasons);

        Facts facts = new Facts()
                .add(getTranslation("finder.card.support"), support(m.support()))
                .add(getTranslation("finder.card.apply"), m.support().applyWho())
                .add(getTranslation("finder.card.validity"), validity(m))
                .add(
                        getTranslation("finder.card.verified"),
                        TrustLine.of(this, m.support().trust()));
        if (m.support().applyUrl() != null) {
            Anchor apply = new Anchor(m.support().applyUrl(), getTranslation("finder.card.applylink"));
            apply.setTarget(AnchorTarget.BLANK);
            apply.getElement().setAttribute("rel", "noopener noreferrer");
            apply.addClassName("external");
            facts.add(getTranslation("finder.card.applyhere"), apply);
        }
        card.add(facts);
        if (m.support().needsVerification()) {
            Paragraph verify = new Paragraph(getTranslation("finder.card.verify"));
            verify.addClassName("notice");
            card.add(verify);
        }
        return card;
    }

    private Object[] arguments(RuleOutcome outcome) {
        return outcome.arguments().stream().map(this::formatArgument).toArray();
    }

    /** Dates arrive as ISO text from the rules; people read "31 december 2026". */
    private String formatArgument(String argument) {
        try {
            return DutchFormat.date(LocalDate.parse(argument));
        } catch (DateTimeParseException e) {
            return argument;
        }
    }

    private String support(MeasureFacts.Support s) {
        StringBuilder text = new StringBuilder();
        if (s.maxEur() != null) {
            text.append(getTranslation("item.measure.max", DutchFormat.euro(s.maxEur())));
        }
        if (s.percentage() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(getTranslation("item.measure.percentage", s.percentage()));
        }
        if (s.form() != null) {
            text.append(text.isEmpty() ? "" : ". ").append(s.form());
        }
        return text.isEmpty() ? getTranslation("finder.card.support.seepage") : text.toString();
    }

    private String validity(MeasureFacts m) {
        if (m.validUntil() != null) {
            return getTranslation("item.measure.openuntil", DutchFormat.date(m.validUntil()));
        }
        return m.validFrom() != null
                ? getTranslation("item.measure.from", DutchFormat.date(m.validFrom()))
                : getTranslation("finder.card.noend");
    }

    private String sectorLabel(TaxonomyService.Term term) {
        List<String> pcs = terms.jointCommittees().getOrDefault(term.code(), List.of());
        return pcs.isEmpty() ? term.label() : term.label() + " (PC " + String.join(", ", pcs) + ")";
    }
}
