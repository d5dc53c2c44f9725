package be.wegwijzer.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal itself ({@code wegwijzer.*}); see README "Configuration".
 *
 * @param dataDir        folder for the embedded MariaDB data and the Lucene index
 * @param contentDir     folder with the content files (taxonomies and items)
 * @param importOnStart  import {@code contentDir} on start when its files changed
 * @param embeddedDb     embedded MariaDB settings, used only when no datasource URL is configured
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("content") Path contentDir,
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param port     TCP port on loopback; 0 picks a free one
     * @param database schema name
     */
    public record EmbeddedDb(@DefaultValue("0") int port, @DefaultValue("wegwijzer") String database) {
    }

    public Path databaseDir() {
        return dataDir.resolve("mariadb");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
