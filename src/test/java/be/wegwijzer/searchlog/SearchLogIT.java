package be.wegwijzer.searchlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestClock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The search log on the real database. Tests move the clock years ahead, so their weeks hold only their own searches
 * whatever other tests in this JVM logged; not past 2038, where MariaDB timestamps end.
 */
@IntegrationTest
class SearchLogIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    SearchLogService searchLog;

    @Autowired
    SearchEventRepository events;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    final List<UUID> logged = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        searchLog.awaitWrites(WAIT);
        logged.forEach(id -> events.findBySearchId(id.toString()).ifPresent(events::delete));
        clock.reset();
        accounts.logout();
    }

    @Test
    void reportsCountPerWeekWhatWasSearchedWhatFoundNothingAndWhatNobodyOpened() {
        clock.advance(Duration.ofDays(7 * 200));
        IsoWeek earlier = searchLog.currentWeek();
        UUID first = search("Werkdruk", Map.of(), 5);
        search("werkdruk ", Map.of(), 5);
        search("WERKDRUK", Map.of("type", List.of("tool")), 2);
        searchLog.recordClick(first, 2);
        searchLog.recordClick(first, 1);
        search("xylofoonzeppelin", Map.of(), 0);
        search("xylofoonzeppelin", Map.of("thema", List.of("werkdruk")), 0);
        search("telewerk", Map.of(), 3);
        search("", Map.of("thema", List.of("werkdruk")), 4);

        clock.advance(Duration.ofDays(7));
        IsoWeek later = searchLog.currentWeek();
        search("werkdruk", Map.of(), 5);
        searchLog.recordClick(UUID.randomUUID(), 1);
        searchLog.awaitWrites(WAIT);

        accounts.loginAs(TestAccounts.ADMIN);
        assertThat(later.previous()).isEqualTo(earlier);
        assertThat(searchLog.weeks()).startsWith(later, earlier);

        assertThat(searchLog.summary(earlier)).isEqualTo(new WeekSummary(7, 1, 2, 1));
        assertThat(searchLog.popular(earlier))
                .containsExactly(
                        new PopularQuery("werkdruk", 3, 4.0, 1),
                        new PopularQuery("xylofoonzeppelin", 2, 0.0, 0),
                        new PopularQuery("telewerk", 1, 3.0, 0));
        assertThat(searchLog.popular(earlier).getFirst().clickRate()).isEqualTo(1 / 3.0);
        assertThat(searchLog.zeroResults(earlier)).singleElement().satisfies(q -> {
            assertThat(q.query()).isEqualTo("xylofoonzeppelin");
            assertThat(q.searches()).isEqualTo(2);
            assertThat(q.withFilters()).isEqualTo(1);
            assertThat(q.lastSeen())
                    .isBetween(
                            ZonedDateTime.now(clock).minusDays(8).toInstant(),
                            ZonedDateTime.now(clock).minusDays(6).toInstant());
        });
        assertThat(searchLog.unclicked(earlier)).containsExactly(new UnclickedQuery("telewerk", 1, 3.0));

        assertThat(searchLog.popular(later)).containsExactly(new PopularQuery("werkdruk", 1, 5.0, 0));
        assertThat(searchLog.unclicked(later)).containsExactly(new UnclickedQuery("werkdruk", 1, 5.0));
        assertThat(events.findBySearchId(first.toString()).orElseThrow().getClickedRank())
                .as("the first click counts")
                .isEqualTo(2);
    }

    @Test
    void searchesOlderThanTheRetentionAreDeleted() {
        clock.advance(Duration.ofDays(7 * 300));
        UUID old = search("oude zoekvraag", Map.of(), 1);
        clock.advance(Duration.ofDays(30));
        UUID recent = search("recente zoekvraag", Map.of(), 1);
        searchLog.awaitWrites(WAIT);

        // (searches other tests logged at the real "now" are years older by this clock: they go too)
        clock.advance(Duration.ofDays(5));
        searchLog.forgetExpired();
        assertThat(events.findBySearchId(old.toString()))
                .as("not yet 13 months old")
                .isPresent();

        // 400 days after the old search: more than 13 months after it, less after the recent one
        clock.advance(Duration.ofDays(400 - 35));
        assertThat(searchLog.forgetExpired()).isPositive();
        assertThat(events.findBySearchId(old.toString())).isEmpty();
        assertThat(events.findBySearchId(recent.toString())).isPresent();
    }

    @Test
    void nothingAboutThePersonIsStored() {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_schema = database() and table_name = 'search_event' order by ordinal_position""", String.class);
        assertThat(columns)
                .containsExactly(
                        "id",
                        "search_id",
                        "occurred_at",
                        "iso_week",
                        "query_text",
                        "filters",
                        "audience",
                        "result_count",
                        "relaxed",
                        "clicked_rank");

        UUID id = search("Mail Jan.Peeters@voorbeeld.be of 0470 12 34 56", Map.of(), 0);
        searchLog.awaitWrites(WAIT);
        SearchEvent event = events.findBySearchId(id.toString()).orElseThrow();
        assertThat(event.getQuery()).isEqualTo("mail [e-mailadres] of [nummer]");
        assertThat(event.getOccurredAt().getEpochSecond() % 3600)
                .as("kept to the hour")
                .isZero();
    }

    @Test
    void searchesByLoggedInStaffAreNotLogged() {
        accounts.loginAs(TestAccounts.ADMIN);
        UUID id = search("redactie probeert iets", Map.of(), 0);
        searchLog.awaitWrites(WAIT);
        assertThat(events.findBySearchId(id.toString())).isEmpty();
    }

    @Test
    void onlyEditorsAndAdministratorsSeeTheReports() {
        accounts.logout();
        IsoWeek week = searchLog.currentWeek();
        assertThatThrownBy(() -> searchLog.popular(week))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private UUID search(String query, Map<String, List<String>> filters, int results) {
        UUID id = searchLog.record(LoggedSearch.of(query, filters, null), results, false);
        logged.add(id);
        return id;
    }
}
