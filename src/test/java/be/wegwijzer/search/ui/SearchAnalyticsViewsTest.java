package be.wegwijzer.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.search.SynonymGroup;
import be.wegwijzer.search.SynonymService;
import be.wegwijzer.searchlog.SearchLogService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search analytics and synonyms for editors, without a browser. */
class SearchAnalyticsViewsTest extends UiTest {

    /** Made-up words, so no other test's searches or groups get in the way. */
    private static final String UNKNOWN = "zoekproefje";

    private static final String SYNONYM = "proefwoord";

    @Autowired
    TestAccounts accounts;

    @Autowired
    SearchLogService searchLog;

    @Autowired
    SynonymService synonyms;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void cleanUp() {
        accounts.loginAs(TestAccounts.ADMIN);
        synonyms.groups().stream()
                .filter(SynonymService.Group::editable)
                .filter(g -> g.words().stream().anyMatch(w -> w.startsWith(UNKNOWN) || w.startsWith(SYNONYM)))
                .forEach(g -> synonyms.delete(g.id()));
        searchLog.awaitWrites(Duration.ofSeconds(10));
        jdbc.update("delete from search_event where query_text like ?", UNKNOWN + "%");
        accounts.removeAll();
    }

    @Test
    void aQueryWithoutResultsBecomesASynonymFromTheReport() {
        accounts.logout();
        open("zoeken?q=" + UNKNOWN, Component.class);
        searchLog.awaitWrites(Duration.ofSeconds(10));

        as(TestAccounts.EDITOR);
        SearchAnalyticsView view = target(navigate(SearchAnalyticsView.class));
        assertThat(view.week.getValue()).isEqualTo(searchLog.currentWeek());
        assertThat(view.report.getElement().getOuterHTML())
                .contains("Zoekvragen zonder resultaat", UNKNOWN, "/zoeken?q=" + UNKNOWN);
        Button add = $view(Button.class).all().stream()
                .filter(b -> ("‘" + UNKNOWN + "’ toevoegen als synoniem")
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        test(add).click();

        AddSynonymDialog dialog = $(AddSynonymDialog.class).single();
        test(dialog.add).click();
        assertThat(dialog.group.isInvalid()).isTrue();
        assertThat(dialog.group.getErrorMessage()).isEqualTo("Kies een groep of typ een woord.");

        test(dialog.word).setValue(SYNONYM);
        test(dialog.add).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(editorGroup(UNKNOWN))
                .hasValueSatisfying(g -> assertThat(g.words()).containsExactly(UNKNOWN, SYNONYM));
        assertThat(synonyms.current().alternativesOf(synonyms.key(UNKNOWN))).containsExactly(SYNONYM);
        assertThat(add.isEnabled()).isFalse();
    }

    @Test
    void aQueryCanJoinAnExistingGroupAndAFileGroupIsCopied() {
        accounts.logout();
        open("zoeken?q=" + UNKNOWN + "x", Component.class);
        searchLog.awaitWrites(Duration.ofSeconds(10));
        as(TestAccounts.EDITOR);
        navigate(SearchAnalyticsView.class);
        test($view(Button.class).all().stream()
                        .filter(b -> ("‘" + UNKNOWN + "x’ toevoegen als synoniem")
                                .equals(b.getElement().getAttribute("aria-label")))
                        .findFirst()
                        .orElseThrow())
                .click();
        AddSynonymDialog dialog = $(AddSynonymDialog.class).single();
        SynonymService.Group fromFile = dialog.group
                .getListDataView()
                .getItems()
                .filter(g -> g.origin() == SynonymGroup.Origin.FILE && g.words().contains("telewerk"))
                .findFirst()
                .orElseThrow();
        dialog.group.setValue(fromFile);
        test(dialog.add).click();
        assertThat(editorGroup(UNKNOWN + "x"))
                .hasValueSatisfying(
                        g -> assertThat(g.words()).containsAll(fromFile.words()).endsWith(UNKNOWN + "x"));
        assertThat(synonyms.groups()).as("the file's group is still there").contains(fromFile);
    }

    @Test
    void theSynonymsPageAddsEditsAndDeletesAGroupAndRefusesASingleWord() {
        as(TestAccounts.EDITOR);
        SynonymsView view = target(navigate(SynonymsView.class));
        assertThat($view(ListItem.class).all()).extracting(ListItem::getText).contains("thuiswerk, telewerk");

        test(view.newWords).setValue(UNKNOWN + ", " + UNKNOWN.toUpperCase());
        test($view(Button.class).withText("Groep toevoegen").single()).click();
        assertThat(view.newWords.isInvalid()).isTrue();
        assertThat(view.newWords.getErrorMessage())
                .isEqualTo("Een synoniemengroep heeft minstens twee verschillende woorden.");
        assertThat(editorGroup(UNKNOWN)).isEmpty();

        test(view.newWords).setValue(UNKNOWN + ", " + SYNONYM + "een");
        test($view(Button.class).withText("Groep toevoegen").single()).click();
        SynonymService.Group created = editorGroup(UNKNOWN).orElseThrow();
        assertThat(created.words()).containsExactly(UNKNOWN, SYNONYM + "een");
        assertThat(view.newWords.getValue()).isEmpty();

        TextField words = view.editors.get(created.id());
        test(words).setValue(UNKNOWN + ", " + SYNONYM + "twee , " + SYNONYM + "drie");
        test(button(words, "Bewaren")).click();
        assertThat(editorGroup(UNKNOWN).orElseThrow().words())
                .containsExactly(UNKNOWN, SYNONYM + "twee", SYNONYM + "drie");

        words = view.editors.get(created.id());
        test(words).setValue(SYNONYM + "twee");
        test(button(words, "Bewaren")).click();
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).contains("minstens twee");

        test(button(view.editors.get(created.id()), "Verwijderen")).click();
        Dialog confirm = $(Dialog.class).single();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Groep verwijderen?");
        test($(Button.class, confirm).withText("Verwijderen").single()).click();
        assertThat(editorGroup(UNKNOWN)).isEmpty();
        assertThat(view.editors).doesNotContainKey(created.id());
    }

    @Test
    void aContributorMayNotSeeSearchAnalyticsOrSynonyms() {
        as(TestAccounts.CONTRIBUTOR);
        for (String path : List.of("beheer/zoekgedrag", "beheer/synoniemen")) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
            assertThat(texts(H1.class)).containsExactly("Geen toegang tot deze pagina");
        }
    }

    private Button button(TextField field, String text) {
        return $(Button.class, field.getParent().orElseThrow()).withText(text).single();
    }

    private Optional<SynonymService.Group> editorGroup(String word) {
        return synonyms.groups().stream()
                .filter(SynonymService.Group::editable)
                .filter(g -> g.words().contains(word))
                .findFirst();
    }

    private void as(String email) {
        accounts.loginAs(email);
    }
}
