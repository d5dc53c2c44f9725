package be.wegwijzer.itemfile;

import be.wegwijzer.catalog.ItemType;
import java.util.Map;
import java.util.Set;

/**
 * What an item may refer to: the taxonomy codes and the existing items by slug. A {@code null} set means
 * "unknown" (its taxonomy file itself has errors), and then codes of that kind are not checked, so one
 * broken file does not bury the report under hundreds of follow-up errors.
 */
public record Vocabulary(
        Set<String> themes,
        Set<String> audiences,
        Set<String> sectors,
        Set<String> regions,
        Map<String, ItemType> itemsBySlug) {}
