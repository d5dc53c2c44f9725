package be.wegwijzer.content;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.contentimport.TestContent;
import be.wegwijzer.scan.ActionPlan;
import be.wegwijzer.scan.QuickScan;
import be.wegwijzer.scan.ScanContext;
import be.wegwijzer.scan.ScanService;
import be.wegwijzer.themes.ThemePage;
import be.wegwijzer.themes.ThemeService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coverage of the real corpus in {@code content/}, loaded through the real importer: every theme offers enough
 * tools, good practices, inspiration fiches and organisations, and every dimension of the quick scan finds a tool
 * and a practice for its action plan.
 *
 * <p>A theme's numbers are the ones its theme page shows ({@link ThemeService#page}): the page searches with the
 * theme as a filter, and the index stores every item's themes together with their ancestors, so a parent theme
 * counts the items of its sub-themes (re-integratie counts what is tagged ziekteverzuim, competenties counts
 * duaal-leren). A sub-theme counts only its own items. This is what a visitor sees on the page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentCoverageIT {

    /** Per theme, at least this many items of each type (issue 24). */
    static final Map<ItemType, Integer> PER_THEME = minimumPerTheme();

    @Autowired
    ContentImporter importer;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    ThemeService themes;

    @Autowired
    ScanService scans;

    ImportReport report;

    @BeforeAll
    void importTheRealCorpus() {
        report = importer.importFolder(ContentCorpusIT.CONTENT);
    }

    @AfterAll
    void restoreTheTestCorpus() {
        assertThat(importer.importFolder(TestContent.CORPUS).succeeded()).isTrue();
    }

    @Test
    void everyThemeHasEnoughToolsPracticesFichesAndOrganisations() {
        assertThat(report.succeeded()).as(report.problems().toString()).isTrue();
        List<String> shortfalls = new ArrayList<>();
        StringBuilder matrix = new StringBuilder(String.format("%-26s", "thema"));
        PER_THEME.keySet().forEach(type -> matrix.append(String.format("%18s", type.pluralLabel())));
        for (TaxonomyService.Term theme : taxonomy.snapshot().themes()) {
            ThemePage page = themes.page(theme.code()).orElseThrow();
            matrix.append(String.format("%n%-26s", theme.code()));
            PER_THEME.forEach((type, minimum) -> {
                long count = page.counts().getOrDefault(type, 0L);
                matrix.append(String.format("%18d", count));
                if (count < minimum) {
                    shortfalls.add(theme.code() + ": " + count + " "
                            + type.pluralLabel().toLowerCase() + " (minstens " + minimum + ")");
                }
            });
        }
        System.out.println("Coverage matrix of content/ (theme x type):\n" + matrix);
        assertThat(shortfalls)
                .as("themes below the minimum per type; the matrix:%n%s%n", matrix)
                .isEmpty();
    }

    /**
     * Every dimension alone, and every pair of sore dimensions: an item is shown only once per plan, so dimensions
     * that share their themes must together hold enough items. (All triples, the most a plan shows, take five
     * times as long to run; pairs already catch dimensions that compete for the same few items.)
     */
    @Test
    void everyScanDimensionFindsAToolAndAPracticeForItsActionPlan() {
        QuickScan scan = scans.definition();
        List<String> codes =
                scan.dimensions().stream().map(QuickScan.Dimension::code).toList();
        List<List<String>> combinations = new ArrayList<>();
        codes.forEach(code -> combinations.add(List.of(code)));
        for (int a = 0; a < codes.size(); a++) {
            for (int b = a + 1; b < codes.size(); b++) {
                combinations.add(List.of(codes.get(a), codes.get(b)));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (List<String> sore : combinations) {
            List<Integer> answers = scan.statements().stream()
                    .map(st -> st.positive() == sore.contains(st.dimension()) ? 0 : scan.maxAnswer())
                    .toList();
            ActionPlan plan = scans.plan(answers, ScanContext.NONE);
            assertThat(plan.points())
                    .extracting(p -> p.score().code())
                    .as("%s", sore)
                    .containsExactlyInAnyOrderElementsOf(sore);
            for (ActionPlan.Point point : plan.points()) {
                String where = point.score().code() + (sore.size() > 1 ? " (samen met " + sore + ")" : "");
                if (point.tool() == null) {
                    missing.add(where + ": geen tool");
                }
                if (point.practice() == null) {
                    missing.add(where + ": geen goede praktijk");
                }
            }
        }
        assertThat(missing)
                .as("action plans that find nothing for a sore dimension")
                .isEmpty();
    }

    private static Map<ItemType, Integer> minimumPerTheme() {
        Map<ItemType, Integer> minimum = new LinkedHashMap<>();
        minimum.put(ItemType.TOOL, 3);
        minimum.put(ItemType.PRAKTIJK, 3);
        minimum.put(ItemType.FICHE, 1);
        minimum.put(ItemType.ORGANISATIE, 1);
        return minimum;
    }
}
