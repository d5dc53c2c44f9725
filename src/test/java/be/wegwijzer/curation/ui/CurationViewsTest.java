package be.wegwijzer.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.ItemRemovalService;
import be.wegwijzer.curation.TestSources;
import be.wegwijzer.search.EditorRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The curation views per role, without a browser: who sees what, and the editor's main paths. */
class CurationViewsTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    ItemRepository items;

    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void cleanUp() {
        accounts.loginAs(TestAccounts.ADMIN);
        created.forEach(id -> {
            if (items.existsById(id)) {
                removals.delete(id, "opruimen na test");
            }
        });
        accounts.removeAll();
    }

    @Test
    void visitorsWhoAreNotLoggedInAreAskedToLogIn() {
        accounts.logout();
        // the redirect to the login page itself is a page load, checked in the browser journey (CurationJourneyIT)
        for (String path : List.of("beheer", "beheer/overzicht", "bijdragen")) {
            navigate(path, Component.class);
            assertThat(getCurrentView())
                    .as(path)
                    .isNotInstanceOfAny(ItemListView.class, DashboardView.class, ContributeView.class);
        }
    }

    @Test
    void aContributorSeesOnlyTheirOrganisationAndNoAdministration() {
        as(TestAccounts.CONTRIBUTOR);
        ItemListView list = target(navigate(ItemListView.class));
        List<EditorRow> rows = list.grid.getDataProvider().fetch(new Query<>()).toList();
        String organisation = items.findByTypeAndSlug(ItemType.ORGANISATIE, TestAccounts.CONTRIBUTOR_ORGANISATION)
                .orElseThrow()
                .getTitle();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.ownerName()).isEqualTo(organisation));

        for (String path : List.of("beheer/overzicht", "beheer/gebruikers", "beheer/auditlog")) {
            navigate(path, Component.class);
            assertThat(getCurrentView()).as(path).isInstanceOf(AccessDeniedView.class);
            assertThat(texts(H1.class)).containsExactly("Geen toegang tot deze pagina");
        }
    }

    @Test
    void anEditorSeesTheDashboardButNotTheAccounts() {
        as(TestAccounts.EDITOR);
        navigate(DashboardView.class);
        assertThat(texts(H2.class))
                .anySatisfy(h -> assertThat(h).startsWith("Wacht op review"))
                .anySatisfy(h -> assertThat(h).startsWith("Afgelopen maatregelen"))
                .anySatisfy(h -> assertThat(h).startsWith("Te verifiëren"))
                .anySatisfy(h -> assertThat(h).startsWith("Herziening voorbij"))
                .anySatisfy(h -> assertThat(h).startsWith("Links met een probleem"))
                .contains("Items per organisatie");
        navigate("beheer/gebruikers", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void theEditorShowsProblemsNextToTheFieldAndAPreviewAsThePublicPageRendersIt() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-preview", "Kapsalon plant rustmomenten");
        ItemEditorView view = target(navigate("beheer/item/" + item.id(), ItemEditorView.class));

        test(view.form.body).setValue("## Wat ze deden\n\nElke dag **tien minuten** rust.");
        assertThat(view.form.preview.getElement().getOuterHTML())
                .contains("<h2>Wat ze deden</h2>", "<strong>tien minuten</strong>");

        test(view.form.summary).setValue("");
        test($view(Button.class).withText("Bewaren").single()).click();
        assertThat(view.form.summary.isInvalid()).isTrue();
        assertThat(view.form.summary.getErrorMessage()).isNotBlank();
        assertThat(editor.load(item.id()).source().body())
                .as("nothing was saved")
                .doesNotContain("tien minuten");

        test(view.form.summary).setValue("Een kapsalon plant vaste rustmomenten en iedereen houdt het beter vol.");
        test($view(Button.class).withText("Bewaren").single()).click();
        assertThat(editor.load(item.id()).source().body()).contains("**tien minuten**");
    }

    @Test
    void theEditorCountsTheSummaryAndSaysHowEasilySummaryAndTextRead() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-leesbaarheid", "Kapsalon plant rustmomenten");
        ItemEditorView view = target(navigate("beheer/item/" + item.id(), ItemEditorView.class));

        test(view.form.summary).setValue("Je team heeft te veel werk. Praat erover. Kies samen één ding om te doen.");
        assertThat(view.form.summary.getHelperText()).startsWith("73 / " + Item.SUMMARY_MAX_LENGTH + " tekens");
        assertThat(view.form.summary.getMaxLength()).isEqualTo(Item.SUMMARY_MAX_LENGTH);
        assertThat(view.form.summaryReadability.verdict.getText()).startsWith("Leesbaarheid: makkelijk leesbaar");
        assertThat(view.form.summaryReadability.hasClassName("readability-hard"))
                .isFalse();

        test(view.form.body)
                .setValue(
                        "Organisatieontwikkelingstrajecten betreffende werkbaarheidsverbeteringen veronderstellen "
                                + "een geïntegreerde benadering waarbij psychosociale risicofactoren systematisch geïnventariseerd worden.");
        assertThat(view.form.bodyReadability.verdict.getText())
                .startsWith("Leesbaarheid: zeer moeilijk leesbaar")
                .endsWith("Maak de zinnen korter of kies kortere woorden.");
        assertThat(view.form.bodyReadability.hasClassName("readability-hard")).isTrue();

        test(view.form.summary).setValue("");
        assertThat(view.form.summary.getHelperText())
                .startsWith("0 / " + Item.SUMMARY_MAX_LENGTH + " tekens · verplicht");
        assertThat(view.form.summaryReadability.verdict.getText()).isEqualTo("Leesbaarheid: nog geen tekst.");
    }

    @Test
    void aConflictShowsBothVersionsAndKeepsTheEditorsInput() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-conflict", "Garage verdeelt de wachtdiensten");
        ItemEditorView view = target(navigate("beheer/item/" + item.id(), ItemEditorView.class));
        test(view.form.title).setValue("Garage verdeelt de wachtdiensten eerlijk");

        as(TestAccounts.EDITOR_2);
        EditorItem current = editor.load(item.id());
        editor.save(
                item.id(),
                TestSources.with(current.source(), "title", "Garage herschikt de wachtdiensten"),
                current.version(),
                null);
        as(TestAccounts.EDITOR);

        test($view(Button.class).withText("Bewaren").single()).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Iemand anders bewaarde dit item intussen");
        assertThat($(Paragraph.class, dialog).all())
                .anySatisfy(p -> assertThat(p.getText()).contains(TestAccounts.EDITOR_2));
        assertThat(dialog.getElement().getOuterHTML())
                .contains("Garage herschikt de wachtdiensten", "Garage verdeelt de wachtdiensten eerlijk");
        assertThat(view.form.title.getValue()).isEqualTo("Garage verdeelt de wachtdiensten eerlijk");

        test($(Button.class, dialog).withText("Mijn versie bewaren").single()).click();
        assertThat(editor.load(item.id()).source().title()).isEqualTo("Garage verdeelt de wachtdiensten eerlijk");
    }

    @Test
    void aContributorSubmitsAPracticeThroughTheGuidedForm() {
        as(TestAccounts.CONTRIBUTOR);
        ContributeView form = target(navigate(ContributeView.class));
        assertThat(form.owner.isVisible())
                .as("a contributor always speaks for their own organisation")
                .isFalse();
        test($view(Button.class).withText("Indienen voor review").single()).click();
        assertThat(form.challenge.isInvalid()).isTrue();
        assertThat(form.title.isInvalid()).isTrue();

        test(form.title).setValue("Slagerij legt de weekends eerlijk vast");
        test(form.summary)
                .setValue(
                        "Een slagerij maakte met het team een beurtrol voor de weekends en iedereen weet nu waar hij aan toe is.");
        test(form.challenge).setValue("Het weekendwerk kwam altijd bij dezelfde mensen terecht.");
        test(form.whatTheyDid).setValue("Samen een beurtrol opgesteld en aan het bord gehangen.");
        test(form.results).setValue("Minder wrevel, niemand vertrok.");
        test(form.investment).setValue(300);
        form.sector.setValue(term(form.sector.getListDataView().getItems().toList(), "voeding"));
        form.themes.setValue(
                Set.of(term(form.themes.getListDataView().getItems().toList(), "werkdruk")));
        test(form.contactName).setValue("Zaakvoerder");
        test($view(Button.class).withText("Indienen voor review").single()).click();
        assertThat(form.consent.isInvalid())
                .as("no contact person without consent")
                .isTrue();

        test(form.consent).click();
        test($view(Button.class).withText("Indienen voor review").single()).click();
        assertThat(form.submitted).isNotNull();
        created.add(form.submitted.id());
        assertThat(texts(H1.class)).contains("Bedankt voor je bijdrage");
        assertThat(form.submitted.status()).isEqualTo(ItemStatus.TER_REVIEW);
        assertThat(form.submitted.source().owner()).isEqualTo(TestAccounts.CONTRIBUTOR_ORGANISATION);
    }

    @Test
    void theHistoryPageComparesTwoVersions() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-geschiedenis", "Bouwbedrijf deelt het materiaal");
        editor.save(
                item.id(),
                TestSources.with(item.source(), "title", "Bouwbedrijf deelt het materiaal slim"),
                item.version(),
                "Titel");
        HistoryView history = target(navigate("beheer/item/" + item.id() + "/geschiedenis", HistoryView.class));
        assertThat(history.versions).hasSize(2);
        assertThat(history.difference.getElement().getOuterHTML()).contains("Bouwbedrijf deelt het materiaal slim");
    }

    @Test
    void anEditorDeletesADraftAfterConfirmingAndSeeingWhichItemsPointToIt() {
        as(TestAccounts.EDITOR);
        EditorItem draft = create("ui-test-weg", "Bakkerij probeert de stille ochtend");
        EditorItem pointing = created(editor.create(
                TestSources.with(
                        TestSources.practice("ui-test-wijst", "Slagerij volgt de brouwerij"),
                        "related",
                        List.of("praktijken/ui-test-weg")),
                null));
        ItemEditorView view = target(navigate("beheer/item/" + draft.id(), ItemEditorView.class));

        test($view(Button.class).withText("Verwijderen…").single()).click();
        RemoveItemDialog dialog = $(RemoveItemDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Verwijderen: Bakkerij probeert de stille ochtend");
        assertThat(dialog.references.getElement().getOuterHTML())
                .contains("Slagerij volgt de brouwerij", "/beheer/item/" + pointing.id());
        test($(Button.class, dialog).withText("Annuleren").single()).click();
        assertThat(items.existsById(draft.id()))
                .as("cancelled: nothing happened")
                .isTrue();

        test($view(Button.class).withText("Verwijderen…").single()).click();
        test($(Button.class, $(RemoveItemDialog.class).single())
                        .withText("Definitief verwijderen")
                        .single())
                .click();
        assertThat(items.existsById(draft.id())).isFalse();
        assertThat(getCurrentView()).isInstanceOf(ItemListView.class);
        assertThat(editor.load(pointing.id()).source().related()).isEmpty();
        assertThat(view.item.id()).isEqualTo(draft.id());
    }

    @Test
    void theItemListOffersToArchiveAPublishedItemAndAsksFirst() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-archief", "Drukkerij zet de persen stil op vrijdag");
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);
        ItemListView list = target(navigate(ItemListView.class));
        test(list.text).setValue("persen stil op vrijdag");
        assertThat(test(list.grid).getRow(0).id()).isEqualTo(item.id());

        Button archive = (Button)
                test(list.grid).getCellComponent(0, list.grid.getColumns().indexOf(list.removeColumn));
        assertThat(archive.getText()).isEqualTo("Archiveren…");
        test(archive).click();
        RemoveItemDialog dialog = $(RemoveItemDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Archiveren: Drukkerij zet de persen stil op vrijdag");
        test(dialog.reason).setValue("Niet meer actueel");
        test(dialog.confirm).click();
        assertThat(editor.load(item.id()).status()).isEqualTo(ItemStatus.GEARCHIVEERD);
        assertThat(getCurrentView()).as("the list stays open").isInstanceOf(ItemListView.class);
    }

    @Test
    void contributorsSeeNoDeleteOrArchiveAction() {
        as(TestAccounts.CONTRIBUTOR);
        ItemListView list = target(navigate(ItemListView.class));
        assertThat(list.removeColumn).isNull();
    }

    @Test
    void plainTextFieldsRefuseMarkupWhileTypingAndOnSaveWithTheSameMessage() {
        as(TestAccounts.EDITOR);
        EditorItem item = create("ui-test-opmaak", "Bakkerij zonder opmaak");
        ItemEditorView view = target(navigate("beheer/item/" + item.id(), ItemEditorView.class));

        test(view.form.title).setValue("Bakkerij <b>met</b> opmaak");
        assertThat(view.form.title.isInvalid()).as("while typing").isTrue();
        assertThat(view.form.title.getErrorMessage())
                .contains("'<b' ziet eruit als HTML-opmaak", "Verwijder de opmaak");
        test(view.form.summary).setValue("Voor zaken met minder dan <10 werknemers: een vaste rustpauze per dag.");
        assertThat(view.form.summary.isInvalid())
                .as("a < before a digit is ordinary text")
                .isFalse();

        test($view(Button.class).withText("Bewaren").single()).click();
        assertThat(view.form.title.isInvalid()).as("on save").isTrue();
        assertThat(view.form.title.getErrorMessage()).contains("HTML-opmaak");
        assertThat(editor.load(item.id()).source().title()).isEqualTo("Bakkerij zonder opmaak");

        test(view.form.title).setValue("Bakkerij zonder opmaak, nu met rustpauze");
        assertThat(view.form.title.isInvalid()).isFalse();
        test($view(Button.class).withText("Bewaren").single()).click();
        assertThat(editor.load(item.id()).source().summary()).contains("<10 werknemers");
    }

    @Test
    void aContributorIsToldWhatIsWrongWithMarkupInTheStory() {
        as(TestAccounts.CONTRIBUTOR);
        ContributeView form = target(navigate(ContributeView.class));
        test(form.title).setValue("Slagerij <i>plant</i> de weekends");
        assertThat(form.title.isInvalid()).isTrue();
        test(form.costs).setValue("Twee dagen <!-- en wat extra -->");
        assertThat(form.costs.isInvalid()).isTrue();
        test(form.contactName).setValue("Jan‮gnp");
        assertThat(form.contactName.isInvalid()).isTrue();
        test($view(Button.class).withText("Indienen voor review").single()).click();
        assertThat(form.submitted).isNull();
        assertThat(form.costs.getErrorMessage()).contains("HTML-opmaak");
    }

    private EditorItem create(String slug, String title) {
        return created(editor.create(TestSources.practice(slug, title), null));
    }

    private EditorItem created(EditorItem item) {
        created.add(item.id());
        return item;
    }

    private void as(String email) {
        accounts.loginAs(email);
    }

    private static TaxonomyService.Term term(List<TaxonomyService.Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
