package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.PracticeSource;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** The editor's fields of a good practice: who did it, what it cost, what it yielded. */
final class PracticeSection extends TypeSection<PracticeSource> {

    private final TaxonomyService.Snapshot terms;
    final TextField company = line("editor.practice.company");
    final ComboBox<TaxonomyService.Term> sector = new ComboBox<>(getTranslation("editor.practice.sector"));
    final Select<CompanySize> size = choice("editor.practice.size", CompanySize.values());
    final ComboBox<TaxonomyService.Term> region = new ComboBox<>(getTranslation("editor.practice.region"));
    final IntegerField investment = new IntegerField(getTranslation("editor.practice.investment"));
    final TextField duration = line("editor.practice.duration");
    final TextArea result = text("editor.practice.result");
    final TextArea businessCase = text("editor.practice.businesscase");

    PracticeSection(TaxonomyService.Snapshot terms) {
        super(PracticeSource.class, "editor.practice.heading");
        this.terms = terms;
        sector.setItems(terms.sectors());
        sector.setItemLabelGenerator(TaxonomyService.Term::label);
        sector.setClearButtonVisible(true);
        region.setItems(terms.regions());
        region.setItemLabelGenerator(TaxonomyService.Term::label);
        region.setClearButtonVisible(true);
        layout(
                "wie.bedrijf",
                company,
                "wie.sector",
                sector,
                "wie.grootte",
                size,
                "wie.regio",
                region,
                "investering_eur",
                investment,
                "tijd",
                duration,
                "resultaat",
                result,
                "business_case",
                businessCase);
    }

    @Override
    void show(PracticeSource p) {
        company.setValue(nz(p.company()));
        sector.setValue(p.sector() == null ? null : terms.sector(p.sector()).orElse(null));
        size.setValue(fromCode(CompanySize.class, p.size()));
        region.setValue(p.region() == null ? null : terms.region(p.region()).orElse(null));
        investment.setValue(p.investmentEur());
        duration.setValue(nz(p.duration()));
        result.setValue(nz(p.result()));
        businessCase.setValue(nz(p.businessCase()));
    }

    @Override
    PracticeSource read() {
        return new PracticeSource(
                blank(company.getValue()),
                sector.getValue() == null ? null : sector.getValue().code(),
                code(size.getValue()),
                region.getValue() == null ? null : region.getValue().code(),
                investment.getValue(),
                blank(duration.getValue()),
                blank(result.getValue()),
                blank(businessCase.getValue()));
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, company, duration);
        checkTexts(binder, result, businessCase);
    }
}
