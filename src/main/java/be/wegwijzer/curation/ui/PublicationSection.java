package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.PublicationDetails;
import be.wegwijzer.catalog.PublicationKind;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.PublicationSource;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/** The editor's fields of a publication: its kind, publisher, year, languages and where to read it. */
final class PublicationSection extends TypeSection<PublicationSource> {

    final Select<PublicationKind> kind = choice("editor.publication.kind", PublicationKind.values());
    final TextField publisher = line("editor.publication.publisher");
    final IntegerField year = new IntegerField(getTranslation("editor.publication.year"));
    final CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("editor.publication.languages"));
    final TextField url = line("editor.publication.url");

    PublicationSection() {
        super(PublicationSource.class, "editor.publication.heading");
        publisher.setMaxLength(PublicationDetails.PUBLISHER_MAX_LENGTH);
        publisher.setHelperText(getTranslation("editor.publication.publisher.helper"));
        url.setMaxLength(PublicationDetails.URL_MAX_LENGTH);
        url.setHelperText(getTranslation("editor.publication.url.helper"));
        languages.setItems(new TreeSet<>(PublicationSource.LANGUAGES));
        layout("soort", kind, "uitgever", publisher, "jaar", year, "taal", languages, "lezen", url);
    }

    @Override
    void show(PublicationSource p) {
        kind.setValue(fromCode(PublicationKind.class, p.kind()));
        publisher.setValue(nz(p.publisher()));
        year.setValue(p.year());
        languages.setValue(new LinkedHashSet<>(p.languages()));
        url.setValue(nz(p.url()));
    }

    @Override
    PublicationSource read() {
        return new PublicationSource(
                code(kind.getValue()),
                blank(publisher.getValue()),
                year.getValue(),
                List.copyOf(new TreeSet<>(languages.getValue())),
                blank(url.getValue()));
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, publisher);
    }
}
