package be.wegwijzer.curation.ui;

import be.wegwijzer.catalog.ToolForm;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.ToolSource;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/** The editor's fields of a tool: its form, how long it takes, its languages. */
final class ToolSection extends TypeSection<ToolSource> {

    final Select<ToolForm> form = choice("editor.tool.form", ToolForm.values());
    final TextField duration = line("editor.tool.duration");
    final CheckboxGroup<String> languages = new CheckboxGroup<>(getTranslation("editor.tool.languages"));
    final FaqEditor faq;

    ToolSection() {
        super(ToolSource.class, "editor.tool.heading");
        faq = new FaqEditor();
        languages.setItems(new TreeSet<>(ToolSource.LANGUAGES));
        layout("vorm", form, "duur", duration, "taal", languages, "vragen", faq);
    }

    @Override
    void show(ToolSource t) {
        form.setValue(fromCode(ToolForm.class, t.form()));
        duration.setValue(nz(t.duration()));
        languages.setValue(new LinkedHashSet<>(t.languages()));
        faq.setEntries(t.faq());
    }

    @Override
    ToolSource read() {
        return new ToolSource(
                code(form.getValue()),
                blank(duration.getValue()),
                List.copyOf(new TreeSet<>(languages.getValue())),
                faq.getEntries());
    }

    @Override
    void checkPlainText(Binder<ItemSource> binder) {
        checkLines(binder, duration);
        faq.checkPlainText(binder);
    }
}
