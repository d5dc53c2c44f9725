package be.wegwijzer.signals;

import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.catalog.Theme;
import be.wegwijzer.questions.QuestionService;
import be.wegwijzer.searchlog.MonthlyOutcome;
import be.wegwijzer.searchlog.SearchLogService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signals for policy on {@code /signalen}, computed from the stored questions and the search log: counts only,
 * never a question text (except the anonymised ones editors approved) and never a search's words. Every count under
 * {@link #MIN_CELL} is hidden ({@link SmallCells}).
 */
@Service
@Transactional(readOnly = true)
public class SignalService {

    /** Counts under this are not shown. */
    public static final int MIN_CELL = 5;
    /** Months in the tables, this one included. */
    public static final int MONTHS = 6;
    /** A type covers a theme thinly with fewer published items than this. */
    public static final int THIN = 3;
    /** The row of questions without that value. */
    public static final String NONE = "Niet opgegeven";
    /** The row of searches no theme was recognised in. */
    public static final String NO_THEME = "Geen thema herkend";

    /** Everything the page shows. */
    public record Signals(
            List<String> months,
            Matrix questionsPerMonth,
            Map<QuestionService.Dimension, Matrix> questionsBy,
            Matrix zeroResults,
            Matrix unclicked,
            Matrix gaps,
            List<String> thinCoverage,
            List<String> approvedQuestions) {}

    private final QuestionService questions;
    private final SearchLogService searchLog;
    private final CatalogService catalog;
    private final TaxonomyService taxonomy;
    private final Clock clock;

    SignalService(
            QuestionService questions,
            SearchLogService searchLog,
            CatalogService catalog,
            TaxonomyService taxonomy,
            Clock clock) {
        this.questions = questions;
        this.searchLog = searchLog;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    public Signals signals() {
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        List<String> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i).toString());
        }
        String from = months.getFirst();
        TaxonomyService.Snapshot terms = taxonomy.snapshot();

        Map<QuestionService.Dimension, Matrix> by = new LinkedHashMap<>();
        Map<String, Long> questionsPerMonth = new HashMap<>();
        Map<String, Long> questionsPerTheme = new HashMap<>();
        for (QuestionService.Dimension dimension : QuestionService.Dimension.values()) {
            List<QuestionService.MonthCount> counts = questions.monthlyCounts(dimension, from);
            Function<String, String> label = labeller(dimension, terms);
            by.put(
                    dimension,
                    matrix(
                            dimension.name().toLowerCase(),
                            months,
                            counts.stream()
                                    .map(c -> new Count(
                                            c.month(), c.code() == null ? NONE : label.apply(c.code()), c.count()))
                                    .toList()));
            if (dimension == QuestionService.Dimension.THEMA) {
                counts.forEach(c -> {
                    questionsPerMonth.merge(c.month(), c.count(), Long::sum);
                    if (c.code() != null) {
                        questionsPerTheme.merge(mainTheme(c.code(), terms), c.count(), Long::sum);
                    }
                });
            }
        }
        Matrix total = matrix(
                "totaal",
                months,
                questionsPerMonth.entrySet().stream()
                        .map(e -> new Count(e.getKey(), "Vragen", e.getValue()))
                        .toList());

        List<Count> zero = new ArrayList<>();
        List<Count> unclicked = new ArrayList<>();
        Map<String, Long> searchesPerTheme = new HashMap<>();
        for (MonthlyOutcome outcome : searchLog.monthlyOutcomes(
                YearMonth.parse(from).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            for (String theme : themesOf(outcome, terms)) {
                String label = theme == null ? NO_THEME : themeLabel(theme, terms);
                if (outcome.zeroResults() > 0) {
                    zero.add(new Count(outcome.month(), label, outcome.zeroResults()));
                }
                if (outcome.unclicked() > 0) {
                    unclicked.add(new Count(outcome.month(), label, outcome.unclicked()));
                }
                if (theme != null) {
                    searchesPerTheme.merge(
                            mainTheme(theme, terms), outcome.zeroResults() + outcome.unclicked(), Long::sum);
                }
            }
        }

        Gaps gaps = gaps(terms, questionsPerTheme, searchesPerTheme);
        return new Signals(
                months,
                total,
                by,
                matrix("zonder-resultaat", months, zero),
                matrix("zonder-klik", months, unclicked),
                gaps.matrix(),
                gaps.thin(),
                questions.approvedTexts());
    }

    private record Count(String column, String row, long count) {}

    private record Gaps(Matrix matrix, List<String> thin) {}

    /** Rows sorted by their total, largest first; small cells hidden. */
    private static Matrix matrix(String id, List<String> columns, List<Count> counts) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Count c : counts) {
            int column = columns.indexOf(c.column());
            if (column >= 0) {
                rows.computeIfAbsent(c.row(), r -> new long[columns.size()])[column] += c.count();
            }
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())));
        List<Matrix.Row> result = new ArrayList<>();
        List<Long> chart = new ArrayList<>();
        for (Map.Entry<String, long[]> row : sorted) {
            List<Long> values = Arrays.stream(row.getValue()).boxed().toList();
            result.add(new Matrix.Row(row.getKey(), SmallCells.suppress(values)));
            chart.add(SmallCells.total(sum(row.getValue())));
        }
        return new Matrix(id, columns, result, chart);
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }

    /** Per main theme: questions, unsuccessful searches and published items per type; thin coverage flagged. */
    private Gaps gaps(
            TaxonomyService.Snapshot terms, Map<String, Long> questionsPerTheme, Map<String, Long> searchesPerTheme) {
        List<ItemType> types = List.of(ItemType.MAATREGEL, ItemType.TOOL, ItemType.PRAKTIJK, ItemType.FICHE);
        Map<String, long[]> coverage = new HashMap<>();
        for (int t = 0; t < types.size(); t++) {
            for (Item item : catalog.published(types.get(t))) {
                Set<String> mains = new LinkedHashSet<>();
                for (Theme theme : item.classification().getThemes()) {
                    mains.add(mainTheme(theme.getCode(), terms));
                }
                for (String main : mains) {
                    coverage.computeIfAbsent(main, m -> new long[types.size()])[t]++;
                }
            }
        }
        List<String> columns = new ArrayList<>(List.of("Vragen", "Zoekopdrachten zonder succes"));
        types.forEach(t -> columns.add(t.pluralLabel()));
        List<Matrix.Row> rows = new ArrayList<>();
        List<Long> chart = new ArrayList<>();
        List<String> thin = new ArrayList<>();
        for (TaxonomyService.Term theme : terms.mainThemes()) {
            long asked = questionsPerTheme.getOrDefault(theme.code(), 0L);
            long searched = searchesPerTheme.getOrDefault(theme.code(), 0L);
            long[] items = coverage.getOrDefault(theme.code(), new long[types.size()]);
            List<Long> values = new ArrayList<>();
            values.add(SmallCells.total(asked));
            values.add(SmallCells.total(searched));
            for (long count : items) {
                values.add(count); // published items are public: no small-cell rule
            }
            rows.add(new Matrix.Row(theme.label(), values));
            chart.add(SmallCells.total(asked + searched));
            if (asked + searched >= MIN_CELL) {
                List<String> thinTypes = new ArrayList<>();
                for (int t = 0; t < types.size(); t++) {
                    if (items[t] < THIN) {
                        thinTypes.add(types.get(t).pluralLabel().toLowerCase());
                    }
                }
                if (!thinTypes.isEmpty()) {
                    thin.add(theme.label() + ": " + String.join(", ", thinTypes));
                }
            }
        }
        return new Gaps(new Matrix("inhoudsgaten", columns, rows, chart), thin);
    }

    /** The main theme (as the visitor picks from) a theme belongs to: itself, or the nearest ancestor that is one. */
    private static String mainTheme(String code, TaxonomyService.Snapshot terms) {
        Set<String> mains = new LinkedHashSet<>();
        terms.mainThemes().forEach(t -> mains.add(t.code()));
        String current = code;
        Set<String> seen = new LinkedHashSet<>();
        while (current != null && seen.add(current)) {
            if (mains.contains(current)) {
                return current;
            }
            current = terms.theme(current).map(TaxonomyService.Term::parentCode).orElse(null);
        }
        return code;
    }

    private static String themeLabel(String code, TaxonomyService.Snapshot terms) {
        return terms.theme(code).map(TaxonomyService.Term::label).orElse(code);
    }

    private static Function<String, String> labeller(
            QuestionService.Dimension dimension, TaxonomyService.Snapshot terms) {
        return switch (dimension) {
            case THEMA -> code -> themeLabel(code, terms);
            case SECTOR -> terms::sectorLabel;
            case REGIO -> terms::regionLabel;
            case GROOTTE ->
                code -> Arrays.stream(CompanySize.values())
                        .filter(s -> s.code().equals(code))
                        .findFirst()
                        .map(CompanySize::label)
                        .orElse(code);
        };
    }

    /**
     * The themes a search was about: the theme filters it had, or else the themes whose label or code its words
     * contain (or that contain its words); a list with null when none.
     */
    static List<String> themesOf(MonthlyOutcome outcome, TaxonomyService.Snapshot terms) {
        List<String> themes = new ArrayList<>();
        for (String pair : outcome.filters().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("thema")) {
                themes.add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        String words = outcome.query();
        if (themes.isEmpty() && words.length() >= 4) {
            for (TaxonomyService.Term theme : terms.themes()) {
                String label = theme.label().toLowerCase();
                String code = theme.code().replace('-', ' ');
                if (words.contains(label) || words.contains(code) || label.contains(words)) {
                    themes.add(theme.code());
                }
            }
        }
        if (themes.isEmpty()) {
            themes.add(null);
        }
        return themes;
    }
}
