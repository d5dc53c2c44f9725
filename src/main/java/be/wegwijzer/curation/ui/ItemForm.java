package be.wegwijzer.curation.ui;

import static be.wegwijzer.curation.ui.TypeSection.blank;
import static be.wegwijzer.curation.ui.TypeSection.choice;
import static be.wegwijzer.curation.ui.TypeSection.code;
import static be.wegwijzer.curation.ui.TypeSection.codes;
import static be.wegwijzer.curation.ui.TypeSection.nz;
import static be.wegwijzer.curation.ui.TypeSection.pick;

import be.wegwijzer.base.Markdown;
import be.wegwijzer.base.ui.Html;
import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.catalog.Sector;
import be.wegwijzer.catalog.SourceDate;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.Verification;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.ItemRef;
import be.wegwijzer.curation.Slugs;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemSource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A form for every field of an item and its type-specific details. It reads and writes {@link ItemSource}, the
 * form the importer checks, so the editor and the file import share rules and messages; problems are shown next
 * to the field they concern.
 */
class ItemForm extends Div {

    private final ItemType type;
    private final TaxonomyService.Snapshot terms;
    private final EditorLookup lookup;
    /** Validation paths (the first segment of a FieldProblem's field) to the component that shows them. */
    private final Map<String, HasValidation> byField = new LinkedHashMap<>();
    /** Checks the plain-text fields while the editor types; the service checks them again on save (ItemValidator). */
    private final Binder<ItemSource> plainText = new Binder<>();

    final TextField slug = new TextField(getTranslation("editor.slug"));
    final TextField title = new TextField(getTranslation("editor.title"));
    final TextArea summary = new TextArea(getTranslation("editor.summary"));
    final MultiSelectComboBox<TaxonomyService.Term> themes = new MultiSelectComboBox<>(getTranslation("editor.themes"));
    final MultiSelectComboBox<TaxonomyService.Term> audiences =
            new MultiSelectComboBox<>(getTranslation("editor.audiences"));
    final Checkbox allSectors = new Checkbox(getTranslation("editor.allsectors"));
    final MultiSelectComboBox<TaxonomyService.Term> sectors =
            new MultiSelectComboBox<>(getTranslation("editor.sectors"));
    final MultiSelectComboBox<TaxonomyService.Term> regions =
            new MultiSelectComboBox<>(getTranslation("editor.regions"));
    final CheckboxGroup<CompanySize> sizes = new CheckboxGroup<>(getTranslation("editor.sizes"));
    final Select<Level> level = new Select<>();
    final Select<Cost> cost = new Select<>();
    final ComboBox<ItemRef> owner = new ComboBox<>(getTranslation("editor.owner"));
    final MultiSelectComboBox<ItemRef> related = new MultiSelectComboBox<>(getTranslation("editor.related"));
    final LinkEditor links = new LinkEditor();
    final TextField source = new TextField(getTranslation("editor.source"));
    final TextField sourceAddress = new TextField(getTranslation("editor.sourceaddress"));
    final TextField sourceDate = new TextField(getTranslation("editor.sourcedate"));
    final DatePicker verifiedOn = new DatePicker(getTranslation("editor.verifiedon"));
    final ComboBox<ItemRef> verifiedBy = new ComboBox<>(getTranslation("editor.verifiedby"));
    final DatePicker reviewBy = new DatePicker(getTranslation("editor.reviewby"));
    final Checkbox needsVerification = new Checkbox(getTranslation("editor.needsverification"));
    final TextArea verificationNote = new TextArea(getTranslation("editor.verificationnote"));
    final TextArea body = new TextArea(getTranslation("editor.body"));
    final Div preview = new Div();
    final ReadabilityHint summaryReadability = new ReadabilityHint();
    final ReadabilityHint bodyReadability = new ReadabilityHint();

    final TypeSection<?> details;

    ItemForm(ItemType type, boolean isNew, TaxonomyService.Snapshot terms, EditorLookup lookup) {
        this.type = type;
        this.terms = terms;
        this.lookup = lookup;
        addClassName("item-form");
        slug.setReadOnly(!isNew);
        slug.setHelperText(getTranslation(isNew ? "editor.slug.new" : "editor.slug.existing"));
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
        choice(level, getTranslation("editor.level"), Level.values());
        choice(cost, getTranslation("editor.cost"), Cost.values());
        owner.setItems(lookup.organisations());
        owner.setItemLabelGenerator(ItemRef::title);
        owner.setClearButtonVisible(true);
        owner.setHelperText(getTranslation(
                switch (type) {
                    case ORGANISATIE -> "editor.owner.organisation";
                    case PUBLICATIE -> "editor.owner.publication";
                    default -> "editor.owner.required";
                }));
        related.setItemLabelGenerator(ItemRef::label);
        related.setItems(query ->
                lookup.find(query.getFilter().orElse(""), Set.of(), query.getLimit() + query.getOffset()).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        related.setHelperText(getTranslation("editor.related.helper"));
        source.setMaxLength(Verification.SOURCE_MAX_LENGTH);
        source.setHelperText(getTranslation("editor.source.helper"));
        source.setRequired(true);
        sourceAddress.setMaxLength(Verification.ADDRESS_MAX_LENGTH);
        sourceAddress.setHelperText(getTranslation("editor.sourceaddress.helper"));
        sourceDate.setMaxLength(SourceDate.TEXT_MAX_LENGTH);
        sourceDate.setRequired(true);
        sourceDate.setHelperText(getTranslation("editor.sourcedate.helper"));
        verifiedOn.setHelperText(getTranslation("editor.verifiedon.helper"));
        verifiedBy.setItems(lookup.organisations());
        verifiedBy.setItemLabelGenerator(ItemRef::title);
        verifiedBy.setClearButtonVisible(true);
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
        preview.getElement().setAttribute("aria-label", getTranslation("editor.preview.label"));

        details = TypeSection.of(ItemSource.blank(type), terms, lookup);
        details.checkPlainText(plainText);
        PlainTextFields.checkLines(plainText, title, source, sourceAddress, sourceDate);
        PlainTextFields.checkTexts(plainText, summary, verificationNote);
        register();
        add(
                section(getTranslation("editor.section.general"), slug, title, summary, summaryReadability),
                section(
                        getTranslation("editor.section.classification"),
                        themes,
                        audiences,
                        allSectors,
                        sectors,
                        regions,
                        sizes,
                        level,
                        cost),
                section(getTranslation("editor.section.relations"), owner, related),
                details,
                bodySection(),
                section(getTranslation("editor.section.links"), links),
                section(
                        getTranslation("editor.section.source"),
                        source,
                        sourceAddress,
                        sourceDate,
                        verifiedOn,
                        verifiedBy,
                        reviewBy,
                        needsVerification,
                        verificationNote));
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
        sizes.setValue(s.sizes().stream()
                .map(c -> Coded.fromCode(CompanySize.class, c).orElse(null))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        level.setValue(Coded.fromCode(Level.class, nz(s.level())).orElse(null));
        cost.setValue(Coded.fromCode(Cost.class, nz(s.cost())).orElse(null));
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(o -> o.slug().equals(s.owner()))
                .findFirst()
                .orElse(null));
        related.setValue(new LinkedHashSet<>(relatedRefs));
        links.setLinks(s.links());
        source.setValue(nz(s.source()));
        sourceAddress.setValue(nz(s.sourceAddress()));
        sourceDate.setValue(nz(s.sourceDate()));
        verifiedOn.setValue(s.verifiedOn());
        verifiedBy.setValue(verifiedBy
                .getListDataView()
                .getItems()
                .filter(o -> o.slug().equals(s.verifiedBy()))
                .findFirst()
                .orElse(null));
        reviewBy.setValue(s.reviewBy());
        needsVerification.setValue(s.needsVerification());
        verificationNote.setValue(nz(s.verificationNote()));
        body.setValue(nz(s.body()));
        details.fill(s.details());
        renderPreview();
    }

    ItemSource toSource() {
        List<String> sectorCodes = allSectors.getValue() ? List.of(Sector.ALL) : codes(sectors.getValue());
        return new ItemSource(
                type,
                blank(slug.getValue()),
                blank(title.getValue()),
                blank(summary.getValue()),
                codes(themes.getValue()),
                codes(audiences.getValue()),
                sectorCodes,
                codes(regions.getValue()),
                sizes.getValue().stream().sorted().map(CompanySize::code).toList(),
                code(level.getValue()),
                code(cost.getValue()),
                owner.getValue() == null ? null : owner.getValue().slug(),
                related.getValue().stream().map(ItemRef::reference).toList(),
                links.getLinks(),
                blank(source.getValue()),
                blank(sourceAddress.getValue()),
                blank(sourceDate.getValue()),
                verifiedOn.getValue(),
                verifiedBy.getValue() == null ? null : verifiedBy.getValue().slug(),
                reviewBy.getValue(),
                needsVerification.getValue(),
                blank(verificationNote.getValue()),
                details.read(),
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
        byField.put("bron_adres", sourceAddress);
        byField.put("bron_datum", sourceDate);
        byField.put("nagekeken_op", verifiedOn);
        byField.put("nagekeken_door", verifiedBy);
        byField.put("herzien_tegen", reviewBy);
        byField.put("te_verifieren", verificationNote);
        byField.put("verificatie", verificationNote);
        byField.put("body", body);
        byField.putAll(details.fields());
    }

    // ---- layout -----------------------------------------------------------------------------------------

    private Section bodySection() {
        body.setHelperText(getTranslation("editor.body.helper"));
        Div columns = new Div(
                new Div(body, bodyReadability), new Div(new H3(getTranslation("editor.preview.heading")), preview));
        columns.addClassName("editor-columns");
        Section section = new Section(new H2(getTranslation("editor.section.body")), columns);
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

    static void terms(MultiSelectComboBox<TaxonomyService.Term> box, List<TaxonomyService.Term> items) {
        box.setItems(items);
        box.setItemLabelGenerator(t -> "\u2003".repeat(Math.min(t.depth(), 3)) + t.label());
    }
}
