package be.wegwijzer.curation;

import static be.wegwijzer.curation.TestSources.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.TestAccounts;
import be.wegwijzer.catalog.CatalogService;
import be.wegwijzer.catalog.ItemCard;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.itemfile.ItemSource;
import be.wegwijzer.itemfile.OrganisationSource;
import be.wegwijzer.search.ItemHit;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Taking items away: a draft that was never published is deleted (other items stop pointing to it), a published one
 * is archived (off the site, references and history kept); what points to an item is reported first.
 */
@IntegrationTest
class ItemRemovalIT {

    @Autowired
    EditorService editor;

    @Autowired
    ItemRemovalService removals;

    @Autowired
    HistoryService history;

    @Autowired
    CatalogService catalog;

    @Autowired
    SearchService search;

    @Autowired
    ItemRepository items;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EntityManager entityManager;

    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void logInAsEditor() {
        accounts.create();
        accounts.loginAs(TestAccounts.EDITOR);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        accounts.loginAs(TestAccounts.ADMIN);
        created.reversed().forEach(id -> {
            if (items.existsById(id)) {
                removals.delete(id, "opruimen na test");
            }
        });
        accounts.removeAll();
    }

    @Test
    void aDraftThatWasNeverPublishedIsDeletedAfterSeeingWhoPointsToItAndTheyStopPointingToIt() {
        EditorItem draft = create(TestSources.practice("weg-test-concept", "Drukkerij test de stille uren"));
        EditorItem pointing = create(with(
                TestSources.practice("weg-test-verwijzer", "Schrijnwerkerij deelt de planning"),
                "related",
                List.of("tools/werkstress-scan", "praktijken/weg-test-concept")));
        int versionsBefore = history.versions(pointing.id()).size();

        ItemRemoval removal = removals.removal(draft.id());
        assertThat(removal.action()).isEqualTo(ItemRemoval.Action.DELETE);
        assertThat(removal.allowed()).isTrue();
        assertThat(removal.references()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(pointing.id());
            assertThat(r.kind()).isEqualTo(ItemRemoval.Kind.RELATED);
        });

        removals.deleteDraft(draft.id(), "Dubbel ingevoerd");
        assertThat(items.existsById(draft.id())).isFalse();
        assertThat(editor.load(pointing.id()).source().related()).containsExactly("tools/werkstress-scan");
        assertThat(history.versions(pointing.id()))
                .hasSize(versionsBefore + 1)
                .first()
                .satisfies(v -> assertThat(v.comment())
                        .contains("Verwijderd: praktijken/weg-test-concept", "Dubbel ingevoerd"));
        assertThat(auditRows(draft.id()))
                .as("the history of the deleted draft is kept")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPublishedItemIsArchivedNotDeletedAndLeavesSearchAndPublicPagesWhileReferencesAndHistoryStay() {
        EditorItem item = create(TestSources.practice("weg-test-gepubliceerd", "Brouwerij plant de kuisbeurten kalm"));
        editor.transition(item.id(), ItemStatus.GEPUBLICEERD, null, null);
        EditorItem pointing = create(with(
                TestSources.practice("weg-test-buur", "Mouterij deelt de kuisbeurten"),
                "related",
                List.of("praktijken/weg-test-gepubliceerd")));
        editor.transition(pointing.id(), ItemStatus.GEPUBLICEERD, null, null);
        assertThat(related(pointing)).contains("weg-test-gepubliceerd");
        assertThat(found("kuisbeurten kalm")).contains("weg-test-gepubliceerd");

        assertThat(removals.removal(item.id()).action()).isEqualTo(ItemRemoval.Action.ARCHIVE);
        assertThatThrownBy(() -> removals.deleteDraft(item.id(), null))
                .isInstanceOf(EditorException.NotAllowed.class)
                .hasMessageContaining("Archiveer het");

        EditorItem archived = removals.archive(item.id(), "Bedrijf bestaat niet meer");
        assertThat(archived.status()).isEqualTo(ItemStatus.GEARCHIVEERD);
        assertThat(catalog.publishedPage(ItemType.PRAKTIJK, "weg-test-gepubliceerd"))
                .isEmpty();
        assertThat(found("kuisbeurten kalm")).doesNotContain("weg-test-gepubliceerd");
        assertThat(related(pointing))
                .as("the public page of a neighbour leaves it out")
                .doesNotContain("weg-test-gepubliceerd");
        assertThat(editor.load(pointing.id()).source().related())
                .as("the reference itself stays")
                .containsExactly("praktijken/weg-test-gepubliceerd");
        assertThat(history.versions(item.id()).getFirst()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(ItemStatus.GEARCHIVEERD);
            assertThat(v.comment()).contains("Bedrijf bestaat niet meer");
        });
        assertThat(removals.removal(item.id()).action()).isEqualTo(ItemRemoval.Action.NONE);
        assertThatThrownBy(() -> removals.archive(item.id(), null)).hasMessageContaining("al gearchiveerd");
    }

    @Test
    void anOrganisationThatStillOwnsItemsIsNotDeletedUntilTheyHaveAnotherOwner() {
        EditorItem organisation = create(organisation("weg-test-organisatie", "Testfonds voor de drukkerijen"));
        EditorItem owned = create(with(
                TestSources.practice("weg-test-eigendom", "Drukkerij rolt de nachtploeg af"),
                "owner",
                "weg-test-organisatie"));

        ItemRemoval removal = removals.removal(organisation.id());
        assertThat(removal.allowed()).isFalse();
        assertThat(removal.references())
                .extracting(ItemRemoval.Reference::kind)
                .containsExactly(ItemRemoval.Kind.OWNER);
        assertThat(removal.blockers()).singleElement().asString().contains("eigenaar van 1 item");
        assertThatThrownBy(() -> removals.deleteDraft(organisation.id(), null))
                .isInstanceOf(EditorException.NotAllowed.class);

        EditorItem current = editor.load(owned.id());
        editor.save(
                owned.id(),
                with(current.source(), "owner", TestAccounts.CONTRIBUTOR_ORGANISATION),
                current.version(),
                null);
        removals.deleteDraft(organisation.id(), null);
        assertThat(items.existsById(organisation.id())).isFalse();
    }

    @Test
    void onlyEditorsDeleteOrArchive() {
        EditorItem item = create(TestSources.practice("weg-test-bijdrager", "Slagerij test de bijdrage"));
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        assertThatThrownBy(() -> removals.deleteDraft(item.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> removals.archive(item.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> removals.removal(item.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(items.existsById(item.id())).isTrue();
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private EditorItem create(ItemSource source) {
        EditorItem item = editor.create(source, null);
        created.add(item.id());
        return item;
    }

    private List<String> related(EditorItem item) {
        return catalog
                .publishedPage(item.source().type(), item.source().slug())
                .orElseThrow()
                .related()
                .values()
                .stream()
                .flatMap(List::stream)
                .map(ItemCard::slug)
                .toList();
    }

    private List<String> found(String words) {
        return search.search(SearchRequest.of(words)).hits().stream()
                .map(ItemHit::slug)
                .toList();
    }

    private long auditRows(long id) {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from item_aud where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
    }

    private static ItemSource organisation(String slug, String title) {
        return new ItemSource(
                ItemType.ORGANISATIE,
                slug,
                title,
                "Een fonds dat drukkerijen helpt met werkbaar werk en opleiding.",
                List.of("werkdruk"),
                List.of("werkgevers"),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
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
                new OrganisationSource("sectorfonds", List.of(), "https://drukkerijen.example.be", null, null),
                "Het fonds helpt drukkerijen.");
    }
}
