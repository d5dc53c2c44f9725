package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.Competence;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.MeasureKind;
import be.wegwijzer.catalog.Statute;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.curation.ItemRef;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.MeasureSource;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Set;

/** The editor's fields of a support measure: what it gives, how to apply, how long, and its conditions. */
final class MeasureSection extends TypeSection<MeasureSource> {

    private final TaxonomyService.Snapshot terms;
    private final EditorLookup lookup;
    final Select<MeasureKind> kind = choice("editor.measure.kind", MeasureKind.values());
    final Select<Competence> competence = choice("editor.measure.competence", Competence.values());
    final IntegerField maxEur = new IntegerField(getTranslation("editor.measure.maxeur"));
    final IntegerField percentage = new IntegerField(getTranslation("editor.measure.percentage"));
    final TextArea supportForm = text("editor.measure.supportform");
    final TextField applyUrl = line("editor.measure.applyurl");
    final TextField applyWho = line("editor.measure.applywho");
    final DatePicker validFrom = new DatePicker(getTranslation("editor.measure.validfrom"));
    final DatePicker validUntil = new DatePicker(getTranslation("editor.measure.validuntil"));
    final ComboBox<ItemRef> replacedBy = new ComboBox<>(getTranslation("editor.measure.replacedby"));
    final CheckboxGroup<Statute> statutes = new CheckboxGroup<>(getTranslation("editor.measure.statutes"));
    final IntegerField minEmployees = new IntegerField(getTranslation("editor.measure.minemployees"));
    final IntegerField maxEmployees = new IntegerField(getTranslation("editor.measure.maxemployees"));
    final MultiSelectComboBox<TaxonomyService.Term> sectors;
    final MultiSelectComboBox<TaxonomyService.Term> regions;
    final TextArea selfChecks = text("editor.measure.selfchecks");
    final FaqEditor faq;

    MeasureSection(TaxonomyService.Snapshot terms, EditorLookup lookup) {
        super(MeasureSource.class, "editor.measure.heading");
        this.terms = terms;
        this.lookup = lookup;
        faq = new FaqEditor();
        sectors = terms("editor.measure.sectors", terms.sectors());
        regions = terms("editor.measure.regions", terms.regions());
        replacedBy.setItemLabelGenerator(ItemRef::title);
        replacedBy.setItems(
                query -> lookup
                        .find(
                                query.getFilter().orElse(""),
                                Set.of(ItemType.MAATREGEL),
                                query.getLimit() + query.getOffset())
                        .stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        replacedBy.setClearButtonVisible(true);
        statutes.setItems(Statute.values());
        statutes.setItemLabelGenerator(Statute::label);
        layout(
                "soort",
                kind,
                "bevoegdheid",
                competence,
                "steun.max_eur",
                maxEur,
                "steun.percentage",
                percentage,
                "steun.vorm",
                supportForm,
                "aanvragen.wie",
                applyWho,
                "aanvragen.url",
                applyUrl,
                "geldig.van",
                validFrom,
                "geldig.tot",
                validUntil,
                "vervangen_door",
                replacedBy,
                "voorwaarden.statuut",
                statutes,
                "voorwaarden.min_werknemers",
                minEmployees,
                "voorwaarden.max_werknemers",
                maxEmployees,
                "voorwaarden.sectoren",
                sectors,
                "voorwaarden.regios",
                regions,
                "voorwaarden.zelf_nagaan",
                selfChecks,
                "vragen",
                faq);
    }

    @Override
    void show(MeasureSource m) {
        kind.setValue(fromCode(MeasureKind.class, m.kind()));
        competence.setValue(fromCode(Competence.class, m.competence()));
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
        statutes.setValue(fromCodes(Statute.class, m.statutes()));
        minEmployees.setValue(m.minEmployees());
        maxEmployees.setValue(m.maxEmployees());
        sectors.setValue(pick(m.sectors(), terms.sectors()));
        regions.setValue(pick(m.regions(), terms.regions()));
        selfChecks.setValue(String.join("\n", m.selfChecks()));
        faq.setEntries(m.faq());
    }

    @Override
    MeasureSource read() {
        return new MeasureSource(
                code(kind.getValue()),
                code(competence.getValue()),
                maxEur.getValue(),
                percentage.getValue(),
                blank(supportForm.getValue()),
                blank(applyUrl.getValue()),
                blank(applyWho.getValue()),
                validFrom.getValue(),
                validUntil.getValue(),
                replacedBy.getValue() == null ? null : replacedBy.getValue().reference(),
                statutes.getValue().stream().sorted().map(Statute::code).toList(),
                minEmployees.getValue(),
                maxEmployees.getValue(),
                codes(sectors.getValue()),
                codes(regions.getValue()),
                lines(selfChecks.getValue()),
                faq.getEntries());
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, applyWho);
        checkTexts(binder, supportForm, selfChecks);
        faq.checkPlainText(binder);
    }
}
