package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.OrganisationKind;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.OrganisationSource;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** The editor's fields of an organisation: its kind, where it works and its general contact. */
final class OrganisationSection extends TypeSection<OrganisationSource> {

    private final TaxonomyService.Snapshot terms;
    final Select<OrganisationKind> kind = choice("editor.organisation.kind", OrganisationKind.values());
    final MultiSelectComboBox<TaxonomyService.Term> workArea;
    final TextField web = line("editor.organisation.web");
    final TextField email = line("editor.organisation.email");
    final TextField phone = line("editor.organisation.phone");

    OrganisationSection(TaxonomyService.Snapshot terms) {
        super(OrganisationSource.class, "editor.organisation.heading");
        this.terms = terms;
        workArea = terms("editor.organisation.area", terms.regions());
        layout(
                "soort",
                kind,
                "werkgebied",
                workArea,
                "contact.web",
                web,
                "contact.email",
                email,
                "contact.telefoon",
                phone);
    }

    @Override
    void show(OrganisationSource o) {
        kind.setValue(fromCode(OrganisationKind.class, o.kind()));
        workArea.setValue(pick(o.workArea(), terms.regions()));
        web.setValue(nz(o.web()));
        email.setValue(nz(o.email()));
        phone.setValue(nz(o.phone()));
    }

    @Override
    OrganisationSource read() {
        return new OrganisationSource(
                code(kind.getValue()),
                codes(workArea.getValue()),
                blank(web.getValue()),
                blank(email.getValue()),
                blank(phone.getValue()));
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, email, phone);
    }
}
