package be.wegwijzer.contentimport;

import be.wegwijzer.base.WegwijzerProperties;
import be.wegwijzer.search.SearchIndexAdmin;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: imports {@code content/} when its files changed since the last successful import, then makes
 * sure the search index matches the database. A refused import is logged and the portal keeps its content.
 */
@Component
@Order(10)
class StartupContentImport implements ApplicationRunner {

    private final ContentImporter importer;
    private final SearchIndexAdmin indexAdmin;
    private final WegwijzerProperties properties;

    StartupContentImport(ContentImporter importer, SearchIndexAdmin indexAdmin, WegwijzerProperties properties) {
        this.importer = importer;
        this.indexAdmin = indexAdmin;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.importOnStart()) {
            importer.importIfChanged(properties.contentDir());
        }
        indexAdmin.reindexIfOutOfSync();
    }
}
