package be.wegwijzer.catalog;

/** The few fields needed to show an item as a link with a one-line explanation. */
public record ItemCard(ItemType type, String slug, String title, String summary) {

    public static ItemCard of(Item item) {
        return new ItemCard(item.getType(), item.getSlug(), item.getTitle(), item.getSummary());
    }

    public String path() {
        return "/" + type.segment() + "/" + slug;
    }
}
