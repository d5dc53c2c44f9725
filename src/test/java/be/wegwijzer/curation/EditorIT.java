package be.wegwijzer.curation;

import static be.wegwijzer.curation.TestSources.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.TestClock;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.FaqEntry;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.ImportReport;
import be.wegwijzer.contentimport.TestContent;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.itemfile.FaqSource;
import be.wegwijzer.itemfile.FieldProblem;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.MeasureSource;
import be.wegwijzer.itemfile.PracticeSource;
import be.wegwijzer.search.EditorQuery;
import be.wegwijzer.search.EditorRow;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import be.wegwijzer.security.SecurityEvent;
import be.wegwijzer.security.SecurityEventRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editor on the real database and index: saving with the importer's rules, conflicts between two editors,
 * the workflow with planned steps, Envers history, contributors' limits, and a file import meeting portal edits.
 */
@IntegrationTest
class EditorIT {

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    HistoryService history;

    @Autowired
    ContributionService contributions;

    @Autowired
    ProposalService proposals;

    @Autowired
    WorkflowScheduler scheduler;

    @Autowired
    SearchService search;

    @Autowired
    CatalogService catalog;

    @Autowired
    ContentImporter importer;

    @Autowired
    ItemRepository items;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate transaction;

    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void logInAsEditor() {
        accounts.create();
        accounts.loginAs(TestAccounts.EDITOR);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        clock.reset();
        accounts.loginAs(TestAccounts.ADMIN);
        created.forEach(id -> {
            if (items.existsById(id)) {
                removals.delete(id, "opruimen na test");
            }
        });
        accounts.removeAll();
    }

    @Test
    void aNewItemIsAConceptThatOnlyTheEditorsSeeUntilItIsPublished() {
        EditorItem item =
                create(TestSources.practice("editor-test-zeepziederij", "Zeepziederij plant zeepbellenpauzes"));
        assertThat(item.status()).isEqualTo(ItemStatus.CONCEPT);
        assertThat(item.history())
                .singleElement()
                .satisfies(step -> assertThat(step.actor()).isEqualTo(TestAccounts.EDITOR));
        assertThat(found("zeepbellenpauzes")).isEmpty();
        assertThat(catalog.publishedPage(ItemType.PRAKTIJK, "editor-test-zeepziederij"))
                .isEmpty();
        assertThat(catalog.anyPage(item.id())).as("a draft can be previewed").isPresent();

        long before = events.count();
        EditorItem published = editor.transition(item.id(), ItemStatus.GEPUBLICEERD, "Nagekeken en in orde", null);
        assertThat(published.status()).isEqualTo(ItemStatus.GEPUBLICEERD);
        assertThat(published.history().getFirst()).satisfies(step -> {
            assertThat(step.from()).isEqualTo(ItemStatus.CONCEPT);
            assertThat(step.to()).isEqualTo(ItemStatus.GEPUBLICEERD);
            assertThat(step.actor()).isEqualTo(TestAccounts.EDITOR);
            assertThat(step.comment()).isEqualTo("Nagekeken en in orde");
        });
        assertThat(found("zeepbellenpauzes")).containsExactly("editor-test-zeepziederij");
        assertThat(newEvents(before)).extracting(SecurityEvent::getType).contains(SecurityEvent.Type.ITEM_PUBLISHED);

        editor.transition(item.id(), ItemStatus.GEARCHIVEERD, "Verouderd", null);
        assertThat(found("zeepbellenpauzes"))
                .as("archived items leave the public search")
                .isEmpty();
    }

    @Test
    void theEditorCheckswithTheImportersRulesAndMessages(@TempDir Path folder) {
        ItemSource bad = with(
                with(TestSources.practice("editor-test-fout", "Fout"), "themes", List.of("onbestaand-thema")),
                "summary",
                "");
        List<FieldProblem> problems = catchProblems(() -> editor.create(bad, null));

        TestContent.copyTo(folder);
        TestContent.write(folder, "praktijken/editor-test-fout.md", """
                ---
                titel: Fout
                samenvatting: ""
                themas: [onbestaand-thema]
                doelgroepen: [werkgevers]
                organisatie: sectorfonds-voeding
                bron: Test
                bron_datum: 2026-11-01
                ---
                Tekst.
                """);
        ImportReport report = importer.validate(folder);
        assertThat(report.succeeded()).isFalse();
        assertThat(problems).extracting(FieldProblem::field).contains("samenvatting", "themas[0]");
        for (FieldProblem problem : problems) {
            assertThat(report.problems())
                    .extracting(ContentProblem::message)
                    .as(problem.field())
                    .contains(problem.message());
        }
        assertThat(items.findByTypeAndSlug(ItemType.PRAKTIJK, "editor-test-fout"))
                .isEmpty();
    }

    @Test
    void questionsAndAnswersOfAMeasureAreFoundBySearchAsSoonAsTheyAreSaved() {
        ItemSource measure = new ItemSource(
                ItemType.MAATREGEL,
                "editor-test-vragen",
                "Oproep rond teamoverleg",
                "Een oproep om overleg in kleine teams beter te maken.",
                List.of("werkdruk"),
                List.of("werkgevers"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "kenniscentrum-werk",
                List.of(),
                List.of(),
                "Test",
                null,
                "2026-11",
                null,
                null,
                null,
                false,
                null,
                new MeasureSource(
                        "oproep",
                        "vlaams",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new FaqSource(
                                "Telt een maandelijkse babbelronde mee?",
                                "Ja, ook een korte babbelronde is overleg."))),
                "Dien je project in.");
        EditorItem item = create(measure);
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);
        assertThat(found("babbelronde")).containsExactly("editor-test-vragen");

        EditorItem current = editor.load(item.id());
        MeasureSource details = current.source().details(MeasureSource.class);
        MeasureSource changed = new MeasureSource(
                details.kind(),
                details.competence(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new FaqSource("Mag een koffiekransje ook?", "Ja, als je er samen het werk bespreekt.")));
        editor.save(item.id(), with(current.source(), "details", changed), current.version(), null);

        assertThat(found("koffiekransje"))
                .as("a changed question is indexed at once")
                .containsExactly("editor-test-vragen");
        assertThat(found("babbelronde"))
                .as("the old question is gone from the index")
                .isEmpty();
        assertThat(catalog.publishedPage(ItemType.MAATREGEL, "editor-test-vragen")
                        .orElseThrow()
                        .item()
                        .measure()
                        .getFaq())
                .extracting(FaqEntry::question)
                .containsExactly("Mag een koffiekransje ook?");
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndLosesNothing() {
        EditorItem item = create(TestSources.practice("editor-test-conflict", "Drukkerij deelt de planning"));
        EditorItem openedByFirst = editor.load(item.id());

        accounts.loginAs(TestAccounts.EDITOR_2);
        EditorItem openedBySecond = editor.load(item.id());
        editor.save(
                item.id(),
                with(openedBySecond.source(), "title", "Drukkerij deelt de weekplanning"),
                openedBySecond.version(),
                null);

        accounts.loginAs(TestAccounts.EDITOR);
        ItemSource firstEdit = with(
                openedByFirst.source(), "summary", "Een drukkerij liet het team zelf de planning maken en won rust.");
        assertThatThrownBy(() -> editor.save(item.id(), firstEdit, openedByFirst.version(), null))
                .isInstanceOfSatisfying(EditorException.Conflict.class, conflict -> {
                    assertThat(conflict.getMessage()).contains("Iemand anders bewaarde dit item intussen");
                    assertThat(conflict.current().source().title()).isEqualTo("Drukkerij deelt de weekplanning");
                    assertThat(conflict.current().lastChangedBy()).isEqualTo(TestAccounts.EDITOR_2);
                    assertThat(ItemDiff.between(conflict.current().source(), firstEdit))
                            .extracting(ItemDiff.Change::field)
                            .containsExactly("titel", "samenvatting");
                });
        assertThat(editor.load(item.id()).source().title())
                .as("the second save was kept")
                .isEqualTo("Drukkerij deelt de weekplanning");

        // after comparing, the first editor saves on top of the current version: both changes are in
        EditorItem current = editor.load(item.id());
        editor.save(
                item.id(), with(current.source(), "summary", firstEdit.summary()), current.version(), "Samengevoegd");
        assertThat(editor.load(item.id()).source()).satisfies(s -> {
            assertThat(s.title()).isEqualTo("Drukkerij deelt de weekplanning");
            assertThat(s.summary()).isEqualTo(firstEdit.summary());
        });
    }

    @Test
    void plannedPublicationAndWithdrawalHappenWhenTheirMomentComes() {
        EditorItem item = create(TestSources.practice("editor-test-gepland", "Brouwerij plant de fietsdag"));
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
        EditorItem planned = editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, tomorrow);
        assertThat(planned.status()).isEqualTo(ItemStatus.CONCEPT);
        assertThat(planned.publishAt()).isEqualTo(tomorrow);

        scheduler.run();
        assertThat(status(item.id())).as("not yet").isEqualTo(ItemStatus.CONCEPT);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        scheduler.run();
        EditorItem published = editor.load(item.id());
        assertThat(published.status()).isEqualTo(ItemStatus.GEPUBLICEERD);
        assertThat(published.publishAt()).isNull();
        assertThat(published.history().getFirst().actor()).isEqualTo("systeem");
        assertThat(found("fietsdag")).containsExactly("editor-test-gepland");

        editor.transition(
                item.id(),
                ItemStatus.GEARCHIVEERD,
                "Actie voorbij",
                clock.instant().plus(Duration.ofHours(2)));
        clock.advance(Duration.ofHours(3));
        scheduler.run();
        assertThat(status(item.id())).isEqualTo(ItemStatus.GEARCHIVEERD);
        assertThat(found("fietsdag")).isEmpty();
    }

    @Test
    void onlyPublicationAndWithdrawalCanBePlanned() {
        EditorItem item = create(TestSources.practice("editor-test-plan-review", "Garage plant een review"));
        assertThatThrownBy(() -> editor.transition(
                        item.id(), ItemStatus.TER_REVIEW, null, clock.instant().plus(Duration.ofDays(1))))
                .isInstanceOf(EditorException.NotAllowed.class);
        assertThat(status(item.id())).isEqualTo(ItemStatus.CONCEPT);
    }

    @Test
    void aMeasureWhoseValidityEndsIsClosedAutomatically() {
        LocalDate today = LocalDate.now(clock);
        ItemSource measure = new ItemSource(
                ItemType.MAATREGEL,
                "editor-test-oproep",
                "Oproep rond werkbare planning",
                "Een oproep die morgen sluit; daarna staat ze als afgelopen op de wegwijzer.",
                List.of("werkdruk"),
                List.of("werkgevers"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                "kenniscentrum-werk",
                List.of(),
                List.of(),
                "Test",
                null,
                "2026-11",
                null,
                null,
                null,
                false,
                null,
                new MeasureSource(
                        "oproep",
                        "vlaams",
                        10000,
                        null,
                        null,
                        null,
                        null,
                        today.minusMonths(1),
                        today.plusDays(1),
                        null,
                        List.of("werkgever"),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                "Dien je project in.");
        EditorItem item = create(measure);
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);

        scheduler.run();
        assertThat(closedAt(item.id())).as("still open today").isNull();

        clock.advance(Duration.ofDays(2));
        scheduler.run();
        assertThat(closedAt(item.id())).isNotNull();
        assertThat(editor.load(item.id()).history().getFirst().comment()).contains("Automatisch afgesloten");
        assertThat(status(item.id())).as("it stays visible, marked as ended").isEqualTo(ItemStatus.GEPUBLICEERD);
    }

    @Test
    void everyChangeIsKeptAndAnOlderVersionCanBeComparedAndRestored() {
        EditorItem item =
                create(TestSources.practice("editor-test-geschiedenis", "Schrijnwerkerij test een vierdagenweek"));
        EditorItem v1 = editor.load(item.id());
        editor.save(
                item.id(),
                with(
                        with(v1.source(), "title", "Schrijnwerkerij kiest de vierdagenweek"),
                        "body",
                        v1.source().body() + "\n\nNa een jaar blijft iedereen."),
                v1.version(),
                "Resultaat toegevoegd");
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);

        List<HistoryService.Version> versions = history.versions(item.id());
        assertThat(versions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(versions.getFirst().status()).isEqualTo(ItemStatus.GEPUBLICEERD);
        assertThat(versions.getLast().change()).isEqualTo("Aangemaakt");
        assertThat(versions).allSatisfy(v -> assertThat(v.actor()).isEqualTo(TestAccounts.EDITOR));
        assertThat(versions)
                .extracting(HistoryService.Version::comment)
                .anySatisfy(c -> assertThat(c).contains("Resultaat toegevoegd"));

        int first = versions.getLast().revision();
        int latest = versions.getFirst().revision();
        List<ItemDiff.Change> changes = history.compare(item.id(), first, latest);
        assertThat(changes).extracting(ItemDiff.Change::field).contains("titel", "tekst");
        assertThat(changes.stream()
                        .filter(c -> c.field().equals("tekst"))
                        .findFirst()
                        .orElseThrow()
                        .lines())
                .contains(new ItemDiff.Line('+', "Na een jaar blijft iedereen."));

        EditorItem restored =
                history.restore(item.id(), first, editor.load(item.id()).version());
        assertThat(restored.source().title()).isEqualTo("Schrijnwerkerij test een vierdagenweek");
        assertThat(restored.source().body()).doesNotContain("Na een jaar");
        assertThat(history.versions(item.id()))
                .hasSize(versions.size() + 1)
                .first()
                .satisfies(v -> assertThat(v.comment()).contains("Hersteld naar versie " + first));
    }

    @Test
    void contributorsWorkForTheirOrganisationAndNeverPublish() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        ItemSource elsewhere = with(
                TestSources.practice("editor-test-bijdrage", "Slagerij deelt de weekends"),
                "owner",
                "kenniscentrum-werk");
        EditorItem item = create(elsewhere);
        assertThat(item.source().owner())
                .as("attributed to the contributor's organisation")
                .isEqualTo(TestAccounts.CONTRIBUTOR_ORGANISATION);

        assertThatThrownBy(() -> editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null))
                .isInstanceOf(EditorException.NotAllowed.class)
                .hasMessageContaining("mag je niet zelf");
        EditorItem submitted = editor.transition(item.id(), ItemStatus.TER_REVIEW, "Graag nakijken", null);
        assertThat(submitted.status()).isEqualTo(ItemStatus.TER_REVIEW);

        accounts.loginAs(TestAccounts.EDITOR);
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);

        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        EditorItem published = editor.load(item.id());
        assertThatThrownBy(() ->
                        editor.save(item.id(), with(published.source(), "title", "Anders"), published.version(), null))
                .isInstanceOf(EditorException.NotAllowed.class)
                .hasMessageContaining("Stel je wijziging voor");
        assertThatThrownBy(() -> editor.transition(item.id(), ItemStatus.GEARCHIVEERD, null, null))
                .isInstanceOf(EditorException.NotAllowed.class);
        assertThat(status(item.id())).isEqualTo(ItemStatus.GEPUBLICEERD);
    }

    @Test
    void aContributedPracticeLandsInReviewAttributedToTheOrganisationWithConsentForTheContact() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        PracticeContribution withoutConsent = contribution("Jan Peeters", "jan@voorbeeld.be", false);
        assertThat(catchProblems(() -> contributions.submit(withoutConsent, null)))
                .extracting(FieldProblem::field)
                .contains("contact");

        EditorItem item =
                contributions.submit(contribution("Contactpunt sectorfonds", "info@voorbeeld.be", true), null);
        created.add(item.id());
        assertThat(item.status()).isEqualTo(ItemStatus.TER_REVIEW);
        assertThat(item.source().owner()).isEqualTo(TestAccounts.CONTRIBUTOR_ORGANISATION);
        assertThat(item.source().details(PracticeSource.class).investmentEur()).isEqualTo(4500);
        assertThat(item.source().details(PracticeSource.class).businessCase()).contains("2.000 euro");
        assertThat(item.source().body())
                .contains("## De uitdaging", "## Wat ze deden", "## Wat het opleverde", "## Wat het kostte");
        assertThat(item.contact())
                .isEqualTo(new EditorItem.Contact("Contactpunt sectorfonds", "info@voorbeeld.be", true));

        accounts.loginAs(TestAccounts.EDITOR);
        assertThat(editor.list(new EditorQuery(null, ItemStatus.TER_REVIEW, null, null, null), PageRequest.of(0, 50)))
                .extracting(EditorRow::id)
                .contains(item.id());
    }

    @Test
    void aFileImportNeverSilentlyOverwritesAnEditorsChange(@TempDir Path folder) throws Exception {
        long id = items.findByTypeAndSlug(ItemType.TOOL, "telewerkkaart")
                .orElseThrow()
                .getId();
        EditorItem opened = editor.load(id);
        String fileTitle = opened.source().title();
        try {
            editor.save(
                    id,
                    with(opened.source(), "title", "Telewerkkaart (bijgewerkt in de portaal)"),
                    opened.version(),
                    null);

            TestContent.copyTo(folder);
            Path file = folder.resolve("tools/telewerkkaart.md");
            Files.writeString(
                    file,
                    Files.readString(file).replace("titel: " + fileTitle, "titel: Telewerkkaart uit het bestand"));
            ImportReport report = importer.importFolder(folder);
            assertThat(report.succeeded()).isTrue();
            assertThat(report.warnings()).singleElement().satisfies(w -> {
                assertThat(w.file()).endsWith("telewerkkaart.md");
                assertThat(w.message()).contains("Niet overschreven");
            });
            assertThat(editor.load(id).source().title()).isEqualTo("Telewerkkaart (bijgewerkt in de portaal)");

            ImportReport overwrite = importer.importFolderOverwritingPortalEdits(folder);
            assertThat(overwrite.warnings()).isEmpty();
            assertThat(editor.load(id).source().title()).isEqualTo("Telewerkkaart uit het bestand");
        } finally {
            assertThat(importer.importFolderOverwritingPortalEdits(TestContent.CORPUS)
                            .succeeded())
                    .isTrue();
        }
        assertThat(editor.load(id).source().title()).isEqualTo(fileTitle);
    }

    @Test
    void aFileItemThatAPortalItemStillUsesIsKeptWithAWarning(@TempDir Path folder) throws Exception {
        create(with(
                TestSources.practice("editor-test-verwijzing", "Vishandel gebruikt de kmo-gids"),
                "related",
                List.of("tools/kmo-gids")));
        TestContent.copyTo(folder);
        Files.delete(folder.resolve("tools/kmo-gids.md"));

        ImportReport report = importer.importFolder(folder);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.deleted()).isZero();
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("tools/kmo-gids.md");
            assertThat(w.message()).contains("Niet verwijderd", "praktijken/editor-test-verwijzing");
        });
        assertThat(items.findByTypeAndSlug(ItemType.TOOL, "kmo-gids")).isPresent();
    }

    @Test
    void aContributorProposesAChangeToAPublishedItemAndAnEditorDecides() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        EditorItem item = create(TestSources.practice("editor-test-voorstel", "Kaasmakerij spreidt de melkbeurten"));
        editor.transition(item.id(), ItemStatus.TER_REVIEW, null, null);
        accounts.loginAs(TestAccounts.EDITOR);
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);

        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        EditorItem published = editor.load(item.id());
        ProposalService.Proposal first = proposals.propose(
                item.id(),
                with(published.source(), "title", "Kaasmakerij spreidt de melkbeurten over het team"),
                "Titel verduidelijkt");
        assertThat(editor.load(item.id()).source().title())
                .as("the public item stays until accepted")
                .isEqualTo("Kaasmakerij spreidt de melkbeurten");
        ProposalService.Proposal revised = proposals.propose(
                item.id(),
                with(published.source(), "title", "Kaasmakerij spreidt de melkbeurten eerlijk"),
                "Nog beter");
        assertThat(revised.id()).as("one open proposal per person per item").isEqualTo(first.id());
        assertThat(proposals.changes(first.id()))
                .extracting(ItemDiff.Change::field)
                .containsExactly("titel");
        assertThatThrownBy(() -> proposals.propose(item.id(), published.source(), null))
                .hasMessageContaining("verandert niets");
        assertThatThrownBy(() -> proposals.accept(first.id(), null)).isInstanceOf(AccessDeniedException.class);

        accounts.loginAs(TestAccounts.EDITOR);
        assertThat(proposals.open()).extracting(ProposalService.Proposal::id).contains(first.id());
        assertThatThrownBy(() -> proposals.reject(first.id(), " ")).isInstanceOf(EditorException.Invalid.class);
        EditorItem accepted = proposals.accept(first.id(), "Dank je");
        assertThat(accepted.source().title()).isEqualTo("Kaasmakerij spreidt de melkbeurten eerlijk");
        assertThat(accepted.source().owner()).isEqualTo(TestAccounts.CONTRIBUTOR_ORGANISATION);
        assertThat(history.versions(item.id()).getFirst()).satisfies(v -> {
            assertThat(v.actor()).isEqualTo(TestAccounts.EDITOR);
            assertThat(v.comment()).contains("Voorstel van " + TestAccounts.CONTRIBUTOR + " aanvaard");
        });
        assertThat(proposals.open()).extracting(ProposalService.Proposal::id).doesNotContain(first.id());

        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        ProposalService.Proposal second = proposals.propose(
                item.id(),
                with(
                        accepted.source(),
                        "summary",
                        "Een kaasmakerij verdeelt de vroege melkbeurten zodat niemand elke dag om vijf uur begint."),
                null);
        accounts.loginAs(TestAccounts.EDITOR);
        proposals.reject(second.id(), "De samenvatting moet zeggen wat de lezer eraan heeft.");
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        assertThat(proposals.forItem(item.id()).getFirst()).satisfies(p -> {
            assertThat(p.status()).isEqualTo(ItemProposal.Status.REJECTED);
            assertThat(p.decisionComment()).contains("wat de lezer eraan heeft");
        });
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private EditorItem create(ItemSource source) {
        EditorItem item = editor.create(source, null);
        created.add(item.id());
        return item;
    }

    private static PracticeContribution contribution(String contact, String email, boolean consent) {
        return new PracticeContribution(
                "Bakkerij Test rolt de ovenplanning uit",
                "Een bakkerij liet het team de ovenplanning maken " + "en haalde zo de piekdrukte weg.",
                "De ovens draaiden ’s nachts op volle toeren en niemand wist wie wanneer " + "mocht rusten.",
                "Ze maakten samen een planning per week en spraken vaste pauzes af.",
                "Minder overuren en minder " + "ziekteverzuim.",
                "Twee dagen begeleiding en een planbord.",
                4500,
                "Drie maanden",
                "Minder interimkosten: " + "ongeveer 2.000 euro per jaar.",
                "voeding",
                "micro",
                "limburg",
                List.of("werkdruk"),
                contact,
                email,
                consent);
    }

    private List<String> found(String words) {
        return search.search(SearchRequest.of(words)).hits().stream()
                .map(ItemHit::slug)
                .toList();
    }

    private ItemStatus status(long id) {
        return items.findById(id).orElseThrow().getStatus();
    }

    private Instant closedAt(long id) {
        return transaction.execute(
                s -> items.findById(id).orElseThrow().measure().getClosedAt());
    }

    private List<SecurityEvent> newEvents(long before) {
        return events.findAll().stream()
                .sorted(Comparator.comparing(SecurityEvent::getId))
                .skip(before)
                .toList();
    }

    private static List<FieldProblem> catchProblems(Runnable action) {
        try {
            action.run();
        } catch (EditorException.Invalid e) {
            return e.problems();
        }
        throw new AssertionError("Expected the input to be refused");
    }
}
