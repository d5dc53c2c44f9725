package be.wegwijzer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The synonym groups as a lookup for query expansion. Words are compared in their analysed form (lowercase, no
 * accents, stemmed), so "overspannen" in a group also catches "overspanning" if both stem alike, and entries of
 * several words ("kleine onderneming") are matched as a sequence in the query.
 */
public final class Synonyms {

    /** Longest entry, in words, that is looked for in a query. */
    static final int MAX_ENTRY_WORDS = 5;

    public static final Synonyms NONE = new Synonyms(Map.of());

    /** Analysed entry ("klein ondernem") → the other entries of its groups, as typed ("kmo", "kleine zaak"). */
    private final Map<String, Set<String>> alternatives;

    private Synonyms(Map<String, Set<String>> alternatives) {
        this.alternatives = alternatives;
    }

    public static Synonyms of(Collection<List<String>> groups, Analyzer analyzer) {
        Map<String, Set<String>> alternatives = new HashMap<>();
        for (List<String> group : groups) {
            for (String entry : group) {
                String key = key(analyzer, entry);
                if (key.isEmpty()) {
                    continue;
                }
                Set<String> others = alternatives.computeIfAbsent(key, k -> new LinkedHashSet<>());
                group.stream()
                        .filter(other -> !key(analyzer, other).equals(key))
                        .forEach(others::add);
            }
        }
        return new Synonyms(Map.copyOf(alternatives));
    }

    /** A span of query words that has synonyms: words {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(int from, int to, Set<String> alternatives) {}

    /**
     * The synonym matches in a query, longest first and without overlaps, given the analysed form of each query
     * word (one stem per word; an empty string for a stop word).
     */
    public List<Match> find(List<String> stems) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Match found = null;
            for (int n = Math.min(MAX_ENTRY_WORDS, stems.size() - i); n >= 1 && found == null; n--) {
                String key = String.join(
                        " ",
                        stems.subList(i, i + n).stream()
                                .filter(s -> !s.isEmpty())
                                .toList());
                Set<String> others = key.isEmpty() ? null : alternatives.get(key);
                if (others != null && !others.isEmpty()) {
                    found = new Match(i, i + n, others);
                }
            }
            if (found != null) {
                matches.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return matches;
    }

    public Set<String> alternativesOf(String stemmedEntry) {
        return alternatives.getOrDefault(stemmedEntry, Set.of());
    }

    public int size() {
        return alternatives.size();
    }

    /** The analysed form of an entry: its stems separated by spaces. */
    public static String key(Analyzer analyzer, String text) {
        return String.join(" ", analyse(analyzer, text));
    }

    static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("synonym", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
