package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.WordlistLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers the analyzers of {@link DutchAnalysis} with an OpenSearch index: every step becomes a token filter of the
 * OpenSearch type that wraps the same Lucene filter. Word lists go inline into the index settings, because the cluster
 * cannot read the portal's classpath; changing a list therefore changes the settings, and the portal reindexes
 * ({@link SearchIndexAdmin}).
 */
@Component("openSearchAnalysisConfigurer")
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        for (DutchAnalysis.Chain chain : DutchAnalysis.ANALYZERS) {
            context.analyzer(chain.name())
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(filters(context, chain.name(), chain.steps()));
        }
        context.normalizer(ItemIndex.SORT)
                .custom()
                .tokenFilters(filters(context, ItemIndex.SORT, DutchAnalysis.SORT_NORMALIZER));
    }

    /** Defines the filters a chain needs and returns their names in order. */
    private static String[] filters(
            ElasticsearchAnalysisConfigurationContext context, String chain, List<DutchAnalysis.Step> steps) {
        List<String> names = new ArrayList<>();
        for (DutchAnalysis.Step step : steps) {
            String name = chain + "_" + names.size();
            switch (step) {
                case DutchAnalysis.Lowercase l -> name = "lowercase";
                case DutchAnalysis.AsciiFolding a -> name = "asciifolding";
                case DutchAnalysis.KeepFirstGroup k ->
                    context.tokenFilter(name)
                            .type("pattern_replace")
                            .param("pattern", k.pattern())
                            .param("replacement", "$1")
                            .param("all", false);
                case DutchAnalysis.StopWords s ->
                    context.tokenFilter(name)
                            .type("stop")
                            .param("stopwords", stopWords(s.resource()))
                            .param("ignore_case", true);
                case DutchAnalysis.Decompound d ->
                    context.tokenFilter(name)
                            .type("dictionary_decompounder")
                            .param("word_list", lines(d.dictionary()).toArray(String[]::new))
                            .param("min_word_size", d.minWordSize())
                            .param("min_subword_size", d.minSubwordSize())
                            .param("max_subword_size", d.maxSubwordSize())
                            .param("only_longest_match", true);
                case DutchAnalysis.StemmerOverride o ->
                    context.tokenFilter(name).type("stemmer_override").param("rules", stemRules(o.dictionary()));
                case DutchAnalysis.Snowball s ->
                    context.tokenFilter(name).type("snowball").param("language", s.language());
                case DutchAnalysis.EdgeNGram e ->
                    context.tokenFilter(name)
                            .type("edge_ngram")
                            .param("min_gram", e.minGram())
                            .param("max_gram", e.maxGram());
            }
            names.add(name);
        }
        return names.toArray(String[]::new);
    }

    /** Lucene's stemmer-override file ({@code word<TAB>stem}) in OpenSearch's rule syntax ({@code word => stem}). */
    static String[] stemRules(String resource) {
        return lines(resource).stream()
                .map(line -> {
                    String[] parts = line.split("\t");
                    if (parts.length != 2) {
                        throw new IllegalStateException(resource + ": expected 'word<TAB>stem', found '" + line + "'");
                    }
                    return parts[0] + " => " + parts[1];
                })
                .toArray(String[]::new);
    }

    static String[] stopWords(String resource) {
        try (InputStreamReader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader).stream()
                    .map(word -> new String((char[]) word))
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a word list as Lucene reads them: trimmed, without blank lines and '#' comments. */
    static List<String> lines(String resource) {
        try (InputStream in = open(resource)) {
            return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OpenSearchAnalysisConfigurer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing analysis resource " + resource);
        }
        return in;
    }
}
