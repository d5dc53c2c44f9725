package be.wegwijzer.search;

import be.wegwijzer.base.WegwijzerProperties;
import be.wegwijzer.catalog.Item;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mass indexing and the check that the index matches the database and the current mapping. The index records which
 * mapping built it (fields, analysis resources) — a file beside a local Lucene index, a row in MariaDB for a shared
 * OpenSearch index; when a new version of the portal maps or analyses differently, the next start rebuilds the index
 * instead of searching stale documents.
 */
@Service
public class SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    static final String VERSION_FILE = "wegwijzer-index.version";
    /** Bump when analysis changes in code (not in the resource files, which are fingerprinted). */
    static final int ANALYSIS_VERSION = 3;

    @PersistenceContext
    private EntityManager entityManager;

    private final Path indexDir;
    private final WegwijzerProperties.Backend backend;
    private final TransactionTemplate writeTransaction;

    SearchIndexAdmin(WegwijzerProperties properties, PlatformTransactionManager transactions) {
        this.indexDir = properties.indexDir();
        this.backend = properties.search().backend();
        this.writeTransaction = new TransactionTemplate(transactions);
        writeTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Rebuilds the whole index from the database; returns how many items were indexed. */
    @Transactional(readOnly = true)
    public long reindexAll() {
        return reindex(false);
    }

    /**
     * @param recreate drop and create the index first: on OpenSearch the index keeps the analysis settings it was
     *                 created with, so a new mapping version needs a new index (the local index is rebuilt anyway)
     */
    private long reindex(boolean recreate) {
        long started = System.nanoTime();
        SearchSession session = Search.session(entityManager);
        try {
            session.massIndexer(Item.class)
                    .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                    .batchSizeToLoadObjects(200)
                    .dropAndCreateSchemaOnStart(recreate)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        }
        long count = indexedCount();
        log.info(
                "Indexed {} items in {} ms",
                count,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        writeVersion();
        return count;
    }

    /**
     * Reindexes when the index lost items or holds stale ones (the index folder was removed, the database was
     * replaced) or when it was built by another mapping version.
     */
    @Transactional(readOnly = true)
    public boolean reindexIfOutOfSync() {
        long inDatabase = entityManager
                .createQuery("select count(i) from Item i", Long.class)
                .getSingleResult();
        long inIndex = indexedCount();
        if (inDatabase != inIndex) {
            log.info("Search index holds {} items, database {}: reindexing", inIndex, inDatabase);
            reindexAll();
            return true;
        }
        if (!currentVersion().equals(storedVersion())) {
            log.info("Search index was built by another mapping version: reindexing");
            reindex(backend == WegwijzerProperties.Backend.OPENSEARCH);
            return true;
        }
        return false;
    }

    /** A fingerprint of what decides the index's contents: every field with its type and analysis, and the word lists. */
    String currentVersion() {
        StringBuilder description = new StringBuilder("analysis=" + ANALYSIS_VERSION + "\n");
        IndexDescriptor descriptor = Search.mapping(entityManager.getEntityManagerFactory())
                .indexedEntity(Item.class)
                .indexManager()
                .descriptor();
        descriptor.staticFields().stream()
                .filter(IndexFieldDescriptor::isValueField)
                .map(IndexFieldDescriptor::toValueField)
                .sorted(Comparator.comparing(IndexValueFieldDescriptor::absolutePath))
                .forEach(f -> description
                        .append(f.absolutePath())
                        .append(' ')
                        .append(f.type().valueClass().getSimpleName())
                        .append(' ')
                        .append(f.type().analyzerName().orElse("-"))
                        .append(' ')
                        .append(f.type().searchAnalyzerName().orElse("-"))
                        .append(' ')
                        .append(f.type().projectable())
                        .append(f.type().sortable())
                        .append(f.type().aggregable())
                        .append('\n'));
        for (String resource : new String[] {DutchAnalysis.COMPOUND_WORDS, DutchAnalysis.STEM_OVERRIDES}) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                description
                        .append(resource)
                        .append(' ')
                        .append(in == null ? "missing" : Arrays.hashCode(in.readAllBytes()))
                        .append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.toHexString(description.toString().hashCode());
    }

    private String storedVersion() {
        if (backend == WegwijzerProperties.Backend.OPENSEARCH) {
            List<?> stored = entityManager
                    .createNativeQuery("select version from search_index_version where backend = ?1")
                    .setParameter(1, backend.name())
                    .getResultList();
            return stored.isEmpty() ? "" : stored.getFirst().toString();
        }
        try {
            Path file = indexDir.resolve(VERSION_FILE);
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void writeVersion() {
        String version = currentVersion();
        if (backend == WegwijzerProperties.Backend.OPENSEARCH) {
            // shared by all nodes: in a transaction of its own, as the reindex runs in a read-only one
            writeTransaction.executeWithoutResult(status -> entityManager
                    .createNativeQuery(
                            "replace into search_index_version (backend, version, built_at) values (?1, ?2, ?3)")
                    .setParameter(1, backend.name())
                    .setParameter(2, version)
                    .setParameter(3, Instant.now())
                    .executeUpdate());
            return;
        }
        try {
            Files.createDirectories(indexDir);
            Files.writeString(indexDir.resolve(VERSION_FILE), version);
        } catch (IOException e) {
            log.warn("Could not record the index version in {}", indexDir, e);
        }
    }

    /**
     * Index changes written by the portal nodes and not yet applied to the shared index (outbox polling); what to
     * watch on a multi-node setup. Always 0 with the local index, which is updated at commit.
     */
    @Transactional(readOnly = true)
    public long pendingIndexChanges() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from hsearch_outbox_event")
                        .getSingleResult())
                .longValue();
    }

    @Transactional(readOnly = true)
    public long indexedCount() {
        return Search.session(entityManager)
                .search(Item.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }
}
