package be.wegwijzer.feeds;

import be.wegwijzer.catalog.ItemType;
import java.time.Instant;
import java.util.List;

/**
 * One published item as a feed entry.
 *
 * @param published first publication (falls back to creation for items imported before publication was recorded)
 * @param updated   the item's last change, not a verification date: a feed reader shows it as "changed"
 * @param owner     the owning organisation's name, or null
 */
record FeedEntry(
        ItemType type,
        String slug,
        String title,
        String summary,
        String owner,
        List<String> themes,
        Instant published,
        Instant updated) {

    String path() {
        return "/" + type.segment() + "/" + slug;
    }
}
