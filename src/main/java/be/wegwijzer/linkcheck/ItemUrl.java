package be.wegwijzer.linkcheck;

import be.wegwijzer.catalog.ItemStatus;
import be.wegwijzer.catalog.ItemType;

/** One address in one item, as read from the database. */
record ItemUrl(String url, ItemType type, String slug, String title, ItemStatus status, String label) {

    /** For the single-address fields, which have no label of their own. */
    ItemUrl(String url, ItemType type, String slug, String title, ItemStatus status) {
        this(url, type, slug, title, status, null);
    }

    LinkUse use(LinkField field) {
        return new LinkUse(type, slug, title, status, field, label);
    }
}
