package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import be.wegwijzer.search.SynonymService;
import be.wegwijzer.searchlog.IsoWeek;
import be.wegwijzer.searchlog.SearchLogService;
import be.wegwijzer.searchlog.WeekSummary;
import be.wegwijzer.searchlog.ZeroResultQuery;
import be.wegwijzer.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /beheer/zoekgedrag}: what visitors searched for in a week, what found nothing and what nobody opened; a query
 * that found nothing can become a synonym on the spot.
 */
@Route(value = SearchAnalyticsView.ROUTE, layout = MainLayout.class)
@Menu(title = "admin.menu.searches", order = 50)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class SearchAnalyticsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "beheer/zoekgedrag";

    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", DutchFormat.LOCALE);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMMM yyyy, H 'u'", DutchFormat.LOCALE);

    private final SearchLogService searchLog;
    private final SynonymService synonyms;
    final Select<IsoWeek> week = new Select<>();
    final Div report = new Div();

    SearchAnalyticsView(SearchLogService searchLog, SynonymService synonyms) {
        this.searchLog = searchLog;
        this.synonyms = synonyms;
        addClassName("search-analytics-page");
        IsoWeek current = searchLog.currentWeek();
        week.setLabel(getTranslation("admin.searches.week"));
        week.setItems(searchLog.weeks());
        week.setItemLabelGenerator(w -> label(w, current));
        week.setValue(current);
        week.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                render(e.getValue());
            }
        });
        add(
                new H1(getTranslation("admin.searches.title")),
                new AdminMenu(),
                new Paragraph(getTranslation("admin.searches.intro")),
                week,
                report);
        render(current);
    }

    private void render(IsoWeek shown) {
        report.removeAll();
        WeekSummary summary = searchLog.summary(shown);
        report.add(new Paragraph(
                summary.searches() == 0
                        ? getTranslation("admin.searches.summary.none")
                        : getTranslation(
                                "admin.searches.summary",
                                summary.searches(),
                                summary.withoutWords(),
                                summary.zeroResults(),
                                summary.clicked())));

        report.add(section(
                getTranslation("admin.searches.popular.heading"),
                getTranslation("admin.searches.popular.intro"),
                searchLog.popular(shown),
                List.of(
                        getTranslation("admin.searches.column.query"),
                        getTranslation("admin.searches.column.searches"),
                        getTranslation("admin.searches.column.results"),
                        getTranslation("admin.searches.column.clicked")),
                q -> List.of(
                        link(q.query()),
                        text(q.searches()),
                        text(decimal(q.averageResults())),
                        text(percent(q.clickRate())))));

        report.add(section(
                getTranslation("admin.searches.zero.heading"),
                getTranslation("admin.searches.zero.intro"),
                searchLog.zeroResults(shown),
                List.of(
                        getTranslation("admin.searches.column.query"),
                        getTranslation("admin.searches.column.searches"),
                        getTranslation("admin.searches.column.filters"),
                        getTranslation("admin.searches.column.last"),
                        getTranslation("admin.searches.column.action")),
                q -> List.of(
                        link(q.query()),
                        text(q.searches()),
                        text(q.withFilters()),
                        text(hour(q.lastSeen())),
                        addAsSynonym(q))));

        report.add(section(
                getTranslation("admin.searches.unclicked.heading"),
                getTranslation("admin.searches.unclicked.intro"),
                searchLog.unclicked(shown),
                List.of(
                        getTranslation("admin.searches.column.query"),
                        getTranslation("admin.searches.column.searches"),
                        getTranslation("admin.searches.column.results")),
                q -> List.of(link(q.query()), text(q.searches()), text(decimal(q.averageResults())))));
    }

    private <T> Section section(
            String heading,
            String explanation,
            List<T> rows,
            List<String> headers,
            Function<T, List<Component>> cells) {
        Section section = new Section(
                new H2(getTranslation("admin.searches.count", heading, rows.size())), new Paragraph(explanation));
        section.addClassName("dashboard-section");
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("admin.searches.empty")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.getHead()
                .addRows(new NativeTableRow(
                        headers.stream().map(NativeTableHeaderCell::new).toArray(Component[]::new)));
        NativeTableBody body = table.addBody();
        rows.forEach(row -> body.addRows(new NativeTableRow(
                cells.apply(row).stream().map(NativeTableCell::new).toArray(Component[]::new))));
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        section.add(wrapper);
        return section;
    }

    private Button addAsSynonym(ZeroResultQuery row) {
        Button button = new Button(getTranslation("admin.searches.synonym"));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation("admin.searches.synonym.label", row.query()));
        button.addClickListener(e -> new AddSynonymDialog(synonyms, row.query(), () -> {
                    button.setText(getTranslation("admin.searches.synonym.added"));
                    button.setEnabled(false);
                })
                .open());
        return button;
    }

    private static Anchor link(String query) {
        Anchor anchor = new Anchor(SearchUrl.href(SearchRequest.of(query)), query);
        anchor.setTarget("_blank");
        return anchor;
    }

    private static Component text(Object value) {
        return new Span(String.valueOf(value));
    }

    private String label(IsoWeek w, IsoWeek current) {
        String days = DAY.format(w.monday()) + " – " + DutchFormat.date(w.sunday());
        // the year as text: MessageFormat would write 2026 as "2.026"
        return getTranslation(
                w.equals(current) ? "admin.searches.week.current" : "admin.searches.week.item",
                w.week(),
                String.valueOf(w.year()),
                days);
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(DutchFormat.LOCALE);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String percent(double share) {
        return NumberFormat.getPercentInstance(DutchFormat.LOCALE).format(share);
    }

    private static String hour(Instant moment) {
        return HOUR.format(moment.atZone(ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.searches.pagetitle");
    }
}
