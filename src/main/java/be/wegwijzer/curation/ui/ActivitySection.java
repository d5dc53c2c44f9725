package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.ActivityKind;
import be.wegwijzer.itemfile.ActivitySource;
import be.wegwijzer.itemfile.ItemSource;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** The editor's fields of an activity: its kind, when, where and where to register. */
final class ActivitySection extends TypeSection<ActivitySource> {

    final Select<ActivityKind> kind = choice("editor.activity.kind", ActivityKind.values());
    final DatePicker start = new DatePicker(getTranslation("editor.activity.start"));
    final DatePicker end = new DatePicker(getTranslation("editor.activity.end"));
    final TextField location = line("editor.activity.location");
    final Checkbox online = new Checkbox(getTranslation("editor.activity.online"));
    final TextField registerUrl = line("editor.activity.registerurl");

    ActivitySection() {
        super(ActivitySource.class, "editor.activity.heading");
        layout(
                "soort",
                kind,
                "start",
                start,
                "einde",
                end,
                "locatie",
                location,
                null,
                online,
                "inschrijven",
                registerUrl);
    }

    @Override
    void show(ActivitySource a) {
        kind.setValue(fromCode(ActivityKind.class, a.kind()));
        start.setValue(a.start());
        end.setValue(a.end());
        location.setValue(nz(a.location()));
        online.setValue(Boolean.TRUE.equals(a.online()));
        registerUrl.setValue(nz(a.registerUrl()));
    }

    @Override
    ActivitySource read() {
        return new ActivitySource(
                code(kind.getValue()),
                start.getValue(),
                end.getValue(),
                blank(location.getValue()),
                online.getValue() ? Boolean.TRUE : null,
                blank(registerUrl.getValue()));
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, location);
    }
}
