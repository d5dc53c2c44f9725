package be.wegwijzer.contentimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.UiTest;
import be.wegwijzer.base.ui.AccessDeniedView;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.contentimport.ContentImporter;
import be.wegwijzer.contentimport.TestContent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export and import page, without a browser. */
class ExchangeViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ItemRepository items;

    @Autowired
    ContentImporter importer;

    @BeforeEach
    void createAccounts() {
        accounts.create();
    }

    @AfterEach
    void removeAccounts() {
        accounts.removeAll();
    }

    @Test
    void editorsExportButOnlyAdministratorsImportAndAnUploadIsPreviewedFirst() throws Exception {
        accounts.loginAs(TestAccounts.EDITOR);
        ExchangeView editorView = target(navigate(ExchangeView.class));
        assertThat(editorView.download.getHref()).isNotBlank();
        assertThat(editorView
                        .owner
                        .getListDataView()
                        .getItems()
                        .map(o -> o.slug())
                        .toList())
                .contains(TestAccounts.CONTRIBUTOR_ORGANISATION);
        assertThat(texts(H2.class)).containsExactly("Exporteren");

        accounts.loginAs(TestAccounts.ADMIN);
        ExchangeView view = target(navigate(ExchangeView.class));
        assertThat(texts(H2.class)).containsExactly("Exporteren", "Importeren");
        assertThat(view.importButton.isEnabled()).isFalse();

        Path folder = Files.createTempDirectory("exchange");
        TestContent.copyTo(folder.resolve("c"));
        Path file = folder.resolve("c/tools/kmo-gids.md");
        Files.writeString(file, Files.readString(file).replaceFirst("titel: .*", "titel: KMO-gids (upload)"));
        view.uploaded = TestContent.zip(folder.resolve("c"));
        view.uploadedName = "export.zip";
        view.preview();
        assertThat(view.report.getElement().getTextRecursively())
                .contains("export.zip: Controle geslaagd", "1 gewijzigd");
        assertThat(view.importButton.isEnabled()).isTrue();
        assertThat(items.findBySlug("kmo-gids").orElseThrow().getTitle())
                .as("nothing changed yet")
                .doesNotContain("upload");

        try {
            test(view.importButton).click();
            assertThat(view.report.getElement().getTextRecursively()).contains("Import geslaagd", "1 gewijzigd");
            assertThat(items.findBySlug("kmo-gids").orElseThrow().getTitle()).isEqualTo("KMO-gids (upload)");
        } finally {
            importer.importFolderOverwritingPortalEdits(TestContent.CORPUS);
        }
    }

    @Test
    void aContributorMayNotExport() {
        accounts.loginAs(TestAccounts.CONTRIBUTOR);
        navigate("beheer/uitwisselen", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
