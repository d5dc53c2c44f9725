package be.wegwijzer.curation;

import be.wegwijzer.catalog.ItemType;

/** An item as a choice in a picker: "folder/slug" is how content files refer to it. */
public record ItemRef(ItemType type, String slug, String title) {

    public String reference() {
        return type.folder() + "/" + slug;
    }

    public String label() {
        return title + " (" + type.label().toLowerCase() + ")";
    }
}
