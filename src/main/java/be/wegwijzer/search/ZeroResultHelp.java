package be.wegwijzer.search;

import be.wegwijzer.catalog.TaxonomyService;
import java.util.List;

/**
 * Ways on from a search that found nothing, so it is never a dead end.
 *
 * @param betterSpelling the same search with the better-spelled words, or null when there are none
 * @param withoutFilters the same words without any filter, or null when none was chosen
 * @param themes         themes near the words, or the main themes when none is near
 * @param organisation   an organisation that can help in person, or null when none fits the choices
 */
public record ZeroResultHelp(
        SearchRequest betterSpelling,
        SearchRequest withoutFilters,
        List<TaxonomyService.Term> themes,
        ItemHit organisation) {

    public ZeroResultHelp {
        themes = List.copyOf(themes);
    }
}
