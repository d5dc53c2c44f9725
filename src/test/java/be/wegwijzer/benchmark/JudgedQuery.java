package be.wegwijzer.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A query as a visitor types it, with the items of the real corpus judged relevant to it (slug to grade: 2 highly
 * relevant, 1 relevant). Read from {@value #RESOURCE}.
 */
record JudgedQuery(String query, String kind, Map<String, Integer> grades) {

    static final String RESOURCE = "/benchmark/judged-queries.yml";

    static List<JudgedQuery> load() {
        try (InputStream in = JudgedQuery.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<JudgedQuery> parse(InputStream yaml) {
        List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<JudgedQuery> queries = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            ((Map<String, Object>) entry.get("relevant")).forEach((slug, grade) -> {
                int g = ((Number) grade).intValue();
                if (g < 1 || g > 2) {
                    throw new IllegalArgumentException("Grade must be 1 or 2: " + entry.get("query") + " / " + slug);
                }
                grades.put(slug, g);
            });
            queries.add(new JudgedQuery(String.valueOf(entry.get("query")), String.valueOf(entry.get("kind")), grades));
        }
        return queries;
    }
}
