package be.wegwijzer.curation.ui;

import be.wegwijzer.base.Markdown;
import be.wegwijzer.base.ui.Html;
import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.Verification;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.ToolForm;
import be.wegwijzer.contentimport.FieldProblem;
import be.wegwijzer.contentimport.ItemSource;
import be.wegwijzer.contentimport.ItemValidator;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.ItemRef;
import be.wegwijzer.curation.Slugs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A form for every field of an item and its type-specific details. It reads and writes {@link ItemSource}, the
 * form the importer checks, so the editor and the file import share rules and messages; problems are shown next
 * to the field they concern.
 */
class ItemForm extends Div {

    static final Set<String> LANGUAGES = new java.util.TreeSet<>(ItemValidator.LANGUAGES);

    private final ItemType type;
    private final TaxonomyService.Snapshot terms;
    private final EditorLookup lookup;
    /** Validation paths (the first segment of a FieldProblem's field) to the component that shows them. */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    /** Checks the plain-text fields while the editor types; the service checks them again on save (ItemValidator). */
    private final Binder<ItemSource> plainText = new Binder<>();

    final TextField slug = new TextField("Korte naam (slug)");
    final TextField title = new TextField("Titel");
    final TextArea summary = new TextArea("Samenvatting");
    final MultiSelectComboBox<TaxonomyService.Term> themes = new MultiSelectComboBox<>("Thema's");
    final MultiSelectComboBox<TaxonomyService.Term> audiences = new MultiSelectComboBox<>("Doelgroepen");
    final Checkbox allSectors = new Checkbox("Voor alle sectoren");
    final MultiSelectComboBox<TaxonomyService.Term> sectors = new MultiSelectComboBox<>("Sectoren");
    final MultiSelectComboBox<TaxonomyService.Term> regions = new MultiSelectComboBox<>("Regio's");
    final CheckboxGroup<CompanySize> sizes = new CheckboxGroup<>("Bedrijfsgrootte");
    final Select<Level> level = new Select<>();
    final Select<Cost> cost = new Select<>();
    final ComboBox<ItemRef> owner = new ComboBox<>("Organisatie (eigenaar of aanbieder)");
    final MultiSelectComboBox<ItemRef> related = new MultiSelectComboBox<>("Gerelateerde items");
    final LinkEditor links = new LinkEditor();
    final TextField source = new TextField("Bron");
    final DatePicker lastVerified = new DatePicker("Laatst nagekeken");
    final DatePicker reviewBy = new DatePicker("Herzien tegen");
    final Checkbox needsVerification = new Checkbox("Moet nog nagekeken worden");
    final TextArea verificationNote = new TextArea("Wat moet nagekeken worden?");
    final TextArea body = new TextArea("Tekst (Markdown)");
    final Div preview = new Div();
    final ReadabilityHint summaryReadability = new ReadabilityHint();
    final ReadabilityHint bodyReadability = new ReadabilityHint();

    // maatregel
    final Select<MeasureKind> measureKind = new Select<>();
    final Select<Competence> competence = new Select<>();
    final IntegerField maxEur = new IntegerField("Maximumbedrag (euro)");
    final IntegerField percentage = new IntegerField("Percentage van de kosten");
    final TextArea supportForm = new TextArea("Wat krijg je (vorm van de steun)");
    final TextField applyUrl = new TextField("Aanvragen: webadres");
    final TextField applyWho = new TextField("Wie vraagt aan");
    final DatePicker validFrom = new DatePicker("Geldig vanaf");
    final DatePicker validUntil = new DatePicker("Laatste dag om aan te vragen");
    final ComboBox<ItemRef> replacedBy = new ComboBox<>("Vervangen door");
    final CheckboxGroup<Statute> statutes = new CheckboxGroup<>("Voorwaarde: wie vraagt aan");
    final IntegerField minEmployees = new IntegerField("Voorwaarde: minstens … werknemers");
    final IntegerField maxEmployees = new IntegerField("Voorwaarde: hoogstens … werknemers");
    final MultiSelectComboBox<TaxonomyService.Term> conditionSectors = new MultiSelectComboBox<>("Voorwaarde: sectoren");
    final MultiSelectComboBox<TaxonomyService.Term> conditionRegions = new MultiSelectComboBox<>("Voorwaarde: regio's");
    final TextArea selfChecks = new TextArea("Ga zelf na (één voorwaarde per regel)");
    // praktijk
    final TextField company = new TextField("Bedrijf (alleen als de bron het publiek noemt)");
    final ComboBox<TaxonomyService.Term> practiceSector = new ComboBox<>("Sector van het bedrijf");
    final Select<CompanySize> practiceSize = new Select<>();
    final ComboBox<TaxonomyService.Term> practiceRegion = new ComboBox<>("Regio van het bedrijf");
    final IntegerField investment = new IntegerField("Investering (euro)");
    final TextField duration = new TextField("Doorlooptijd");
    final TextArea result = new TextArea("Resultaat");
    final TextArea businessCase = new TextArea("Business case (met bedragen waar de bron ze geeft)");
    // tool
    final Select<ToolForm> toolForm = new Select<>();
    final TextField toolDuration = new TextField("Duur");
    final CheckboxGroup<String> languages = new CheckboxGroup<>("Talen");
    // organisatie
    final Select<OrganisationKind> organisationKind = new Select<>();
    final MultiSelectComboBox<TaxonomyService.Term> workArea = new MultiSelectComboBox<>("Werkgebied");
    final TextField web = new TextField("Website");
    final TextField email = new TextField("Algemeen e-mailadres");
    final TextField phone = new TextField("Algemeen telefoonnummer");
    // activiteit
    final Select<ActivityKind> activityKind = new Select<>();
    final DatePicker start = new DatePicker("Start");
    final DatePicker end = new DatePicker("Einde");
    final TextField location = new TextField("Locatie");
    final Checkbox online = new Checkbox("Online");
    final TextField registerUrl = new TextField("Inschrijven: webadres");

    ItemForm(ItemType type, boolean isNew, TaxonomyService.Snapshot terms, EditorLookup lookup) {
        this.type = type;
        this.terms = terms;
        this.lookup = lookup;
        addClassName("item-form");
        slug.setReadOnly(!isNew);
        slug.setHelperText(isNew ? "Kleine letters, cijfers en koppeltekens; wordt het webadres en verandert daarna niet."
                : "Het webadres van het item; verandert niet meer.");
        title.setMaxLength(Item.TITLE_MAX_LENGTH);
        title.setRequired(true);
        if (isNew) {
            title.addValueChangeListener(e -> {
                if (e.isFromClient() && (slug.isEmpty() || slug.getValue().equals(Slugs.of(e.getOldValue())))) {
                    slug.setValue(Slugs.of(e.getValue()));
                }
            });
        }
        // Same limits as the importer's check (ItemValidator): required, at most SUMMARY_MAX_LENGTH characters.
        summary.setMaxLength(Item.SUMMARY_MAX_LENGTH);
        summary.setRequired(true);
        summary.setValueChangeMode(ValueChangeMode.EAGER);
        summary.setHelperText(summaryCount(""));
        summary.addValueChangeListener(e -> {
            summary.setHelperText(summaryCount(e.getValue()));
            summaryReadability.update(e.getValue());
        });
        summaryReadability.update("");
        terms(themes, terms.themes());
        terms(audiences, terms.audiences());
        terms(sectors, terms.sectors());
        terms(regions, terms.regions());
        allSectors.addValueChangeListener(e -> sectors.setEnabled(!e.getValue()));
        sizes.setItems(CompanySize.values());
        sizes.setItemLabelGenerator(CompanySize::label);
        choice(level, "Niveau", Level.values());
        choice(cost, "Kosten", Cost.values());
        owner.setItems(lookup.organisations());
        owner.setItemLabelGenerator(ItemRef::title);
        owner.setClearButtonVisible(true);
        owner.setHelperText(type == ItemType.ORGANISATIE ? "Niet nodig voor een organisatie." : "Verplicht: wie biedt dit aan?");
        related.setItemLabelGenerator(ItemRef::label);
        related.setItems(query -> lookup.find(query.getFilter().orElse(""), Set.of(), query.getLimit() + query.getOffset()).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        related.setHelperText("Typ een deel van de titel om te zoeken.");
        source.setMaxLength(Verification.SOURCE_MAX_LENGTH);
        source.setHelperText("Document en sectie of regels, bv. \"001 Actualisering actieplan werkbaar werk, r. 130-180\".");
        verificationNote.setMaxLength(Verification.NOTE_MAX_LENGTH);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(400);
        body.addValueChangeListener(e -> {
            renderPreview();
            bodyReadability.update(e.getValue());
        });
        bodyReadability.update("");
        body.addClassName("markdown-source");
        preview.addClassNames("markdown-preview", "item-body");
        // The preview scrolls on its own; keyboard users reach it with Tab and scroll it with the arrow keys.
        preview.getElement().setAttribute("tabindex", "0");
        preview.getElement().setAttribute("role", "region");
        preview.getElement().setAttribute("aria-label", "Voorbeeld van de tekst");

        // type-specific choices
        choice(measureKind, "Soort steun", MeasureKind.values());
        choice(competence, "Bevoegde overheid", Competence.values());
        replacedBy.setItemLabelGenerator(ItemRef::title);
        replacedBy.setItems(query -> lookup.find(query.getFilter().orElse(""), Set.of(ItemType.MAATREGEL),
                query.getLimit() + query.getOffset()).stream().skip(query.getOffset()).limit(query.getLimit()));
        replacedBy.setClearButtonVisible(true);
        statutes.setItems(Statute.values());
        statutes.setItemLabelGenerator(Statute::label);
        terms(conditionSectors, terms.sectors());
        terms(conditionRegions, terms.regions());
        practiceSector.setItems(terms.sectors());
        practiceSector.setItemLabelGenerator(TaxonomyService.Term::label);
        practiceSector.setClearButtonVisible(true);
        choice(practiceSize, "Grootte van het bedrijf", CompanySize.values());
        practiceRegion.setItems(terms.regions());
        practiceRegion.setItemLabelGenerator(TaxonomyService.Term::label);
        practiceRegion.setClearButtonVisible(true);
        choice(toolForm, "Vorm", ToolForm.values());
        languages.setItems(LANGUAGES);
        choice(organisationKind, "Soort organisatie", OrganisationKind.values());
        terms(workArea, terms.regions());
        choice(activityKind, "Soort activiteit", ActivityKind.values());

        PlainTextFields.checkLines(plainText, title, source, applyWho, company, duration, toolDuration, email, phone,
                location);
        PlainTextFields.checkTexts(plainText, summary, verificationNote, supportForm, selfChecks, result, businessCase);
        register();
        add(section("Algemeen", slug, title, summary, summaryReadability),
                section("Indeling", themes, audiences, allSectors, sectors, regions, sizes, level, cost),
                section("Organisatie en relaties", owner, related),
                typeSection(),
                bodySection(),
                section("Links naar de originele bron", links),
                section("Bron en actualiteit", source, lastVerified, reviewBy, needsVerification, verificationNote));
    }

    // ---- reading and writing ----------------------------------------------------------------------------

    void fill(ItemSource s, Collection<ItemRef> relatedRefs) {
        slug.setValue(nz(s.slug()));
        title.setValue(nz(s.title()));
        summary.setValue(nz(s.summary()));
        themes.setValue(pick(s.themes(), terms.themes()));
        audiences.setValue(pick(s.audiences(), terms.audiences()));
        allSectors.setValue(s.sectors().contains(Sector.ALL));
        sectors.setValue(pick(s.sectors(), terms.sectors()));
        regions.setValue(pick(s.regions(), terms.regions()));
        sizes.setValue(s.sizes().stream().map(c -> Coded.fromCode(CompanySize.class, c).orElse(null)).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        level.setValue(Coded.fromCode(Level.class, nz(s.level())).orElse(null));
        cost.setValue(Coded.fromCode(Cost.class, nz(s.cost())).orElse(null));
        owner.setValue(owner.getListDataView().getItems().filter(o -> o.slug().equals(s.owner())).findFirst().orElse(null));
        related.setValue(new LinkedHashSet<>(relatedRefs));
        links.setLinks(s.links());
        source.setValue(nz(s.source()));
        lastVerified.setValue(s.lastVerified());
        reviewBy.setValue(s.reviewBy());
        needsVerification.setValue(s.needsVerification());
        verificationNote.setValue(nz(s.verificationNote()));
        body.setValue(nz(s.body()));
        if (s.measure() != null) {
            ItemSource.MeasureSource m = s.measure();
            measureKind.setValue(Coded.fromCode(MeasureKind.class, nz(m.kind())).orElse(null));
            competence.setValue(Coded.fromCode(Competence.class, nz(m.competence())).orElse(null));
            maxEur.setValue(m.maxEur());
            percentage.setValue(m.percentage());
            supportForm.setValue(nz(m.supportForm()));
            applyUrl.setValue(nz(m.applyUrl()));
            applyWho.setValue(nz(m.applyWho()));
            validFrom.setValue(m.validFrom());
            validUntil.setValue(m.validUntil());
            if (m.replacedBy() != null) {
                lookup.byReferences(List.of(m.replacedBy())).stream().findFirst().ifPresent(replacedBy::setValue);
            }
            statutes.setValue(m.statutes().stream().map(c -> Coded.fromCode(Statute.class, c).orElse(null)).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            minEmployees.setValue(m.minEmployees());
            maxEmployees.setValue(m.maxEmployees());
            conditionSectors.setValue(pick(m.sectors(), terms.sectors()));
            conditionRegions.setValue(pick(m.regions(), terms.regions()));
            selfChecks.setValue(String.join("\n", m.selfChecks()));
        }
        if (s.practice() != null) {
            ItemSource.PracticeSource p = s.practice();
            company.setValue(nz(p.company()));
            practiceSector.setValue(p.sector() == null ? null : terms.sector(p.sector()).orElse(null));
            practiceSize.setValue(Coded.fromCode(CompanySize.class, nz(p.size())).orElse(null));
            practiceRegion.setValue(p.region() == null ? null : terms.region(p.region()).orElse(null));
            investment.setValue(p.investmentEur());
            duration.setValue(nz(p.duration()));
            result.setValue(nz(p.result()));
            businessCase.setValue(nz(p.businessCase()));
        }
        if (s.tool() != null) {
            toolForm.setValue(Coded.fromCode(ToolForm.class, nz(s.tool().form())).orElse(null));
            toolDuration.setValue(nz(s.tool().duration()));
            languages.setValue(new LinkedHashSet<>(s.tool().languages()));
        }
        if (s.organisation() != null) {
            organisationKind.setValue(Coded.fromCode(OrganisationKind.class, nz(s.organisation().kind())).orElse(null));
            workArea.setValue(pick(s.organisation().workArea(), terms.regions()));
            web.setValue(nz(s.organisation().web()));
            email.setValue(nz(s.organisation().email()));
            phone.setValue(nz(s.organisation().phone()));
        }
        if (s.activity() != null) {
            activityKind.setValue(Coded.fromCode(ActivityKind.class, nz(s.activity().kind())).orElse(null));
            start.setValue(s.activity().start());
            end.setValue(s.activity().end());
            location.setValue(nz(s.activity().location()));
            online.setValue(Boolean.TRUE.equals(s.activity().online()));
            registerUrl.setValue(nz(s.activity().registerUrl()));
        }
        renderPreview();
    }

    ItemSource toSource() {
        List<String> sectorCodes = allSectors.getValue() ? List.of(Sector.ALL) : codes(sectors.getValue());
        return new ItemSource(type, blank(slug.getValue()), blank(title.getValue()), blank(summary.getValue()),
                codes(themes.getValue()), codes(audiences.getValue()), sectorCodes, codes(regions.getValue()),
                sizes.getValue().stream().sorted().map(CompanySize::code).toList(),
                code(level.getValue()), code(cost.getValue()),
                owner.getValue() == null ? null : owner.getValue().slug(),
                related.getValue().stream().map(ItemRef::reference).toList(),
                links.getLinks(), blank(source.getValue()), lastVerified.getValue(), reviewBy.getValue(),
                needsVerification.getValue(), blank(verificationNote.getValue()),
                type == ItemType.MAATREGEL ? new ItemSource.MeasureSource(code(measureKind.getValue()), code(competence.getValue()),
                        maxEur.getValue(), percentage.getValue(), blank(supportForm.getValue()), blank(applyUrl.getValue()),
                        blank(applyWho.getValue()), validFrom.getValue(), validUntil.getValue(),
                        replacedBy.getValue() == null ? null : replacedBy.getValue().reference(),
                        statutes.getValue().stream().sorted().map(Statute::code).toList(), minEmployees.getValue(),
                        maxEmployees.getValue(), codes(conditionSectors.getValue()), codes(conditionRegions.getValue()),
                        Arrays.stream(selfChecks.getValue().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList()) : null,
                type == ItemType.PRAKTIJK ? new ItemSource.PracticeSource(blank(company.getValue()),
                        practiceSector.getValue() == null ? null : practiceSector.getValue().code(), code(practiceSize.getValue()),
                        practiceRegion.getValue() == null ? null : practiceRegion.getValue().code(), investment.getValue(),
                        blank(duration.getValue()), blank(result.getValue()), blank(businessCase.getValue())) : null,
                type == ItemType.TOOL ? new ItemSource.ToolSource(code(toolForm.getValue()), blank(toolDuration.getValue()),
                        List.copyOf(new java.util.TreeSet<>(languages.getValue()))) : null,
                type == ItemType.ORGANISATIE ? new ItemSource.OrganisationSource(code(organisationKind.getValue()),
                        codes(workArea.getValue()), blank(web.getValue()), blank(email.getValue()), blank(phone.getValue())) : null,
                type == ItemType.ACTIVITEIT ? new ItemSource.ActivitySource(code(activityKind.getValue()), start.getValue(),
                        end.getValue(), blank(location.getValue()), online.getValue() ? Boolean.TRUE : null,
                        blank(registerUrl.getValue())) : null,
                blank(body.getValue()) == null ? "" : body.getValue().strip());
    }

    /** Shows each problem next to its field; returns the problems no field could show. */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        byField.values().forEach(f -> f.setInvalid(false));
        links.clearProblems();
        List<FieldProblem> unplaced = new ArrayList<>();
        Map<HasValidation, List<String>> messages = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fieldFor(problem.field());
            if (problem.field().startsWith("links")) {
                links.showProblem(problem.message() + " " + problem.hint());
            } else if (field == null) {
                unplaced.add(problem);
            } else {
                messages.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.message() + " " + problem.hint());
            }
        }
        messages.forEach((field, texts) -> {
            field.setErrorMessage(String.join(" ", texts));
            field.setInvalid(true);
        });
        return unplaced;
    }

    private HasValidation fieldFor(String path) {
        for (String candidate = path; !candidate.isEmpty(); ) {
            HasValidation field = byField.get(candidate);
            if (field != null) {
                return field;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return path.startsWith("body") ? body : null;
    }

    private void register() {
        byField.put("slug", slug);
        byField.put("titel", title);
        byField.put("samenvatting", summary);
        byField.put("themas", themes);
        byField.put("doelgroepen", audiences);
        byField.put("sectoren", sectors);
        byField.put("regios", regions);
        byField.put("grootte", sizes);
        byField.put("niveau", level);
        byField.put("kosten", cost);
        byField.put("organisatie", owner);
        byField.put("gerelateerd", related);
        byField.put("bron", source);
        byField.put("laatst_nagekeken", lastVerified);
        byField.put("herzien_tegen", reviewBy);
        byField.put("te_verifieren", verificationNote);
        byField.put("verificatie", verificationNote);
        byField.put("body", body);
        switch (type) {
            case MAATREGEL -> {
                byField.put("soort", measureKind);
                byField.put("bevoegdheid", competence);
                byField.put("steun.max_eur", maxEur);
                byField.put("steun.percentage", percentage);
                byField.put("steun.vorm", supportForm);
                byField.put("aanvragen.url", applyUrl);
                byField.put("aanvragen.wie", applyWho);
                byField.put("geldig.van", validFrom);
                byField.put("geldig.tot", validUntil);
                byField.put("vervangen_door", replacedBy);
                byField.put("voorwaarden.statuut", statutes);
                byField.put("voorwaarden.min_werknemers", minEmployees);
                byField.put("voorwaarden.max_werknemers", maxEmployees);
                byField.put("voorwaarden.sectoren", conditionSectors);
                byField.put("voorwaarden.regios", conditionRegions);
                byField.put("voorwaarden.zelf_nagaan", selfChecks);
            }
            case PRAKTIJK -> {
                byField.put("wie.bedrijf", company);
                byField.put("wie.sector", practiceSector);
                byField.put("wie.grootte", practiceSize);
                byField.put("wie.regio", practiceRegion);
                byField.put("investering_eur", investment);
                byField.put("tijd", duration);
                byField.put("resultaat", result);
                byField.put("business_case", businessCase);
            }
            case TOOL -> {
                byField.put("vorm", toolForm);
                byField.put("duur", toolDuration);
                byField.put("taal", languages);
            }
            case ORGANISATIE -> {
                byField.put("soort", organisationKind);
                byField.put("werkgebied", workArea);
                byField.put("contact.web", web);
                byField.put("contact.email", email);
                byField.put("contact.telefoon", phone);
            }
            case ACTIVITEIT -> {
                byField.put("soort", activityKind);
                byField.put("start", start);
                byField.put("einde", end);
                byField.put("locatie", location);
                byField.put("inschrijven", registerUrl);
            }
            case FICHE -> {
                // a fiche has no details beyond its body
            }
        }
    }

    // ---- layout -----------------------------------------------------------------------------------------

    private Section typeSection() {
        return switch (type) {
            case MAATREGEL -> section("Steunmaatregel", measureKind, competence, maxEur, percentage, supportForm, applyWho, applyUrl,
                    validFrom, validUntil, replacedBy, statutes, minEmployees, maxEmployees, conditionSectors, conditionRegions, selfChecks);
            case PRAKTIJK -> section("Goede praktijk", company, practiceSector, practiceSize, practiceRegion, investment, duration,
                    result, businessCase);
            case TOOL -> section("Tool", toolForm, toolDuration, languages);
            case ORGANISATIE -> section("Organisatie", organisationKind, workArea, web, email, phone);
            case ACTIVITEIT -> section("Activiteit", activityKind, start, end, location, online, registerUrl);
            case FICHE -> section("Inspiratiefiche", new com.vaadin.flow.component.html.Paragraph(
                    "Een fiche heeft in de tekst drie secties met acties per niveau: ## Starter, ## Gevorderd en ## Expert."));
        };
    }

    private Section bodySection() {
        body.setHelperText("Markdown: ## voor tussentitels, - voor een opsomming, **vet**, [tekst](https://…). Geen HTML.");
        Div columns = new Div(new Div(body, bodyReadability), new Div(new H3("Voorbeeld zoals op de publieke pagina"), preview));
        columns.addClassName("editor-columns");
        Section section = new Section(new H2("Tekst"), columns);
        section.addClassName("form-section");
        return section;
    }

    private Section section(String heading, Component... fields) {
        Div grid = new Div(fields);
        grid.addClassName("form-grid");
        Section section = new Section(new H2(heading), grid);
        section.addClassName("form-section");
        return section;
    }

    /** The live counter under the summary: characters used of the maximum, and what a summary is for. */
    static String summaryCount(String value) {
        int length = value == null ? 0 : value.length();
        return length + " / " + Item.SUMMARY_MAX_LENGTH + " tekens" + (length == 0 ? " · verplicht" : "")
                + " · Wat heeft de lezer eraan? Eén of twee zinnen in gewone taal.";
    }

    private void renderPreview() {
        preview.removeAll();
        preview.add(Html.of(Markdown.toSafeHtml(body.getValue()), "preview-content"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static void terms(MultiSelectComboBox<TaxonomyService.Term> box, List<TaxonomyService.Term> items) {
        box.setItems(items);
        box.setItemLabelGenerator(t -> "\u2003".repeat(Math.min(t.depth(), 3)) + t.label());
    }

    private static <E extends Enum<E> & Coded> void choice(Select<E> select, String label, E[] values) {
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "—" : v.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
    }

    private static Set<TaxonomyService.Term> pick(List<String> codes, List<TaxonomyService.Term> terms) {
        Map<String, TaxonomyService.Term> byCode = terms.stream().collect(Collectors.toMap(TaxonomyService.Term::code, Function.identity()));
        return codes.stream().map(byCode::get).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> codes(Set<TaxonomyService.Term> values) {
        return values.stream().map(TaxonomyService.Term::code).toList();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** The links of an item as editable rows. */
    static class LinkEditor extends Div implements HasValidation {

        private final Div rows = new Div();
        private final Binder<ItemSource.LinkSource> labels = new Binder<>();
        private final com.vaadin.flow.component.html.Paragraph problem = new com.vaadin.flow.component.html.Paragraph();

        LinkEditor() {
            addClassName("link-editor");
            problem.addClassName("field-problem");
            problem.getElement().setAttribute("role", "alert");
            Button add = new Button("Link toevoegen", e -> addRow(null));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(rows, add, problem);
        }

        void setLinks(List<ItemSource.LinkSource> links) {
            rows.removeAll();
            links.forEach(this::addRow);
        }

        List<ItemSource.LinkSource> getLinks() {
            List<ItemSource.LinkSource> links = new ArrayList<>();
            rows.getChildren().forEach(row -> {
                List<Component> fields = row.getChildren().toList();
                String label = ((TextField) fields.get(0)).getValue().strip();
                String url = ((TextField) fields.get(1)).getValue().strip();
                if (!label.isEmpty() || !url.isEmpty()) {
                    links.add(new ItemSource.LinkSource(label.isEmpty() ? null : label, url.isEmpty() ? null : url));
                }
            });
            return links;
        }

        private void addRow(ItemSource.LinkSource link) {
            TextField label = new TextField("Label");
            TextField url = new TextField("Webadres");
            label.setValue(link == null || link.label() == null ? "" : link.label());
            url.setValue(link == null || link.url() == null ? "" : link.url());
            Div row = new Div(label, url);
            Binder.Binding<ItemSource.LinkSource, String> check = labels.forField(label).withValidator(PlainTextFields.line())
                    .bind(ignored -> label.getValue(), (ignored, value) -> { });
            Button remove = new Button("Verwijderen", e -> {
                check.unbind();
                rows.remove(row);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
            row.addClassName("link-row");
            rows.add(row);
        }

        void showProblem(String message) {
            problem.setText(problem.getText().isEmpty() ? message : problem.getText() + " " + message);
        }

        void clearProblems() {
            problem.setText("");
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            showProblem(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return problem.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            if (!invalid) {
                clearProblems();
            }
        }

        @Override
        public boolean isInvalid() {
            return !problem.getText().isEmpty();
        }
    }
}
