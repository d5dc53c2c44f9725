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
 * @param search         where the search index lives (docs/deployment.md)
 */
@ConfigurationProperties("wegwijzer")
public record WegwijzerProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("content") Path contentDir,
        @DefaultValue("true") boolean importOnStart,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Search search) {

    /**
     * @param port     TCP port on loopback; 0 picks a free one
     * @param database schema name
     */
    public record EmbeddedDb(
            @DefaultValue("0") int port,
            @DefaultValue("wegwijzer") String database) {}

    /**
     * @param backend            {@code lucene}: a local index in {@link #indexDir()} (one portal node);
     *                           {@code opensearch}: an OpenSearch cluster shared by several portal nodes, which pass
     *                           index changes to each other through an outbox table in MariaDB (outbox polling)
     * @param opensearchUris     comma-separated addresses of the cluster's nodes, e.g. {@code https://os1:9200}
     * @param opensearchUsername basic-authentication user; empty for none
     * @param opensearchPassword basic-authentication password
     * @param opensearchIndexPrefix put before the index names, so that several portals (production, acceptance) can
     *                           share a cluster
     */
    public record Search(
            @DefaultValue("lucene") Backend backend,
            @DefaultValue("http://localhost:9200") String opensearchUris,
            @DefaultValue("") String opensearchUsername,
            @DefaultValue("") String opensearchPassword,
            @DefaultValue("wegwijzer-") String opensearchIndexPrefix) {

        /** The default: a local Lucene index. */
        public static Search lucene() {
            return new Search(Backend.LUCENE, "http://localhost:9200", "", "", "wegwijzer-");
        }
    }

    public enum Backend {
        LUCENE,
        OPENSEARCH
    }

    public Path databaseDir() {
        return dataDir.resolve("mariadb");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
