package be.wegwijzer.benchmark;

import be.wegwijzer.search.Facet;
import be.wegwijzer.search.SearchRequest;
import be.wegwijzer.search.SearchSort;
import java.util.List;
import java.util.Map;

/**
 * The fixed mix of searches for the latency runs: one word, several words, questions, phrases, browsing by filters
 * only, 0 to 3 filters, another sort and deep pages. Every search asks for facet counts and highlights, as the
 * search page always does. Filter values are codes of the real taxonomy, which the synthetic corpus shares.
 */
final class QueryMix {

    record Query(String name, String kind, SearchRequest request) {}

    static final List<Query> QUERIES = List.of(
            q("werkdruk", "one word", SearchRequest.of("werkdruk")),
            q("telewerk+tool", "one word", SearchRequest.of("telewerk").withFilter(Facet.TYPE, "tool")),
            q(
                    "subsidie+maatregel+limburg",
                    "one word",
                    SearchRequest.of("subsidie")
                            .withFilter(Facet.TYPE, "maatregel")
                            .withFilter(Facet.REGION, "limburg")),
            q(
                    "opleiding+3 filters",
                    "one word",
                    SearchRequest.of("opleiding")
                            .withFilter(Facet.SIZE, "klein")
                            .withFilter(Facet.AUDIENCE, "werkgevers")
                            .withFilter(Facet.SECTOR, "voeding")),
            q("burn-out", "one word", SearchRequest.of("burn-out")),
            q(
                    "sectorfonds+competenties",
                    "one word",
                    SearchRequest.of("sectorfonds").withFilter(Facet.THEME, "competenties")),
            q("werkdruk verlagen", "several words", SearchRequest.of("werkdruk verlagen")),
            q("stress personeel kmo", "several words", SearchRequest.of("stress personeel kmo")),
            q(
                    "opleiding betalen+maatregel",
                    "several words",
                    SearchRequest.of("opleiding betalen").withFilter(Facet.TYPE, "maatregel")),
            q("re-integratie na ziekte", "several words", SearchRequest.of("re-integratie na ziekte")),
            q("hoe verlaag ik de werkdruk", "several words", SearchRequest.of("hoe verlaag ik de werkdruk")),
            q(
                    "werkbaar werk sectorconvenant+2 filters",
                    "several words",
                    SearchRequest.of("werkbaar werk sectorconvenant")
                            .withFilter(Facet.AUDIENCE, "sectorconsulenten")
                            .withFilter(Facet.LEVEL, "gevorderd")),
            q("leiderschap coachend", "several words", SearchRequest.of("coachend leiderschap")),
            q("\"werkbaar werk\"", "phrase", SearchRequest.of("\"werkbaar werk\"")),
            q(
                    "\"sociaal overleg\"+praktijk",
                    "phrase",
                    SearchRequest.of("\"sociaal overleg\"").withFilter(Facet.TYPE, "praktijk")),
            q(
                    "\"duaal leren\"+2 filters",
                    "phrase",
                    SearchRequest.of("\"duaal leren\"")
                            .withFilter(Facet.REGION, "vlaanderen")
                            .withFilter(Facet.COST, "gesubsidieerd")),
            q("browse fiches", "browse", SearchRequest.of("").withFilter(Facet.TYPE, "fiche")),
            q(
                    "browse werkstress+werkgevers",
                    "browse",
                    SearchRequest.of("")
                            .withFilter(Facet.THEME, "werkstress")
                            .withFilter(Facet.AUDIENCE, "werkgevers")),
            q("browse newest", "browse", SearchRequest.of("").withSort(SearchSort.NEWEST)),
            q("motivatie newest", "one word", SearchRequest.of("motivatie").withSort(SearchSort.NEWEST)),
            q("werk page 10", "deep page", SearchRequest.of("werk").withPage(9)),
            q("werkgevers page 25", "deep page", SearchRequest.of("werkgevers").withPage(24)),
            q(
                    "opleiding+tool page 5",
                    "deep page",
                    SearchRequest.of("opleiding").withFilter(Facet.TYPE, "tool").withPage(4)),
            q(
                    "browse page 50",
                    "deep page",
                    new SearchRequest("", Map.of(), false, SearchSort.RELEVANCE, 49, SearchRequest.DEFAULT_PAGE_SIZE)));

    private QueryMix() {}

    private static Query q(String name, String kind, SearchRequest request) {
        return new Query(name, kind, request);
    }
}
