package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.itemfile.ContentProblem;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchService;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ContentImportIT {

    @Autowired
    ContentImporter importer;

    @Autowired
    ItemRepository items;

    @Autowired
    SearchService search;

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheTestCorpus() {
        assertThat(importer.importFolder(TestContent.CORPUS).succeeded()).isTrue();
    }

    @Test
    void theStartUpImportLoadedTheWholeTestCorpus() {
        assertThat(items.count()).isEqualTo(13);
        assertThat(items.findBySlug("werkbaarheidscheque")).get().satisfies(item -> {
            assertThat(item.isPublished()).isTrue();
            assertThat(item.getContentHash()).hasSize(64);
        });
    }

    @Test
    void importingUnchangedFilesRewritesNothing() {
        Map<String, Long> versionsBefore = versions();
        ImportReport report = importer.importFolder(TestContent.CORPUS);
        assertThat(report.succeeded()).isTrue();
        assertThat(report.unchanged()).isEqualTo(13);
        assertThat(report.created() + report.updated() + report.deleted()).isZero();
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void startUpSkipsTheImportWhenNoFileChanged() {
        importer.importFolder(TestContent.CORPUS);
        ImportReport report = importer.importIfChanged(TestContent.CORPUS);
        assertThat(report.skipped()).isTrue();
        assertThat(report.summary()).startsWith("Content ongewijzigd");
    }

    @Test
    void aRefusedImportLeavesThePreviousContentInPlaceAndSearchable() {
        TestContent.breakFourWays(TestContent.copyTo(dir));
        TestContent.replace(dir, "tools/telewerkkaart.md", "titel: Telewerkkaart", "titel: Nieuwe telewerkkaart");
        Map<String, Long> versionsBefore = versions();

        ImportReport report = importer.importFolder(dir);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.format())
                .startsWith("Import geweigerd")
                .contains(
                        "tools/werkstress-scan.md:4:",
                        "praktijken/bakkerij-limburg.md:13:",
                        "fiches/telewerkkaart.md:1:",
                        "tools/kmo-gids.md:2:");
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(items.findBySlug("telewerkkaart"))
                .get()
                .extracting(Item::getTitle)
                .isEqualTo("Telewerkkaart");
        assertThat(search.search(SearchRequest.of("werkstress")).hits())
                .extracting(h -> h.slug())
                .contains("werkstress-scan");
    }

    @Test
    void aFileOutsideTheTypeFoldersOrAboveTheSizeLimitRefusesTheWholeBatch() {
        TestContent.copyTo(dir);
        TestContent.replace(dir, "tools/telewerkkaart.md", "titel: Telewerkkaart", "titel: Nieuwe telewerkkaart");
        TestContent.write(dir, "maatregel/nieuwe-premie.md", "---\ntitel: Nieuwe premie\n---\n");
        TestContent.replace(
                dir, "fiches/werkdruk.md", "## Expert", "## Expert\n\n" + "Een geplakt document. ".repeat(13_000));
        Map<String, Long> versionsBefore = versions();

        ImportReport report = importer.importFolder(dir);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.format())
                .startsWith("Import geweigerd")
                .contains(
                        "maatregel/nieuwe-premie.md: De map 'maatregel/' is geen map van de contentmap",
                        "Bedoel je de map 'maatregelen/'?",
                        "fiches/werkdruk.md: Het bestand is te groot: ",
                        "de grens is 256 KB.");
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(items.findBySlug("telewerkkaart"))
                .get()
                .extracting(Item::getTitle)
                .isEqualTo("Telewerkkaart");
    }

    @Test
    void aChangedFileUpdatesOnlyThatItemAndTheIndex() {
        TestContent.copyTo(dir);
        TestContent.replace(
                dir, "tools/telewerkkaart.md", "titel: Telewerkkaart", "titel: Afsprakenkaart voor thuiswerk");

        ImportReport report = importer.importFolder(dir);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(12);
        assertThat(search.search(SearchRequest.of("afsprakenkaart")).hits())
                .extracting(h -> h.slug())
                .containsExactly("telewerkkaart");
    }

    @Test
    void aRemovedFileRemovesItsItem() throws Exception {
        TestContent.copyTo(dir);
        Files.delete(dir.resolve("tools/kmo-gids.md"));

        ImportReport report = importer.importFolder(dir);

        assertThat(report.deleted()).isEqualTo(1);
        assertThat(items.findBySlug("kmo-gids")).isEmpty();
        assertThat(search.search(SearchRequest.of("kmo")).hits())
                .extracting(h -> h.slug())
                .doesNotContain("kmo-gids");
    }

    @Test
    void aNewTaxonomyLabelReachesTheIndex() {
        TestContent.copyTo(dir);
        TestContent.replace(
                dir,
                "taxonomie/themas.yml",
                "label: Telewerk en hybride werken",
                "label: Telewerk en plaatsonafhankelijk werken");

        ImportReport report = importer.importFolder(dir);

        assertThat(report.taxonomyChanged()).isTrue();
        assertThat(search.search(SearchRequest.of("plaatsonafhankelijk")).hits())
                .extracting(h -> h.slug())
                .contains("telewerkkaart", "webinar-telewerk");
    }

    private Map<String, Long> versions() {
        return items.findAll().stream().collect(Collectors.toMap(Item::getSlug, Item::getVersion));
    }

    @Test
    void anUploadedZipCountsAsAPortalEditThatTheNextStartDoesNotUndo() throws Exception {
        assertThat(importer.importFolder(TestContent.CORPUS).succeeded()).isTrue();
        Path changed = TestContent.copyTo(dir.resolve("upload"));
        Path file = changed.resolve("tools/telewerkkaart.md");
        Files.writeString(file, Files.readString(file).replaceFirst("titel: .*", "titel: Telewerkkaart uit de upload"));
        try {
            ImportReport preview = importer.previewZip(new ByteArrayInputStream(TestContent.zip(changed)), false);
            assertThat(preview.updated()).isEqualTo(1);
            assertThat(preview.previewSummary()).startsWith("Controle geslaagd; er is nog niets gewijzigd");
            assertThat(title("telewerkkaart"))
                    .as("a preview changes nothing")
                    .isNotEqualTo("Telewerkkaart uit de upload");

            ImportReport upload = importer.importZip(new ByteArrayInputStream(TestContent.zip(changed)));
            assertThat(upload.updated()).isEqualTo(1);
            assertThat(items.findBySlug("telewerkkaart").orElseThrow().getEditedInPortalAt())
                    .isNotNull();

            // the next start compares content/ with the last import of content/ itself: unchanged, so nothing happens
            assertThat(importer.importIfChanged(TestContent.CORPUS).skipped()).isTrue();
            // a deliberate import of the folder does not silently undo the upload either
            ImportReport folder = importer.importFolder(TestContent.CORPUS);
            assertThat(folder.warnings()).extracting(ContentProblem::file).containsExactly("tools/telewerkkaart.md");
            assertThat(title("telewerkkaart")).isEqualTo("Telewerkkaart uit de upload");
        } finally {
            assertThat(importer.importFolderOverwritingPortalEdits(TestContent.CORPUS)
                            .succeeded())
                    .isTrue();
        }
    }

    private String title(String slug) {
        return items.findBySlug(slug).orElseThrow().getTitle();
    }
}
