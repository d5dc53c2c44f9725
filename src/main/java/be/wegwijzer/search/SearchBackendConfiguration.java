package be.wegwijzer.search;

import be.wegwijzer.base.WegwijzerProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchBackendSettings;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code wegwijzer.search.*} into Hibernate Search settings: either a local Lucene index (one portal node), or
 * an OpenSearch cluster with outbox-polling coordination, so that several portal nodes share one index and one
 * MariaDB (docs/deployment.md). Settings given as {@code spring.jpa.properties.hibernate.search.*} win.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    private static final String SEARCH = "hibernate.search.";
    private static final String BACKEND = SEARCH + "backend.";

    @Bean
    HibernatePropertiesCustomizer searchBackendSettings(WegwijzerProperties properties) {
        return hibernate -> settings(properties).forEach(hibernate::putIfAbsent);
    }

    /** Term statistics, disjunction max and spelling: read from the local index, or asked of the cluster. */
    @Bean
    IndexAccess.Factory indexAccess(WegwijzerProperties properties) {
        return switch (properties.search().backend()) {
            case LUCENE -> LuceneIndexAccess.FACTORY;
            case OPENSEARCH -> OpenSearchIndexAccess.FACTORY;
        };
    }

    static Map<String, Object> settings(WegwijzerProperties properties) {
        WegwijzerProperties.Search search = properties.search();
        return switch (search.backend()) {
            case LUCENE ->
                Map.of(
                        BACKEND + "type", "lucene",
                        BACKEND + "directory.root", properties.indexDir().toString(),
                        BACKEND + "analysis.configurer", "bean:dutchAnalysisConfigurer",
                        BACKEND + "lucene_version", "LATEST");
            case OPENSEARCH -> {
                var settings = new HashMap<String, Object>(Map.of(
                        BACKEND + "type", "elasticsearch",
                        BACKEND + "uris", search.opensearchUris(),
                        BACKEND + "analysis.configurer", "bean:openSearchAnalysisConfigurer",
                        BACKEND + ElasticsearchBackendSettings.LAYOUT_STRATEGY,
                                new PrefixedIndexLayout(search.opensearchIndexPrefix()),
                        // create a missing index, never fail on an outdated one: SearchIndexAdmin recreates it
                        // when the mapping version changed
                        SEARCH + "schema_management.strategy", "create",
                        // every node writes index changes to an outbox table in the same transaction as the
                        // change; the nodes' event processors share the work and survive a node's restart
                        SEARCH + "coordination.strategy", "outbox-polling"));
                if (!search.opensearchUsername().isBlank()) {
                    settings.put(BACKEND + "username", search.opensearchUsername());
                    settings.put(BACKEND + "password", search.opensearchPassword());
                }
                yield settings;
            }
        };
    }

    /**
     * Hibernate Search's default layout (an index {@code item-000001} behind aliases {@code item-read} and
     * {@code item-write}, so a reindex can swap indexes) with a prefix before every name.
     */
    record PrefixedIndexLayout(String prefix) implements IndexLayoutStrategy {

        private static final Pattern INDEX_NAME = Pattern.compile("(.*)-\\d{6}");

        @Override
        public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
            return prefix + hibernateSearchIndexName + "-000001";
        }

        @Override
        public String createWriteAlias(String hibernateSearchIndexName) {
            return prefix + hibernateSearchIndexName + "-write";
        }

        @Override
        public String createReadAlias(String hibernateSearchIndexName) {
            return prefix + hibernateSearchIndexName + "-read";
        }

        @Override
        public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
            return prefix + hibernateSearchIndexName;
        }

        @Override
        public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
            Matcher m = INDEX_NAME.matcher(elasticsearchIndexName);
            if (!m.matches()) {
                throw new IllegalArgumentException("Unexpected index name '" + elasticsearchIndexName
                        + "': expected <prefix><index>-<six digits>");
            }
            return m.group(1);
        }
    }
}
