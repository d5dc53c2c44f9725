package be.wegwijzer.signals.ui;

import be.wegwijzer.base.ui.Html;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.questions.QuestionService;
import be.wegwijzer.signals.Matrix;
import be.wegwijzer.signals.SignalChart;
import be.wegwijzer.signals.SignalCsv;
import be.wegwijzer.signals.SignalService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /signalen}: what visitors ask and search for without finding it, for policy makers (linked from
 * {@code /voor/beleid}). Each chart has its table; the CSV holds every figure. Counts under five are not shown.
 */
@Route(value = "signalen", layout = MainLayout.class)
@AnonymousAllowed
public class SignalsView extends Div implements HasDynamicTitle {

    final SignalService.Signals signals;
    final Map<String, String> titles = new LinkedHashMap<>();

    SignalsView(SignalService service) {
        this.signals = service.signals();
        addClassName("signals-page");
        titles.put(signals.questionsPerMonth().id(), getTranslation("signals.total.title"));
        signals.questionsBy().forEach((dimension, matrix) -> titles.put(matrix.id(), dimensionTitle(dimension)));
        titles.put(signals.zeroResults().id(), getTranslation("signals.zero.title"));
        titles.put(signals.unclicked().id(), getTranslation("signals.unclicked.title"));
        titles.put(signals.gaps().id(), getTranslation("signals.gaps.title"));

        Anchor csv = new Anchor();
        csv.setText(getTranslation("signals.csv"));
        csv.addClassName("button-link");
        csv.setHref((DownloadHandler) event -> {
            event.setFileName("wegwijzer-signalen.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(SignalCsv.of(signals, titles).getBytes(StandardCharsets.UTF_8));
        });
        csv.getElement().setAttribute("download", true);

        add(
                new H1(getTranslation("signals.title")),
                new Paragraph(getTranslation("signals.intro", SignalService.MIN_CELL, SignalService.MONTHS)),
                csv);
        add(section(signals.questionsPerMonth(), true));
        for (QuestionService.Dimension dimension : QuestionService.Dimension.values()) {
            add(section(signals.questionsBy().get(dimension), false));
        }
        add(section(signals.zeroResults(), false));
        add(section(signals.unclicked(), false));
        Section gaps = section(signals.gaps(), false);
        gaps.add(new Paragraph(getTranslation("signals.gaps.intro", SignalService.THIN)));
        if (signals.thinCoverage().isEmpty()) {
            gaps.add(new Paragraph(getTranslation("signals.gaps.none")));
        } else {
            UnorderedList thin = new UnorderedList();
            thin.addClassName("thin-coverage");
            signals.thinCoverage().forEach(t -> thin.add(new ListItem(t)));
            gaps.add(thin);
        }
        add(gaps);
        Section texts = new Section(new H2(getTranslation("signals.texts.title")));
        if (signals.approvedQuestions().isEmpty()) {
            texts.add(new Paragraph(getTranslation("signals.texts.none")));
        } else {
            UnorderedList list = new UnorderedList();
            signals.approvedQuestions().forEach(q -> list.add(new ListItem(q)));
            texts.add(list);
        }
        add(texts);
    }

    private String dimensionTitle(QuestionService.Dimension dimension) {
        return switch (dimension) {
            case THEMA -> getTranslation("signals.by.theme");
            case SECTOR -> getTranslation("signals.by.sector");
            case REGIO -> getTranslation("signals.by.region");
            case GROOTTE -> getTranslation("signals.by.size");
        };
    }

    /** A heading, the chart (unless there are no figures) and the table. */
    private Section section(Matrix matrix, boolean monthsAsBars) {
        Section section = new Section(new H2(titles.get(matrix.id())));
        section.setId("signalen-" + matrix.id());
        section.addClassName("signal-section");
        if (matrix.rows().isEmpty()) {
            section.add(new Paragraph(getTranslation("signals.empty")));
            return section;
        }
        List<String> labels;
        List<Long> values;
        if (monthsAsBars) {
            labels = matrix.columns();
            values = matrix.rows().getFirst().values();
        } else {
            labels = matrix.rows().stream().map(Matrix.Row::label).toList();
            values = matrix.chart();
        }
        section.add(
                Html.of(SignalChart.svg("grafiek-" + matrix.id(), titles.get(matrix.id()), labels, values), "chart"));
        // a table with many columns scrolls inside its own frame, never the page; the frame takes keyboard focus so
        // it can be scrolled without a mouse
        Div frame = new Div(table(matrix));
        frame.addClassName("signal-table-frame");
        frame.getElement().setAttribute("tabindex", "0");
        frame.getElement().setAttribute("role", "region");
        frame.getElement().setAttribute("aria-label", getTranslation("signals.table.frame", titles.get(matrix.id())));
        section.add(frame);
        return section;
    }

    private NativeTable table(Matrix matrix) {
        NativeTable table = new NativeTable();
        table.addClassName("signal-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("signals.table.row")));
        matrix.columns().forEach(c -> head.add(new NativeTableHeaderCell(c)));
        table.getHead().addRows(head);
        NativeTableBody body = table.addBody();
        for (Matrix.Row row : matrix.rows()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(row.label());
            name.getElement().setAttribute("scope", "row");
            NativeTableRow line = new NativeTableRow(name);
            row.values().forEach(v -> line.add(new NativeTableCell(SignalChart.figure(v))));
            body.addRows(line);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signals.pagetitle");
    }
}
