package be.wegwijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.searchlog.SearchLogService;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/** The search page logs what visitors search and which hit they open (see be.wegwijzer.searchlog). */
class SearchViewLoggingTest extends UiTest {

    @Autowired
    SearchLogService searchLog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        searchLog.awaitWrites(Duration.ofSeconds(10));
        jdbc.update("delete from search_event where query_text in ('werkdruk', 'xylofoonzeppelin')");
        accounts.logout();
    }

    @Test
    void aVisitorsSearchIsLoggedAndOpeningAHitRecordsItsRank() {
        accounts.logout();
        SearchView view = target(open("zoeken?q=Werkdruk&type=tool&type=fiche&type=praktijk", SearchView.class));
        UUID searchId = view.page.searchId();
        assertThat(view.page.result().hits()).hasSizeGreaterThan(1);

        List<Article> hits = $view(Article.class).all().stream()
                .filter(a -> a.hasClassName("hit"))
                .toList();
        click(hits.getFirst(), false);
        click(hits.get(1), true);
        click(hits.getFirst(), true);
        Map<String, Object> row = logged(searchId);
        assertThat(row)
                .containsEntry("query_text", "werkdruk")
                .containsEntry("filters", "type=fiche&type=praktijk&type=tool")
                .containsEntry("result_count", (int) view.page.result().total())
                .containsEntry("clicked_rank", 2);
        assertThat(row.get("audience")).isNull();

        SearchView sorted = target(
                open("zoeken?q=werkdruk&type=praktijk&type=fiche&type=tool&sortering=nieuwste", SearchView.class));
        assertThat(sorted.page.searchId()).as("another sort is the same search").isEqualTo(searchId);
        SearchView other = target(open("zoeken?q=xylofoonzeppelin", SearchView.class));
        assertThat(other.page.searchId()).isNotEqualTo(searchId);
        assertThat(logged(other.page.searchId()))
                .containsEntry("result_count", 0)
                .containsEntry("filters", "");
    }

    @Test
    void searchesOfLoggedInStaffAreNotLogged() {
        accounts.loginAs(TestAccounts.ADMIN);
        SearchView view = target(open("zoeken?q=werkdruk", SearchView.class));
        searchLog.awaitWrites(Duration.ofSeconds(10));
        assertThat(jdbc.queryForObject(
                        "select count(*) from search_event where search_id = ?",
                        Integer.class,
                        view.page.searchId().toString()))
                .isZero();
    }

    private Map<String, Object> logged(UUID searchId) {
        searchLog.awaitWrites(Duration.ofSeconds(10));
        return jdbc.queryForMap("select * from search_event where search_id = ?", searchId.toString());
    }

    /** What the browser sends for a click in a hit: whether it was on the title is the listener's filter. */
    private static void click(Article hit, boolean onTitle) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.target.closest('.hit-title') != null", onTitle);
        hit.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(hit.getElement(), "click", data));
    }
}
