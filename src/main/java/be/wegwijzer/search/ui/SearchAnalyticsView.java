package be.wegwijzer.search.ui;

import be.wegwijzer.base.ui.DutchFormat;
import be.wegwijzer.base.ui.AdminMenu;
import be.wegwijzer.base.ui.MainLayout;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchUrl;
import be.wegwijzer.search.SynonymService;
import be.wegwijzer.searchlog.IsoWeek;
import be.wegwijzer.searchlog.PopularQuery;
import be.wegwijzer.searchlog.SearchLogService;
import be.wegwijzer.searchlog.UnclickedQuery;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Zoekgedrag | Beheer | Wegwijzer Werkbaar Werk")
@Menu(title = "admin.menu.searches", order = 50)
@RolesAllowed({Role.EDITOR, Role.ADMIN})
public class SearchAnalyticsView extends Div {

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
        week.setLabel("Week");
        week.setItems(searchLog.weeks());
        week.setItemLabelGenerator(w -> label(w, current));
        week.setValue(current);
        week.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                render(e.getValue());
            }
        });
        add(new H1("Zoekgedrag"), new AdminMenu(),
                new Paragraph("Wat bezoekers in de zoekpagina intikken, per week. Anoniem: we bewaren de zoekvraag, de filters, "
                        + "het aantal resultaten en het hoeveelste resultaat iemand opende, niets over wie zocht. Zoekopdrachten van "
                        + "wie aangemeld is tellen niet mee."),
                week, report);
        render(current);
    }

    private void render(IsoWeek shown) {
        report.removeAll();
        WeekSummary summary = searchLog.summary(shown);
        report.add(new Paragraph(summary.searches() == 0 ? "Nog geen zoekopdrachten in deze week."
                : summary.searches() + " zoekopdrachten, waarvan " + summary.withoutWords() + " zonder zoekwoorden (alleen filters); "
                + summary.zeroResults() + " vonden niets; na " + summary.clicked() + " werd een resultaat geopend."));

        report.add(section("Populairste zoekvragen", "De vaakst gezochte woorden, met hoeveel ze gemiddeld vinden en hoe vaak "
                        + "iemand daarna een resultaat opende.", searchLog.popular(shown),
                List.of("Zoekvraag", "Keer gezocht", "Gem. resultaten", "Resultaat geopend"),
                q -> List.of(link(q.query()), text(q.searches()), text(decimal(q.averageResults())), text(percent(q.clickRate())))));

        report.add(section("Zoekvragen zonder resultaat", "Kandidaten voor een synoniem, of voor inhoud die nog ontbreekt. "
                        + "‘Met filters’ telt de keren dat er ook filters aan stonden: dan kan het ook daaraan liggen.",
                searchLog.zeroResults(shown), List.of("Zoekvraag", "Keer gezocht", "Met filters", "Laatst gezocht", "Actie"),
                q -> List.of(link(q.query()), text(q.searches()), text(q.withFilters()), text(hour(q.lastSeen())),
                        addAsSynonym(q))));

        report.add(section("Zoekvragen met resultaten maar zonder klik", "Er waren resultaten, maar niemand opende er een: "
                        + "misschien passen ze niet bij de vraag.", searchLog.unclicked(shown),
                List.of("Zoekvraag", "Keer gezocht", "Gem. resultaten"),
                q -> List.of(link(q.query()), text(q.searches()), text(decimal(q.averageResults())))));
    }

    private <T> Section section(String heading, String explanation, List<T> rows, List<String> headers,
                                Function<T, List<Component>> cells) {
        Section section = new Section(new H2(heading + " (" + rows.size() + ")"), new Paragraph(explanation));
        section.addClassName("dashboard-section");
        if (rows.isEmpty()) {
            section.add(new Paragraph("Geen zoekvragen in deze week."));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dashboard-table");
        table.getHead().addRows(new NativeTableRow(headers.stream().map(NativeTableHeaderCell::new).toArray(Component[]::new)));
        NativeTableBody body = table.addBody();
        rows.forEach(row -> body.addRows(new NativeTableRow(cells.apply(row).stream().map(NativeTableCell::new)
                .toArray(Component[]::new))));
        Div wrapper = new Div(table);
        wrapper.addClassName("table-wrapper");
        section.add(wrapper);
        return section;
    }

    private Button addAsSynonym(ZeroResultQuery row) {
        Button button = new Button("Toevoegen als synoniem");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", "‘" + row.query() + "’ toevoegen als synoniem");
        button.addClickListener(e -> new AddSynonymDialog(synonyms, row.query(), () -> {
            button.setText("Toegevoegd");
            button.setEnabled(false);
        }).open());
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

    private static String label(IsoWeek w, IsoWeek current) {
        String days = DAY.format(w.monday()) + " – " + DutchFormat.date(w.sunday());
        return "Week " + w.week() + " van " + w.year() + " (" + days + ")" + (w.equals(current) ? ", deze week" : "");
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
}
