package be.wegwijzer.benchmark;

import be.wegwijzer.catalog.Coded;
import be.wegwijzer.catalog.Cost;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.ItemIndex;
import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.Level;
import be.wegwijzer.search.DutchAnalysis;
import be.wegwijzer.search.Facet;
import be.wegwijzer.search.QueryText;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchSort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The floor: the same search as {@code ItemSearchRepositoryImpl} written directly against Lucene on the very index
 * Hibernate Search built. Same analyzer ({@link DutchAnalysis#query()}), same fields and boosts, same all-words-then-
 * any-word fallback, same filters, same sort, the page of hits with their stored fields, the facet counts (each
 * filtered facet counted again without its own filter) and the "open measures" count. No highlighting: that is part
 * of what the service adds on top of the floor.
 */
final class RawLuceneSearch implements AutoCloseable {

    /** Mirrors {@code ItemSearchRepositoryImpl}'s boosts; the run checks that both return the same hits. */
    private static final Map<String, Float> WEIGHTS =
            Map.of(ItemIndex.TITLE, 4f, ItemIndex.SUMMARY, 2f, ItemIndex.KEYWORDS, 1.5f, ItemIndex.BODY, 1f);

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR;
    private static final Map<Facet, String> FIELDS = new EnumMap<>(Map.of(
            Facet.TYPE,
            ItemIndex.TYPE,
            Facet.THEME,
            ItemIndex.THEME,
            Facet.AUDIENCE,
            ItemIndex.AUDIENCE,
            Facet.SECTOR,
            ItemIndex.SECTOR,
            Facet.SIZE,
            ItemIndex.SIZE,
            Facet.REGION,
            ItemIndex.REGION,
            Facet.LEVEL,
            ItemIndex.LEVEL,
            Facet.COST,
            ItemIndex.COST));
    private static final Set<String> HIT_FIELDS = Set.of(
            "slug", ItemIndex.TYPE, ItemIndex.TITLE, "ownerName", "themeLabels", ItemIndex.DEADLINE, "periodOther");

    record Result(long total, List<String> slugs, Map<Facet, Map<String, Long>> counts, long openMeasures) {}

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = DutchAnalysis.query();
    private final LocalDate today;

    RawLuceneSearch(Path indexDir, LocalDate today) {
        try {
            this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        this.today = today;
    }

    Result search(SearchRequest request) {
        try {
            QueryText text = QueryText.of(request.query());
            Result result = search(request, text, true);
            if (result.total() == 0 && text.wordCount() > 1) {
                result = search(request, text, false);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result search(SearchRequest request, QueryText text, boolean matchAll) throws IOException {
        Query textQuery = null;
        if (!text.isBlank()) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS, FLAGS);
            parser.setDefaultOperator(matchAll ? Occur.MUST : Occur.SHOULD);
            textQuery = parser.parse(text.text());
        }
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, codes) -> filters.put(facet, facetFilter(facet, codes)));

        List<Facet> countedInMain = Arrays.stream(Facet.values())
                .filter(f -> !filters.containsKey(f))
                .toList();
        int offset = request.page() * request.pageSize();
        var top = new TopFieldCollectorManager(
                sort(request.sort(), textQuery != null), offset + request.pageSize(), null, Integer.MAX_VALUE, false);
        Object[] results = searcher.search(
                combine(textQuery, filters, null, false),
                new MultiCollectorManager(top, new FacetCounts(countedInMain)));
        TopDocs topDocs = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<Facet, Map<String, Long>> counts = (Map<Facet, Map<String, Long>>) results[1];

        List<String> slugs = new ArrayList<>();
        var storedFields = searcher.storedFields();
        ScoreDoc[] docs = topDocs.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
            slugs.add(storedFields.document(docs[i].doc, HIT_FIELDS).get("slug"));
        }
        for (Facet facet : filters.keySet()) {
            counts.putAll(searcher.search(combine(textQuery, filters, facet, false), new FacetCounts(List.of(facet))));
        }
        long openMeasures =
                request.openOnly() ? topDocs.totalHits.value : searcher.count(combine(textQuery, filters, null, true));
        return new Result(topDocs.totalHits.value, slugs, counts, openMeasures);
    }

    private Query combine(Query text, Map<Facet, Query> filters, Facet leaveOut, boolean openOnly) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ItemIndex.STATUS, ItemStatus.GEPUBLICEERD.name())), Occur.FILTER);
        if (text != null) {
            bool.add(text, Occur.MUST);
        }
        filters.forEach((facet, filter) -> {
            if (facet != leaveOut) {
                bool.add(filter, Occur.FILTER);
            }
        });
        if (openOnly) {
            // a measure that has started (or has no start) and has not ended (or has no end); dates are epoch days
            long day = today.toEpochDay();
            bool.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(ItemIndex.TYPE, ItemType.MAATREGEL.name())), Occur.MUST)
                            .add(LongPoint.newRangeQuery(ItemIndex.DEADLINE, Long.MIN_VALUE, day - 1), Occur.MUST_NOT)
                            .add(LongPoint.newRangeQuery("periodOther", day + 1, Long.MAX_VALUE), Occur.MUST_NOT)
                            .build(),
                    Occur.FILTER);
        }
        return bool.build();
    }

    private static Query facetFilter(Facet facet, Set<String> codes) {
        Set<String> values = new LinkedHashSet<>();
        for (String code : codes) {
            String value = switch (facet) {
                case TYPE -> ItemType.fromSegment(code).map(Enum::name).orElse(null);
                case LEVEL -> enumName(Level.values(), code);
                case COST -> enumName(Cost.values(), code);
                default -> code;
            };
            if (value != null) {
                values.add(value);
            }
        }
        if (facet == Facet.SECTOR || facet == Facet.REGION) {
            values.add(Item.ALL);
        }
        return new TermInSetQuery(
                FIELDS.get(facet), values.stream().map(BytesRef::new).toList());
    }

    private static <E extends Enum<E> & Coded> String enumName(E[] values, String code) {
        return Arrays.stream(values)
                .filter(v -> v.code().equals(code))
                .map(Enum::name)
                .findFirst()
                .orElse(null);
    }

    private static Sort sort(SearchSort sort, boolean hasText) {
        SortField title = new SortedSetSortField(ItemIndex.TITLE_SORT, false);
        return switch (sort) {
            case NEWEST -> {
                SortedNumericSortField published =
                        new SortedNumericSortField(ItemIndex.PUBLISHED_AT, SortField.Type.LONG, true);
                published.setMissingValue(Long.MIN_VALUE);
                yield new Sort(
                        published,
                        new SortedNumericSortField(ItemIndex.CURRENT_AS_OF, SortField.Type.LONG, true),
                        title);
            }
            case RELEVANCE, DEADLINE ->
                hasText
                        ? new Sort(SortField.FIELD_SCORE, title)
                        : new Sort(new SortedSetSortField(ItemIndex.TYPE, false), title);
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Counts the values of some facets over all matching documents from their doc values, as a terms aggregation does. */
    private static final class FacetCounts
            implements CollectorManager<FacetCounts.PerSegment, Map<Facet, Map<String, Long>>> {

        private final List<Facet> facets;

        FacetCounts(List<Facet> facets) {
            this.facets = facets;
        }

        @Override
        public PerSegment newCollector() {
            return new PerSegment(facets);
        }

        @Override
        public Map<Facet, Map<String, Long>> reduce(Collection<PerSegment> collectors) throws IOException {
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            facets.forEach(f -> counts.put(f, new HashMap<>()));
            for (PerSegment collector : collectors) {
                collector.addTo(counts);
            }
            return counts;
        }

        static final class PerSegment implements Collector {
            private final List<Facet> facets;
            private final List<SortedSetDocValues[]> values = new ArrayList<>();
            private final List<long[][]> ordinalCounts = new ArrayList<>();

            PerSegment(List<Facet> facets) {
                this.facets = facets;
            }

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                SortedSetDocValues[] docValues = new SortedSetDocValues[facets.size()];
                long[][] counts = new long[facets.size()][];
                for (int i = 0; i < facets.size(); i++) {
                    docValues[i] = context.reader().getSortedSetDocValues(FIELDS.get(facets.get(i)));
                    counts[i] = new long[docValues[i] == null ? 0 : (int) docValues[i].getValueCount()];
                }
                values.add(docValues);
                ordinalCounts.add(counts);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        for (int i = 0; i < docValues.length; i++) {
                            SortedSetDocValues dv = docValues[i];
                            if (dv != null && dv.advanceExact(doc)) {
                                for (int n = 0; n < dv.docValueCount(); n++) {
                                    counts[i][(int) dv.nextOrd()]++;
                                }
                            }
                        }
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            void addTo(Map<Facet, Map<String, Long>> total) throws IOException {
                for (int segment = 0; segment < values.size(); segment++) {
                    for (int i = 0; i < facets.size(); i++) {
                        SortedSetDocValues dv = values.get(segment)[i];
                        long[] counts = ordinalCounts.get(segment)[i];
                        Map<String, Long> byValue = total.get(facets.get(i));
                        for (int ord = 0; ord < counts.length; ord++) {
                            if (counts[ord] > 0) {
                                byValue.merge(dv.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                            }
                        }
                    }
                }
            }
        }
    }
}
