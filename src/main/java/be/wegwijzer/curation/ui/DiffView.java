package be.wegwijzer.curation.ui;

import be.wegwijzer.curation.ItemDiff;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;

/** Two versions side by side, field by field; the body as changed lines. Plain text, never HTML from content. */
final class DiffView {

    private DiffView() {}

    static Component of(List<ItemDiff.Change> changes, String olderLabel, String newerLabel) {
        NativeTable table = new NativeTable();
        table.addClassName("diff-table");
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(I18NProvider.translate("curation.diff.field")),
                        new NativeTableHeaderCell(olderLabel),
                        new NativeTableHeaderCell(newerLabel)));
        NativeTableBody body = table.addBody();
        for (ItemDiff.Change change : changes) {
            NativeTableHeaderCell field = new NativeTableHeaderCell(change.field());
            field.getElement().setAttribute("scope", "row");
            if (change.lines().isEmpty()) {
                body.addRows(
                        new NativeTableRow(field, cell(change.before(), "diff-old"), cell(change.after(), "diff-new")));
            } else {
                Div lines = new Div();
                lines.addClassName("diff-lines");
                change.lines().forEach(line -> {
                    Span text = new Span((line.mark() == '-' ? "− " : "+ ") + line.text());
                    text.addClassName(line.mark() == '-' ? "diff-old" : "diff-new");
                    lines.add(text);
                });
                NativeTableCell both = new NativeTableCell(lines);
                both.getElement().setAttribute("colspan", "2");
                body.addRows(new NativeTableRow(field, both));
            }
        }
        Div wrapper = new Div(table);
        wrapper.addClassName("diff-wrapper");
        return wrapper;
    }

    private static NativeTableCell cell(String text, String className) {
        NativeTableCell cell = new NativeTableCell(text == null ? "—" : text);
        cell.addClassName(className);
        return cell;
    }
}
