package be.wegwijzer.search;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;
import java.time.LocalDate;

/**
 * What an editor looks for in the item list: any status, unlike the public search. Every part is optional.
 *
 * @param reviewBefore items whose review date is on or before this day
 * @param ownerSlug    items of this organisation
 */
public record EditorQuery(String text, ItemStatus status, ItemType type, String ownerSlug, LocalDate reviewBefore) {

    public static final EditorQuery ALL = new EditorQuery(null, null, null, null, null);
}
