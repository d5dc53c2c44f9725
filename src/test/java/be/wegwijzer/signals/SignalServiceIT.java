package be.wegwijzer.signals;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestClock;
import be.wegwijzer.questions.QuestionService;
import be.wegwijzer.searchlog.LoggedSearch;
import be.wegwijzer.searchlog.SearchLogService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The signals computed from questions and searches stored in the real database, with the small-cell rule. */
@IntegrationTest
class SignalServiceIT {

    @Autowired
    SignalService signals;

    @Autowired
    QuestionService questions;

    @Autowired
    SearchLogService searchLog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    int asker;

    @BeforeEach
    @AfterEach
    void clean() {
        accounts.logout();
        jdbc.update("delete from question");
        jdbc.update("delete from search_event where query_text like 'signaaltest%'");
        clock.reset();
    }

    void ask(String theme, String sector, String size, String text) {
        Instant opened = clock.instant().minusSeconds(30);
        // a different address each time: the rate limit is not what this test is about
        questions.ask(
                new QuestionService.AskForm(text, theme, sector, null, size, null, false, null),
                opened,
                "192.0.2." + (++asker));
    }

    static Matrix.Row row(Matrix matrix, String label) {
        return matrix.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + matrix));
    }

    @Test
    void questionsPerThemeAndSizeAreCountedAndSmallCountsAreHidden() {
        for (int i = 0; i < 6; i++) {
            ask("werkdruk", "voeding", "micro", "Hoe verlaag ik de werkdruk in mijn zaak, vraag " + i + "?");
        }
        for (int i = 0; i < 2; i++) {
            ask("telewerk", null, null, "Hoe regel ik telewerk voor mijn bedienden, vraag " + i + "?");
        }

        SignalService.Signals result = signals.signals();
        int now = result.months().size() - 1;
        Matrix themes = result.questionsBy().get(QuestionService.Dimension.THEMA);
        assertThat(row(themes, "Werkdruk").values().get(now)).isEqualTo(6L);
        assertThat(row(themes, "Telewerk en hybride werken").values().get(now))
                .as("2 is under 5")
                .isNull();
        assertThat(themes.chart().get(themes.rows().indexOf(row(themes, "Telewerk en hybride werken"))))
                .isNull();
        Matrix sizes = result.questionsBy().get(QuestionService.Dimension.GROOTTE);
        assertThat(row(sizes, "Micro (1-9 werknemers)").values().get(now)).isEqualTo(6L);
        assertThat(row(sizes, SignalService.NONE).values().get(now)).isNull();
        assertThat(result.questionsPerMonth().rows().getFirst().values().get(now))
                .isEqualTo(8L);
        assertThat(result.approvedQuestions())
                .as("no text without an editor's approval")
                .isEmpty();

        String csv = SignalCsv.of(result, Map.of());
        assertThat(csv).contains("\"Werkdruk\",\"" + result.months().get(now) + "\",\"6\"");
        assertThat(csv)
                .contains("\"Telewerk en hybride werken\",\"" + result.months().get(now) + "\",\"minder dan 5\"");
        assertThat(csv).doesNotContain("Hoe verlaag ik");
    }

    @Test
    void searchesWithoutResultsOrClicksAreCountedPerThemeAndFeedTheContentGaps() {
        for (int i = 0; i < 5; i++) {
            searchLog.record(
                    LoggedSearch.of("signaaltest mantelzorg", Map.of("thema", Set.of("werk-privebalans")), null),
                    0,
                    false);
        }
        for (int i = 0; i < 7; i++) {
            searchLog.record(LoggedSearch.of("signaaltest telewerk thuis", Map.of(), null), 3, false);
        }
        searchLog.awaitWrites(Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            ask("telewerk", null, null, "Hoe regel ik telewerk voor mijn bedienden, vraag " + i + "?");
        }

        SignalService.Signals result = signals.signals();
        int now = result.months().size() - 1;
        assertThat(row(result.zeroResults(), "Werk-privébalans").values().get(now))
                .isGreaterThanOrEqualTo(5L);
        assertThat(row(result.unclicked(), "Telewerk en hybride werken")
                        .values()
                        .get(now))
                .as("recognised from the words")
                .isGreaterThanOrEqualTo(7L);
        Matrix.Row telewerk = row(result.gaps(), "Telewerk en hybride werken");
        assertThat(telewerk.values().get(0)).isEqualTo(5L);
        assertThat(telewerk.values().get(1)).isGreaterThanOrEqualTo(7L);
        assertThat(result.thinCoverage()).anyMatch(t -> t.startsWith("Telewerk en hybride werken: "));
        List<String> columns = result.gaps().columns();
        assertThat(columns).contains("Tools", "Inspiratiefiches");
    }
}
