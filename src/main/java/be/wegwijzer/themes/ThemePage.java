package be.wegwijzer.themes;

import be.wegwijzer.catalog.ItemType;
import be.wegwijzer.catalog.TaxonomyService;
import be.wegwijzer.search.ItemHit;
import java.util.List;
import java.util.Map;

/**
 * A theme with its place in the tree and its items grouped by type.
 *
 * @param fiches the inspiration fiches about the theme: the concrete explanation with actions per level
 * @param groups the other items by type, the first few of each
 * @param counts how many items of each type the theme holds
 */
public record ThemePage(
        TaxonomyService.Term theme,
        TaxonomyService.Term parent,
        List<TaxonomyService.Term> children,
        List<ItemHit> fiches,
        Map<ItemType, List<ItemHit>> groups,
        Map<ItemType, Long> counts) {}
