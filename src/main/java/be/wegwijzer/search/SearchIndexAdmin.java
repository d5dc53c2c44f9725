package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mass indexing and the check that the Lucene index matches the database. */
@Service
public class SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);

    @PersistenceContext
    private EntityManager entityManager;

    /** Rebuilds the whole index from the database; returns how many items were indexed. */
    @Transactional(readOnly = true)
    public long reindexAll() {
        long started = System.nanoTime();
        SearchSession session = Search.session(entityManager);
        try {
            session.massIndexer(Item.class)
                    .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
                    .batchSizeToLoadObjects(200)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindexing was interrupted", e);
        }
        long count = indexedCount();
        log.info("Indexed {} items in {} ms", count, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return count;
    }

    /** Reindexes when the index lost items or holds stale ones, e.g. after the index folder was removed. */
    @Transactional(readOnly = true)
    public boolean reindexIfOutOfSync() {
        long inDatabase = entityManager.createQuery("select count(i) from Item i", Long.class).getSingleResult();
        long inIndex = indexedCount();
        if (inDatabase != inIndex) {
            log.info("Search index holds {} items, database {}: reindexing", inIndex, inDatabase);
            reindexAll();
            return true;
        }
        return false;
    }

    @Transactional(readOnly = true)
    public long indexedCount() {
        return Search.session(entityManager).search(Item.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
