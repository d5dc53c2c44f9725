package be.wegwijzer.curation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.TestContent;
import be.wegwijzer.curation.EditorItem;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.HistoryService;
import be.wegwijzer.curation.ItemDiff;
import be.wegwijzer.curation.TestSources;
import be.wegwijzer.itemfile.ItemSource;
import com.vaadin.flow.component.button.Button;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history of every item of the real corpus in {@code content/} (all types, with links, relations, owners and
 * type details): after an edit the history lists both versions, shows the difference and restores the older one
 * exactly. The first item of each type goes through the history page; the others through {@link HistoryService}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryOfEveryItemIT extends UiTest {

    static final Path CONTENT = Path.of("content");
    static final String EDITED_LINK_URL = "https://example.org/historietest";

    @Autowired
    ContentImporter importer;

    @Autowired
    ItemRepository items;

    @Autowired
    EditorService editor;

    @Autowired
    HistoryService history;

    @Autowired
    TestAccounts accounts;

    @BeforeAll
    void importTheRealCorpus() {
        assertThat(importer.importFolder(CONTENT).succeeded()).isTrue();
    }

    @AfterAll
    void restoreTheTestCorpus() {
        accounts.logout();
        // the edits marked every item as changed in the portal; the test corpus replaces them all the same
        assertThat(importer.importFolderOverwritingPortalEdits(TestContent.CORPUS)
                        .succeeded())
                .isTrue();
    }

    /** One item after the other, each edit and restore in its own transaction as an editor would make them. */
    @Test
    void everyItemCanBeEditedComparedAndRestoredToExactlyWhatItWas() {
        // the administrator, who edits like an editor: the test accounts belong to the test corpus's organisations
        accounts.loginAs(TestAccounts.ADMIN);
        List<Long> ids = items.findAll().stream().map(Item::getId).sorted().toList();
        assertThat(ids).hasSizeGreaterThan(200);
        SoftAssertions softly = new SoftAssertions();
        Set<ItemType> throughThePage = EnumSet.noneOf(ItemType.class);
        int withLinks = 0;
        for (long id : ids) {
            EditorItem original = editor.load(id);
            String name = original.source().reference();
            withLinks += original.source().links().isEmpty() ? 0 : 1;
            try {
                EditorItem edited = editor.save(id, edit(original.source()), original.version(), "Historietest");
                List<HistoryService.Version> versions = history.versions(id);
                int older = versions.get(1).revision();
                softly.assertThat(history.compare(id, older, versions.getFirst().revision()))
                        .as(name + " difference")
                        .extracting(ItemDiff.Change::field)
                        .containsExactlyInAnyOrder("titel", "links");
                if (throughThePage.add(original.source().type())) {
                    restoreThroughTheHistoryPage(id, edited.source().title(), softly, name);
                } else {
                    history.restore(id, older, edited.version());
                }
                softly.assertThat(editor.load(id).source())
                        .as(name + " restored")
                        .isEqualTo(original.source());
                softly.assertThat(history.versions(id).getFirst().comment())
                        .as(name + " newest version")
                        .isEqualTo("Bewaard: Hersteld naar versie " + older);
            } catch (RuntimeException e) {
                softly.fail(name + " failed", e);
            }
        }
        softly.assertThat(throughThePage)
                .as("every type went through the history page")
                .containsAll(EnumSet.allOf(ItemType.class));
        softly.assertThat(withLinks).as("items with links were among them").isGreaterThan(20);
        softly.assertAll();
    }

    private void restoreThroughTheHistoryPage(long id, String editedTitle, SoftAssertions softly, String name) {
        HistoryView page = target(navigate("beheer/item/" + id + "/geschiedenis", HistoryView.class));
        softly.assertThat(page.versions).as(name + " versions on the page").hasSizeGreaterThanOrEqualTo(2);
        softly.assertThat(page.difference.getElement().getOuterHTML())
                .as(name + " difference on the page")
                .contains(editedTitle, EDITED_LINK_URL);
        test($view(Button.class).withText("Oudere versie terugzetten").single()).click();
    }

    /** A change that touches a plain field and the element collection Envers could not read back: the links. */
    private static ItemSource edit(ItemSource source) {
        String title = "Bewerkt: " + source.title();
        List<ItemSource.LinkSource> links = new ArrayList<>(source.links());
        if (!links.isEmpty()) {
            ItemSource.LinkSource first = links.getFirst();
            links.set(0, new ItemSource.LinkSource(first.label() + " (bewerkt)", first.url()));
        }
        links.add(new ItemSource.LinkSource("Historietest", EDITED_LINK_URL));
        return TestSources.with(
                TestSources.with(
                        source,
                        "title",
                        title.length() > Item.TITLE_MAX_LENGTH
                                ? title.substring(0, Item.TITLE_MAX_LENGTH).strip()
                                : title),
                "links",
                links);
    }
}
