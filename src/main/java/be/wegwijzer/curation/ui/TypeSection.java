package be.wegwijzer.curation.ui;

import be.wegwijzer.base.ui.PlainTextFields;
import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.EditorLookup;
import be.wegwijzer.itemfile.ActivitySource;
import be.wegwijzer.itemfile.FicheSource;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.MeasureSource;
import be.wegwijzer.itemfile.OrganisationSource;
import be.wegwijzer.itemfile.PracticeSource;
import be.wegwijzer.itemfile.PublicationSource;
import be.wegwijzer.itemfile.ToolSource;
import be.wegwijzer.itemfile.TypeSource;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editor's fields of one content type, filled from and read into that type's record ({@link TypeSource}).
 * Each type has one subclass; {@link #of} picks it. Problems are shown next to the field their path names.
 */
abstract sealed class TypeSection<S extends TypeSource> extends Section
        permits MeasureSection,
                PracticeSection,
                ToolSection,
                OrganisationSection,
                ActivitySection,
                FicheSection,
                PublicationSection {

    /** Validation paths (as in {@code FieldProblem.field()}) to the component that shows them. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final Class<S> sourceType;

    TypeSection(Class<S> sourceType, String headingKey) {
        this.sourceType = sourceType;
        addClassName("form-section");
        add(new H2(getTranslation(headingKey)));
    }

    /** The section for the details of {@code blank}'s type. */
    static TypeSection<?> of(ItemSource blank, TaxonomyService.Snapshot terms, EditorLookup lookup) {
        return switch (blank.details()) {
            case MeasureSource m -> new MeasureSection(terms, lookup);
            case PracticeSource p -> new PracticeSection(terms);
            case ToolSource t -> new ToolSection();
            case OrganisationSource o -> new OrganisationSection(terms);
            case ActivitySource a -> new ActivitySection();
            case FicheSource f -> new FicheSection();
            case PublicationSource p -> new PublicationSection();
        };
    }

    /** Shows the fields of {@code source}; a record of another type leaves them empty. */
    final void fill(TypeSource source) {
        if (sourceType.isInstance(source)) {
            show(sourceType.cast(source));
        }
    }

    abstract void show(S source);

    abstract S read();

    /** Checks the plain-text fields while the editor types, as the service does on save. */
    void checkPlainText(Binder<ItemSource> binder) {}

    final Map<String, HasValidation> fields() {
        return fields;
    }

    // ---- helpers for the subclasses -----------------------------------------------------------------------

    /** Lays out the fields in the form grid and registers each under its validation path (path, field, path, field…). */
    final void layout(Object... pathsAndFields) {
        Div grid = new Div();
        grid.addClassName("form-grid");
        for (int i = 0; i < pathsAndFields.length; i += 2) {
            Component field = (Component) pathsAndFields[i + 1];
            if (pathsAndFields[i] != null && field instanceof HasValidation validation) {
                fields.put((String) pathsAndFields[i], validation);
            }
            grid.add(field);
        }
        add(grid);
    }

    final <E extends Enum<E> & Coded> Select<E> choice(String labelKey, E[] values) {
        Select<E> select = new Select<>();
        choice(select, getTranslation(labelKey), values);
        return select;
    }

    /** A choice among coded values, labelled, with an empty choice shown as a dash (the editor's and the sections'). */
    static <E extends Enum<E> & Coded> void choice(Select<E> select, String label, E[] values) {
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "—" : v.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
    }

    final MultiSelectComboBox<TaxonomyService.Term> terms(String labelKey, List<TaxonomyService.Term> items) {
        MultiSelectComboBox<TaxonomyService.Term> box = new MultiSelectComboBox<>(getTranslation(labelKey));
        ItemForm.terms(box, items);
        return box;
    }

    final TextField line(String labelKey) {
        return new TextField(getTranslation(labelKey));
    }

    final TextArea text(String labelKey) {
        return new TextArea(getTranslation(labelKey));
    }

    static void checkLines(Binder<ItemSource> binder, TextField... fields) {
        PlainTextFields.checkLines(binder, fields);
    }

    static void checkTexts(Binder<ItemSource> binder, TextArea... fields) {
        PlainTextFields.checkTexts(binder, fields);
    }

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return code == null ? null : Coded.fromCode(type, code).orElse(null);
    }

    static <E extends Enum<E> & Coded> Set<E> fromCodes(Class<E> type, List<String> codes) {
        return codes.stream()
                .map(c -> fromCode(type, c))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static Set<TaxonomyService.Term> pick(List<String> codes, List<TaxonomyService.Term> terms) {
        Map<String, TaxonomyService.Term> byCode =
                terms.stream().collect(Collectors.toMap(TaxonomyService.Term::code, Function.identity()));
        return codes.stream()
                .map(byCode::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<String> codes(Set<TaxonomyService.Term> values) {
        return values.stream().map(TaxonomyService.Term::code).toList();
    }

    /** Blank is absent, as in the content files. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }

    /** One entry per non-empty line. */
    static List<String> lines(String value) {
        return Arrays.stream(value.split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
