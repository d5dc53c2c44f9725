package be.wegwijzer.linkcheck;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;

/**
 * An item that uses a link.
 *
 * @param itemId     the item, for a link to the editor
 * @param itemType   type of the item
 * @param slug       the item's slug
 * @param title      the item's title
 * @param itemStatus published or one of the draft states
 * @param field      where in the item the link sits
 * @param linkLabel  the label of the link for {@link LinkField#LINK}, otherwise null
 */
public record LinkUse(
        long itemId,
        ItemType itemType,
        String slug,
        String title,
        ItemStatus itemStatus,
        LinkField field,
        String linkLabel) {

    /** Path of the item's public page, e.g. {@code /tool/werkbaarheidsmonitor}. */
    public String path() {
        return "/" + itemType.segment() + "/" + slug;
    }
}
