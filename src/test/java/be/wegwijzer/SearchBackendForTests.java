package be.wegwijzer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the Spring test contexts on the search backend named by the system property {@value #PROPERTY}: {@code lucene}
 * (the default, the normal suite) or {@code opensearch} — then the portal under test indexes into the
 * {@link OpenSearchTestNode} with outbox-polling coordination, exactly as a multi-node production does
 * ({@code ./mvnw -Popensearch verify}). Each context gets indexes of its own on that node.
 */
public class SearchBackendForTests implements ContextCustomizerFactory {

    public static final String PROPERTY = "wegwijzer.test.search-backend";

    public static boolean openSearch() {
        return "opensearch".equals(System.getProperty(PROPERTY, "lucene"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return openSearch() ? new OnOpenSearch() : null;
    }

    /** One value for all test classes, so that they still share one context. */
    private record OnOpenSearch() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "opensearch-test-node",
                            Map.of(
                                    "wegwijzer.search.backend",
                                    "opensearch",
                                    "wegwijzer.search.opensearch-uris",
                                    OpenSearchTestNode.shared().uri(),
                                    "wegwijzer.search.opensearch-index-prefix",
                                    "test-" + UUID.randomUUID().toString().substring(0, 8) + "-",
                                    // a database folder of its own: the Lucene run's JVM may still be stopping its
                                    // MariaDB in the default one
                                    "wegwijzer.data-dir",
                                    System.getProperty("java.io.tmpdir") + "/wegwijzer-test-opensearch",
                                    // the Lucene tests' "sync" has no meaning here: the outbox is always processed in
                                    // the background
                                    // (Hibernate Search takes an empty value as not set)
                                    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy",
                                    "")));
        }
    }
}
