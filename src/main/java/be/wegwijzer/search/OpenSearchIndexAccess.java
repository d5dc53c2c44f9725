package be.wegwijzer.search;

import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * {@link IndexAccess} on an OpenSearch cluster: a filters aggregation for statistics, OpenSearch's own {@code dis_max} query and
 * term suggester — the same Lucene machinery as {@link LuceneIndexAccess}, reached over HTTP.
 */
final class OpenSearchIndexAccess implements IndexAccess {

    static final Factory FACTORY = new Factory() {
        @Override
        public IndexAccess open(SearchSession session, SearchScope<Item> scope) {
            return new OpenSearchIndexAccess(session, scope);
        }

        @Override
        public float constantScoreScale() {
            return LEGACY_BM25_FACTOR;
        }

        @Override
        public boolean encodesHighlightsOncePerQuery() {
            return true;
        }
    };
    /** OpenSearch 2's BM25 keeps the factor (k1 + 1) that Lucene dropped; k1 is 1.2 in both. */
    static final float LEGACY_BM25_FACTOR = 2.2f;

    private final SearchSession session;
    private final SearchScope<Item> scope;

    OpenSearchIndexAccess(SearchSession session, SearchScope<Item> scope) {
        this.session = session;
        this.scope = scope;
    }

    /**
     * One request per call: a {@code filters} aggregation counts, for every term and full-text field, the items that
     * hold the term there — the field where it is most frequent counts, like Lucene's docFreq per field.
     */
    @Override
    public int docFreq(String stems) {
        List<String> terms =
                Arrays.stream(stems.split(" ")).filter(t -> !t.isEmpty()).toList();
        if (terms.isEmpty()) {
            return 0;
        }
        JsonObject filters = new JsonObject();
        for (int i = 0; i < terms.size(); i++) {
            for (String field : TextQuery.FULL_TEXT_FIELDS) {
                filters.add(i + ":" + field, wrap("term", wrap(field, new JsonPrimitive(terms.get(i)))));
            }
        }
        AggregationKey<JsonObject> key = AggregationKey.of("docFreq");
        JsonObject buckets = session.search(scope)
                .extension(ElasticsearchExtension.get())
                .select(p -> p.id())
                .where(f -> f.matchAll())
                .aggregation(key, f -> f.fromJson(wrap("filters", wrap("filters", filters))))
                .fetch(0)
                .aggregation(key)
                .getAsJsonObject("buckets");
        int rarest = Integer.MAX_VALUE;
        for (int i = 0; i < terms.size(); i++) {
            int most = 0;
            for (String field : TextQuery.FULL_TEXT_FIELDS) {
                most = Math.max(
                        most,
                        buckets.getAsJsonObject(i + ":" + field)
                                .get("doc_count")
                                .getAsInt());
            }
            rarest = Math.min(rarest, most);
        }
        return rarest;
    }

    @Override
    public PredicateFinalStep bestOf(
            SearchPredicateFactory f, List<List<String>> alternatives, Map<String, Float> fieldWeights, float weight) {
        JsonArray each = new JsonArray();
        for (List<String> terms : alternatives) {
            JsonArray fields = new JsonArray();
            fieldWeights.forEach((field, boost) -> fields.add(fieldQuery(field, terms, boost)));
            JsonObject bool = new JsonObject();
            bool.add("should", fields);
            bool.addProperty("boost", terms.size() == 1 ? 1f : 1f / terms.size());
            each.add(wrap("bool", bool));
        }
        JsonObject disMax = new JsonObject();
        disMax.add("queries", each);
        disMax.addProperty("tie_breaker", 0);
        disMax.addProperty("boost", weight);
        return f.extension(ElasticsearchExtension.get()).fromJson(wrap("dis_max", disMax));
    }

    /** A term, or the analysed terms as a phrase (the whitespace analyzer keeps them as they are). */
    private static JsonObject fieldQuery(String field, List<String> terms, float boost) {
        JsonObject query = new JsonObject();
        query.addProperty("boost", boost);
        if (terms.size() == 1) {
            query.addProperty("value", terms.getFirst());
            return wrap("term", wrap(field, query));
        }
        query.addProperty("query", String.join(" ", terms));
        query.addProperty("analyzer", "whitespace");
        query.addProperty("slop", 1);
        return wrap("match_phrase", wrap(field, query));
    }

    /** OpenSearch's term suggester with the settings of Lucene's spell checker in {@link LuceneIndexAccess}. */
    @Override
    public Optional<String> correction(String foldedWord) {
        JsonObject term = new JsonObject();
        term.addProperty("field", ItemIndex.SPELL);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("max_edits", Spelling.MAX_EDITS);
        term.addProperty("prefix_length", Spelling.MIN_PREFIX);
        term.addProperty("min_word_length", Spelling.MIN_LENGTH);
        term.addProperty("accuracy", Spelling.ACCURACY);
        term.addProperty("size", 1);
        JsonObject suggestion = new JsonObject();
        suggestion.addProperty("text", foldedWord);
        suggestion.add("term", term);
        JsonObject suggest = wrap("word", suggestion);
        ElasticsearchSearchResult<?> result = session.search(scope)
                .extension(ElasticsearchExtension.get())
                .select(p -> p.id())
                .where(f -> f.matchNone())
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .fetch(0);
        JsonObject body = result.responseBody();
        if (!body.has("suggest")) {
            return Optional.empty();
        }
        for (JsonElement entry : body.getAsJsonObject("suggest").getAsJsonArray("word")) {
            JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
            if (!options.isEmpty()) {
                return Optional.of(options.get(0).getAsJsonObject().get("text").getAsString());
            }
        }
        return Optional.empty();
    }

    private static JsonObject wrap(String name, JsonElement content) {
        JsonObject object = new JsonObject();
        object.add(name, content);
        return object;
    }

    @Override
    public void close() {
        // nothing held: every call is a request of its own
    }
}
