package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a query into a {@link QueryPlan}: splits off quoted phrases and minus-words, finds synonym phrases (longest
 * first, so "kleine onderneming" is one concept and not two words) and splits compounds the index may only know
 * in parts. Uses the query analyzer, so words are compared exactly as the index compares them.
 */
@Component
public class QueryPlanner {

    /** Words that frame a question ("welke", "waar", "vind") without saying what it is about. */
    static final String QUESTION_WORDS = "search/question-words.txt";
    /** Words that name a kind of item ("subsidie", "voorbeeld"), per type. */
    static final String TYPE_WORDS = "search/type-words.txt";

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    /** Punctuation around a word ("werkdruk?", "(kmo)") that is not part of it; inner hyphens and apostrophes stay. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}&&[^-]]+|[\\p{Punct}&&[^']]+$");

    private final Supplier<Synonyms> synonyms;
    private final Compounds compounds = Compounds.load();
    private final Analyzer analyzer = DutchAnalysis.query();
    private final Set<String> questionWords = Set.copyOf(lines(QUESTION_WORDS));
    private final Map<String, ItemType> typeWords = loadTypeWords();

    @Autowired
    QueryPlanner(SynonymService synonyms) {
        this(synonyms::current);
    }

    /** With fixed synonyms, for tests. */
    QueryPlanner(Supplier<Synonyms> synonyms) {
        this.synonyms = synonyms;
    }

    public QueryPlan plan(QueryText query) {
        if (query.isBlank()) {
            return QueryPlan.EMPTY;
        }
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher m = TOKEN.matcher(query.text());
        while (m.find()) {
            if (m.group(1) != null) {
                String phrase = m.group(1).strip();
                if (!phrase.isEmpty() && !Synonyms.analyse(analyzer, phrase).isEmpty()) {
                    phrases.add(phrase);
                }
                continue;
            }
            String word = m.group(2);
            if (word.length() > 1 && word.startsWith("-")) {
                String bare = EDGE_PUNCTUATION.matcher(word.substring(1)).replaceAll("");
                if (!bare.isEmpty()) {
                    excluded.add(bare);
                }
                continue;
            }
            String bare = EDGE_PUNCTUATION
                    .matcher(word.startsWith("+") ? word.substring(1) : word)
                    .replaceAll("");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        Set<ItemType> wanted = words.stream()
                .map(w -> typeWords.get(w.toLowerCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemType.class)));
        return new QueryPlan(query.text(), concepts(words), phrases, excluded, Set.copyOf(wanted));
    }

    private List<QueryPlan.Concept> concepts(List<String> words) {
        List<String> stems = words.stream()
                .map(w -> String.join(" ", Synonyms.analyse(analyzer, w)))
                .toList();
        Synonyms known = synonyms.get();
        List<QueryPlan.Concept> concepts = new ArrayList<>();
        List<Synonyms.Match> matches = known.find(stems);
        int next = 0;
        for (int i = 0; i < words.size(); ) {
            Synonyms.Match match = next < matches.size() && matches.get(next).from() == i ? matches.get(next++) : null;
            if (match != null) {
                List<String> span = words.subList(match.from(), match.to());
                String text = String.join(" ", span);
                boolean single = span.size() == 1;
                concepts.add(new QueryPlan.Concept(
                        text,
                        single ? stems.get(i) : String.join(" ", stems.subList(match.from(), match.to())),
                        match.alternatives(),
                        single ? parts(text, known) : List.of(),
                        single && namesAType(text) && hasOtherWords(stems, i)));
                i = match.to();
                continue;
            }
            // stop words ("de", "hoe", "een") carry no concept of their own, and question words only frame one
            if (!stems.get(i).isEmpty()
                    && !(questionWords.contains(words.get(i).toLowerCase(Locale.ROOT)) && hasOtherWords(stems, i))) {
                String word = words.get(i);
                concepts.add(new QueryPlan.Concept(
                        word, stems.get(i), Set.of(), parts(word, known), namesAType(word) && hasOtherWords(stems, i)));
            }
            i++;
        }
        return concepts;
    }

    /** "subsidie", "voorbeeld": a word that says what kind of item is wanted rather than what it is about. */
    private boolean namesAType(String word) {
        return typeWords.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private List<QueryPlan.Part> parts(String word, Synonyms known) {
        return compounds.split(word).stream()
                .map(part -> new QueryPlan.Part(part, known.alternativesOf(Synonyms.key(analyzer, part))))
                .toList();
    }

    /** Whether the query has a meaningful word besides the one at {@code index}: a lone question word still counts. */
    private boolean hasOtherWords(List<String> stems, int index) {
        for (int j = 0; j < stems.size(); j++) {
            if (j != index && !stems.get(j).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, ItemType> loadTypeWords() {
        Map<String, ItemType> byWord = new HashMap<>();
        for (String line : lines(TYPE_WORDS)) {
            int colon = line.indexOf(':');
            ItemType type = colon < 0
                    ? null
                    : ItemType.fromSegment(line.substring(0, colon).strip()).orElse(null);
            if (type == null) {
                throw new IllegalStateException(
                        TYPE_WORDS + ": '" + line + "' does not start with an item type code and a colon");
            }
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                byWord.put(word, type);
            }
        }
        return Map.copyOf(byWord);
    }

    /** The lines of a word list on the class path, lowercase, without comments and blank lines. */
    private static List<String> lines(String resource) {
        try (var in = QueryPlanner.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
