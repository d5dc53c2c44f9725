package be.wegwijzer.linkcheck;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;

/** One address in one item, as read from the database. */
record ItemUrl(String url, Long itemId, ItemType type, String slug, String title, ItemStatus status, String label) {

    /** For the single-address fields, which have no label of their own. */
    ItemUrl(String url, Long itemId, ItemType type, String slug, String title, ItemStatus status) {
        this(url, itemId, type, slug, title, status, null);
    }

    LinkUse use(LinkField field) {
        return new LinkUse(itemId, type, slug, title, status, field, label);
    }
}
