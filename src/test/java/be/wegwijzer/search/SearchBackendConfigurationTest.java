package be.wegwijzer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wegwijzer.base.WegwijzerProperties;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchBackendConfigurationTest {

    @Test
    void theDefaultIsALocalIndexInTheDataFolderWithoutCoordination() {
        Map<String, Object> settings =
                SearchBackendConfiguration.settings(properties(WegwijzerProperties.Search.lucene()));
        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry(
                        "hibernate.search.backend.directory.root",
                        Path.of("/srv/wegwijzer/index").toString())
                .containsEntry("hibernate.search.backend.analysis.configurer", "bean:dutchAnalysisConfigurer")
                .doesNotContainKey("hibernate.search.coordination.strategy");
    }

    @Test
    void openSearchSharesTheIndexThroughTheOutbox() {
        var search = new WegwijzerProperties.Search(
                WegwijzerProperties.Backend.OPENSEARCH, "https://os1:9200,https://os2:9200", "", "", "acc-");
        Map<String, Object> settings = SearchBackendConfiguration.settings(properties(search));
        assertThat(settings)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "https://os1:9200,https://os2:9200")
                .containsEntry("hibernate.search.backend.analysis.configurer", "bean:openSearchAnalysisConfigurer")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .containsEntry("hibernate.search.schema_management.strategy", "create")
                .doesNotContainKey("hibernate.search.backend.username");
        assertThat(settings.get("hibernate.search.backend.layout.strategy"))
                .isEqualTo(new SearchBackendConfiguration.PrefixedIndexLayout("acc-"));
    }

    @Test
    void credentialsArePassedOnlyWhenGiven() {
        var search = new WegwijzerProperties.Search(
                WegwijzerProperties.Backend.OPENSEARCH, "https://os1:9200", "wegwijzer", "geheim", "wegwijzer-");
        assertThat(SearchBackendConfiguration.settings(properties(search)))
                .containsEntry("hibernate.search.backend.username", "wegwijzer")
                .containsEntry("hibernate.search.backend.password", "geheim");
    }

    @Test
    void indexNamesCarryThePrefixAndMapBackToOneKey() {
        var layout = new SearchBackendConfiguration.PrefixedIndexLayout("acc-");
        assertThat(layout.createInitialElasticsearchIndexName("item")).isEqualTo("acc-item-000001");
        assertThat(layout.createReadAlias("item")).isEqualTo("acc-item-read");
        assertThat(layout.createWriteAlias("item")).isEqualTo("acc-item-write");
        assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("acc-item-000002"))
                .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("item"));
        assertThatThrownBy(() -> layout.extractUniqueKeyFromElasticsearchIndexName("item"))
                .hasMessageContaining("'item'")
                .hasMessageContaining("<six digits>");
    }

    @Test
    void theWordListsReachOpenSearchInItsOwnSyntax() {
        assertThat(OpenSearchAnalysisConfigurer.stemRules(DutchAnalysis.STEM_OVERRIDES))
                .contains("fietsen => fiets");
        assertThat(OpenSearchAnalysisConfigurer.stopWords(DutchAnalysis.STOP_WORDS))
                .contains("de", "het", "een")
                .doesNotContain("|", "");
        assertThat(OpenSearchAnalysisConfigurer.lines(DutchAnalysis.COMPOUND_WORDS))
                .isNotEmpty()
                .noneMatch(line -> line.startsWith("#") || line.isBlank());
    }

    private static WegwijzerProperties properties(WegwijzerProperties.Search search) {
        return new WegwijzerProperties(
                Path.of("/srv/wegwijzer"),
                Path.of("content"),
                true,
                new WegwijzerProperties.EmbeddedDb(0, "wegwijzer"),
                search);
    }
}
